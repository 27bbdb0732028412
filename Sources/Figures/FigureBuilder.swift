import DocumentModel

/// Builds the row of one reading.
enum FigureBuilder {
    static func figure(from reading: Reading, doc: String, page: Int, place: SectionPlace, sentence: String) -> Figure {
        let measure = reading.measure
        // Dialogues and voters' meetings carry no petition type (a dialogue "giải quyết các vụ việc
        // khiếu nại" is about complaints, its attendance is not one).
        let dialogue: Set<PetitionMeasure> = [.dialogueSessions, .dialogueAttendances, .dialogueOpinions]
        let type = measure.map(dialogue.contains) ?? true ? nil : TypeReader.single(reading.types)
        var figure = Figure(
            doc: doc, page: page, section: place.path, sectionTitle: place.title, measure: measure ?? .unspecified,
            type: type ?? .unspecified, scope: reading.scope, value: reading.mention.value,
            denominator: reading.mention.denominator, unit: reading.mention.unit, subject: reading.subject,
            raw: reading.mention.raw, sentence: sentence, confidence: confidence(of: reading, measure: measure)
        )
        figure.exactValue = reading.mention.exactValue
        return figure
    }

    /// A measure read from words next to the figure is surer than one carried over from a
    /// neighbour or guessed from the paragraph; a bare numeral without a unit is the least sure.
    /// Calibrated on the dev half of Benchmarks/figures: a measure found where the sentence names
    /// no complaint, petition or meeting with citizens is often wrong (incidents, lawsuits,
    /// plans). Voters' recommendations outside a meeting, once a body's proposals and an
    /// assembly's debate are told apart (round two), are right nine times in ten on dev and
    /// carry no further discount.
    static func confidence(of reading: Reading, measure: PetitionMeasure?) -> Double {
        var confidence: Double
        switch (measure, reading.predicateSource) {
        case (.some(.cases), .own) where reading.predicate == nil: confidence = 0.75
        case (.some, .own): confidence = 0.9
        case (.some, .carried): confidence = 0.8
        case (.some, .context): confidence = 0.6
        case (.none, _): confidence = reading.mention.hasUnit ? 0.8 : 0.6
        }
        if measure != nil {
            let talk = reading.talk
            if !talk.complaints, !reading.dialogue { confidence -= 0.15 }
            if UnitLexicon.petitionUnits.contains(reading.mention.unit), talk.complaints { confidence += 0.05 }
        }
        if !reading.mention.qualifier.isEmpty { confidence -= 0.05 }
        return (confidence * 100).rounded() / 100
    }
}
