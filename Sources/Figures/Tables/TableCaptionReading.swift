import DocumentModel

/// What a table's unit line and title say, read once for all its columns: the thing they
/// count and, for each thing a column may count, the first predicate they name.
struct TableCaptionReading: Sendable {
    let text: String
    let thing: (thing: CountedThing, unit: String, following: [String])?
    let predicates: [CountedThing?: Predicate]

    init(_ table: Table) {
        let phrases = ([table.unit].compactMap { $0 } + table.title).map(HeaderPhrase.init)
        text = phrases.map(\.text).joined(separator: " ")
        let lowered = LoweredText(text.lowercased())
        let talk = Topic.Talk(
            petitions: true, complaints: Topic.speaksOfComplaints(lowered), crime: false,
            voters: MeasureClassifier.speaksOfDialogue(lowered))
        thing = phrases.lazy.compactMap { $0.thing(talk: talk) }.first
        var predicates: [CountedThing?: Predicate] = [:]
        for thing in [nil] + CountedThing.allCases.map(Optional.some) {
            predicates[thing] = phrases.lazy.compactMap { $0.predicate(for: thing, first: true) }.first
        }
        self.predicates = predicates
    }
}
