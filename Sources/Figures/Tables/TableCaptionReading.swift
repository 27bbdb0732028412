import DocumentModel

/// What a table's unit line and title say, read once for all its columns: the thing they
/// count and, for each thing a column may count, the first predicate they name. The same
/// reading serves the words around the table (`TableSurroundings`), which speak for its
/// columns only where the caption is silent.
struct TableCaptionReading: Sendable {
    let text: String
    private(set) var thing: (thing: CountedThing, unit: String, following: [String])?
    let predicates: [CountedThing?: Predicate]
    /// The phrases set tasks for a coming period ("Kế hoạch năm 2027"): not counts of work done.
    let plan: Bool
    /// The phrases name a quantity and it is no petition, visit or person ("Đơn vị tính: triệu
    /// đồng", "HỘ GIA ĐÌNH BỊ THU HỒI ĐẤT").
    let otherQuantity: Bool
    /// The table is about crime, accidents, fires or violations (`TableFigureReader.speaksOfCrime`):
    /// its "vụ" and "vụ việc" are incidents, not petitions' cases.
    let crime: Bool
    /// What the phrases speak of, for the words they count.
    private let talk: Topic.Talk

    init(_ table: Table, crime: Bool = false) {
        // The label may carry the title on its line ("Bảng 2. Tiếp công dân"); its "Bảng 2" names nothing.
        self.init(phrases: [table.unit].compactMap { $0 } + [table.label].compactMap { $0 } + table.title, crime: crime)
    }

    /// The words around a table (`TableSurroundings.phrases`), nearest first. They are no
    /// header written for the table: the first that names a quantity decides, and it speaks for
    /// the table only when that is one counted thing and nothing else ("Sở tiếp nhận 146 đơn",
    /// not "tiếp 84 lượt công dân, nhận 146 đơn" nor "các hộ bị ảnh hưởng").
    init(surroundings lines: [String], crime: Bool = false) {
        self.init(phrases: lines, crime: crime)
        var decided: (thing: CountedThing, unit: String, following: [String])?
        for phrase in lines.map(HeaderPhrase.init) {
            let found = phrase.quantities(talk: talk)
            guard !found.things.isEmpty || found.other else { continue }
            if !found.other, let first = found.things.first, found.things.allSatisfy({ $0.thing == first.thing }) {
                decided = first
            }
            break
        }
        thing = decided
    }

    init(phrases lines: [String], crime: Bool = false) {
        let phrases = lines.map(HeaderPhrase.init)
        text = phrases.map(\.text).joined(separator: " ")
        self.crime = crime
        let lowered = LoweredText(text.lowercased())
        // As in a sentence about crime, a bare "vụ" is no petition's case (`CountedThing`).
        let talk = Topic.Talk(
            petitions: !crime, complaints: Topic.speaksOfComplaints(lowered), crime: crime,
            voters: MeasureClassifier.speaksOfDialogue(lowered))
        self.talk = talk
        thing = phrases.lazy.compactMap { $0.thing(talk: talk) }.first
        otherQuantity = thing == nil && phrases.contains(where: \.namesOtherQuantity)
        var predicates: [CountedThing?: Predicate] = [:]
        for thing in [nil] + CountedThing.allCases.map(Optional.some) {
            predicates[thing] = phrases.lazy.compactMap { $0.predicate(for: thing, first: true) }.first
        }
        self.predicates = predicates
        plan = lines.contains(where: ListGrammar.isPlanTitle)
    }
}
