import DocumentModel

/// Finds every statistic of a structured document with its meaning and provenance: value and
/// unit, what is counted, what happened to it, where (scope, section, page, footnote), and the
/// petition ("đơn thư") measure when it is one.
public struct FigureExtractor: Sendable {
    public init() {}

    /// Figures in document order; a footnote's figures follow the block that first cites it.
    /// `doc` names the source in every row (a path or an identifier).
    public func figures(in document: Document, doc: String) -> [Figure] {
        var tracker = SectionTracker()
        var figures: [Figure] = []
        var done: Set<Int> = []
        let footnotes = Dictionary(document.footnotes.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        for block in document.blocks {
            let place = tracker.place(of: block)
            let page = block.pages.first ?? 0
            let reception = MeasureClassifier.speaksOfReception((block.text + " " + place.title).lowercased())
            var citings: [(number: Int, context: CitingContext)] = []
            for sentence in SentenceSplitter.sentences(of: block.text) {
                let context = SurroundingContext(reception: reception, sectionTitle: place.title.lowercased())
                let readings = SentenceReader.readings(of: sentence, context: context)
                figures += readings.map { FigureBuilder.figure(from: $0, doc: doc, page: page, place: place, sentence: sentence.text) }
                for citation in sentence.citations where !done.contains(citation.number) {
                    let context = CitingContext(
                        citedAt: citation.offset, in: sentence, readings: readings, place: place, page: page, reception: reception)
                    citings.append((citation.number, context))
                }
            }
            for (number, context) in citings where !done.contains(number) {
                done.insert(number)
                guard let footnote = footnotes[number] else { continue }
                figures += figuresOf(footnote, citing: context, doc: doc)
            }
        }
        for footnote in document.footnotes where !done.contains(footnote.number) {
            done.insert(footnote.number)
            figures += figuresOf(footnote, citing: nil, doc: doc)
        }
        return figures
    }

    private func figuresOf(_ footnote: Footnote, citing: CitingContext?, doc: String) -> [Figure] {
        let place = SectionPlace(path: citing?.section ?? "", title: citing?.sectionTitle ?? "")
        let page = footnote.page > 0 ? footnote.page : citing?.page ?? 0
        let context = SurroundingContext(
            reception: MeasureClassifier.speaksOfReception(footnote.text.lowercased()), citing: citing,
            sectionTitle: place.title.lowercased())
        return SentenceSplitter.sentences(of: footnote.text).flatMap { sentence in
            SentenceReader.readings(of: sentence, context: context).map {
                var figure = FigureBuilder.figure(from: $0, doc: doc, page: page, place: place, sentence: sentence.text)
                figure.footnote = footnote.number
                return figure
            }
        }
    }
}

/// Builds the row of one reading.
enum FigureBuilder {
    static func figure(from reading: Reading, doc: String, page: Int, place: SectionPlace, sentence: String) -> Figure {
        let measure = reading.measure
        let type = measure == nil ? nil : TypeReader.single(reading.types)
        return Figure(
            doc: doc, page: page, section: place.path, sectionTitle: place.title, measure: measure?.rawValue ?? "",
            type: type?.rawValue ?? "", scope: reading.scope, value: reading.mention.value,
            denominator: reading.mention.denominator, unit: reading.mention.unit, subject: reading.subject,
            raw: reading.mention.raw, sentence: sentence, confidence: confidence(of: reading, measure: measure)
        )
    }

    /// A measure read from words next to the figure is surer than one carried over from a
    /// neighbour or guessed from the paragraph; a bare numeral without a unit is the least sure.
    static func confidence(of reading: Reading, measure: PetitionMeasure?) -> Double {
        var confidence: Double
        switch (measure, reading.predicateSource) {
        case (.some, .own): confidence = 0.9
        case (.some, .carried): confidence = 0.75
        case (.some, .context): confidence = 0.6
        case (.none, _): confidence = reading.mention.hasUnit ? 0.8 : 0.6
        }
        if !reading.mention.qualifier.isEmpty { confidence -= 0.05 }
        return confidence
    }
}
