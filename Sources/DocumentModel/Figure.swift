/// One statistic of a report with its meaning and provenance.
/// Field order follows the CSV contract:
/// `doc,page,section,section_title,footnote,measure,type,scope,value,denominator,unit,subject,raw,sentence,confidence`.
public struct Figure: Sendable, Codable, Hashable {
    public var doc: String
    public var page: Int
    public var section: String
    public var sectionTitle: String
    /// The footnote number when the figure stands inside a footnote.
    public var footnote: Int?
    /// Petition-domain measure ("don.tiep_nhan", …) or empty.
    public var measure: String
    /// "khieu_nai", "to_cao", "kien_nghi_phan_anh" or empty.
    public var type: String
    public var scope: String
    public var value: Double
    public var denominator: Double?
    public var unit: String
    public var subject: String
    /// The figure as written, "3.547 đơn".
    public var raw: String
    /// The sentence it stands in, without footnote markers.
    public var sentence: String
    public var confidence: Double

    public init(
        doc: String, page: Int, section: String = "", sectionTitle: String = "", footnote: Int? = nil,
        measure: String = "", type: String = "", scope: String = "", value: Double,
        denominator: Double? = nil, unit: String = "", subject: String = "", raw: String,
        sentence: String, confidence: Double = 1
    ) {
        self.doc = doc
        self.page = page
        self.section = section
        self.sectionTitle = sectionTitle
        self.footnote = footnote
        self.measure = measure
        self.type = type
        self.scope = scope
        self.value = value
        self.denominator = denominator
        self.unit = unit
        self.subject = subject
        self.raw = raw
        self.sentence = sentence
        self.confidence = confidence
    }

    enum CodingKeys: String, CodingKey {
        case doc, page, section
        case sectionTitle = "section_title"
        case footnote, measure, type, scope, value, denominator, unit, subject, raw, sentence, confidence
    }
}
