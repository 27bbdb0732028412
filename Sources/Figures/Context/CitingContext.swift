/// The sentence that cites a footnote, as far as the footnote's figures inherit from it:
/// "đã giải quyết xong 08 vụ[^19]" makes every "02 vụ" of footnote 19 a resolved case.
struct CitingContext: Sendable {
    var thing: CountedThing?
    var predicate: Predicate?
    var scope: String
    var dialogue: Bool
    var reception: Bool
    var petitionTalk: Bool
    var section: String
    var sectionTitle: String
    var page: Int

    /// Reads the context a sentence gives to the footnote cited at `offset`: the figure that stands
    /// last before the marker in the same clause carries its meaning into the footnote.
    init(citedAt offset: Int, in sentence: Sentence, readings: [Reading], place: SectionPlace, page: Int, reception: Bool) {
        let lowered = sentence.text.lowercased()
        let characters = Array(sentence.text)
        let before = String(characters[..<min(offset, characters.count)])
        let clauseStart = before.lastIndex(of: ";").map { before.distance(from: before.startIndex, to: $0) } ?? 0
        let tokens = Tokenizer.tokens(of: sentence.text)
        let cited = readings.last { reading in
            let end = tokens[reading.mention.end - 1].range.upperBound
            return end <= offset && end >= clauseStart
        }
        thing = cited?.thing
        predicate = cited?.predicate
        scope = cited?.scope ?? ""
        dialogue = MeasureClassifier.speaksOfDialogue(lowered)
        self.reception = reception || MeasureClassifier.speaksOfReception(lowered)
        petitionTalk = Topic.speaksOfPetitions(lowered)
        section = place.path
        sectionTitle = place.title
        self.page = page
    }
}
