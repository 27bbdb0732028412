import Foundation

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
    public var measure: PetitionMeasure
    public var type: PetitionType
    public var scope: String
    public var value: Double
    /// The value exactly when a Double cannot hold its digits (more than 15 significant digits:
    /// an amount in đồng past 2^53), nil otherwise. The CSV and JSON write these digits as the
    /// value (JSON numbers may have any number of digits; a reader that parses them as doubles
    /// gets what `value` holds), so no digit is lost on the way out.
    public var exactValue: Decimal?
    public var denominator: Double?
    public var unit: String
    public var subject: String
    /// The figure as written, "3.547 đơn".
    public var raw: String
    /// The sentence it stands in, without footnote markers.
    public var sentence: String
    public var confidence: Double
    /// Where the figure as written (`raw`) was printed; nil when unknown (plain text input, a
    /// figure the layout could not place). Not a CSV column.
    public var box: PageBox?

    public init(
        doc: String, page: Int, section: String = "", sectionTitle: String = "", footnote: Int? = nil,
        measure: PetitionMeasure = .unspecified, type: PetitionType = .unspecified, scope: String = "", value: Double,
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
        case footnote, measure, type, scope, value, denominator, unit, subject, raw, sentence, confidence, box
    }

    /// Every column, an absent footnote or denominator as null.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(doc, forKey: .doc)
        try container.encode(page, forKey: .page)
        try container.encode(section, forKey: .section)
        try container.encode(sectionTitle, forKey: .sectionTitle)
        try container.encode(footnote, forKey: .footnote)
        try container.encode(measure, forKey: .measure)
        try container.encode(type, forKey: .type)
        try container.encode(scope, forKey: .scope)
        if let exactValue {
            try container.encode(exactValue, forKey: .value)
        } else {
            try container.encode(value, forKey: .value)
        }
        try container.encode(denominator, forKey: .denominator)
        try container.encode(unit, forKey: .unit)
        try container.encode(subject, forKey: .subject)
        try container.encode(raw, forKey: .raw)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(confidence, forKey: .confidence)
        try container.encodeIfPresent(box, forKey: .box)
    }
}
