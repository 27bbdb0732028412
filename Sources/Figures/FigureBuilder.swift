import DocumentModel

/// Builds the row of one reading.
enum FigureBuilder {
    static func figure(from reading: Reading, doc: String, page: Int, place: SectionPlace, sentence: String) -> Figure {
        let measure = reading.measure
        // Dialogues and voters' meetings carry no petition type (a dialogue "giải quyết các vụ việc
        // khiếu nại" is about complaints, its attendance is not one).
        // Reception sessions are neither: a session receives complaints and denunciations alike.
        let dialogue: Set<PetitionMeasure> = [.dialogueSessions, .dialogueAttendances, .dialogueOpinions, .receptionSessions]
        let type = measure.map(dialogue.contains) ?? true ? nil : TypeReader.single(reading.types)
        var figure = Figure(
            doc: doc, page: page, section: place.path, sectionTitle: place.title, measure: measure ?? .unspecified,
            type: type ?? .unspecified, scope: reading.scope, value: reading.mention.value,
            denominator: reading.mention.denominator, unit: reading.mention.unit, subject: reading.subject,
            raw: reading.mention.raw, sentence: sentence, confidence: FigureConfidence.of(reading, measure: measure)
        )
        figure.exactValue = reading.mention.exactValue
        return figure
    }
}
