import DocumentModel

/// Builds the row of one reading.
enum FigureBuilder {
    static func figure(from reading: Reading, doc: String, page: Int, place: SectionPlace, sentence: String) -> Figure {
        let measure = reading.measure
        let type = measure == nil ? nil : TypeReader.single(reading.types)
        return Figure(
            doc: doc, page: page, section: place.path, sectionTitle: place.title, measure: measure ?? .unspecified,
            type: type ?? .unspecified, scope: reading.scope, value: reading.mention.value,
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
