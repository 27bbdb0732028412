import DocumentModel

/// The sentence that cites a footnote, as far as the footnote's figures inherit from it:
/// "đã giải quyết xong 08 vụ[^19]" makes every "02 vụ" of footnote 19 a resolved case.
struct CitingContext: Sendable {
    var thing: CountedThing?
    var predicate: Predicate?
    /// What the cited sessions are: "tổ chức 21 cuộc đối thoại[^3]" makes "xã A 11 cuộc" dialogues.
    var sessionKind: MeasureClassifier.SessionKind?
    /// The cited figure's types, which the footnote's items share unless they name their own.
    var types: Set<PetitionType> = []
    var scope: String = ""
    var dialogue: Bool = false
    var reception: Bool = false
    var talk = Topic.Talk()
    var place: SectionPlace
    var page: Int
    /// Where the context was read: the block, for placing the footnote's rows after it.
    var blockIndex: Int

    /// The context a sentence gives through one of its figures (the one the footnote explains).
    init(figure: Reading?, sentence: Sentence, in block: BlockReading) {
        let lowered = LoweredText(lowering: sentence.text)
        thing = figure?.thing
        predicate = figure?.predicate
        sessionKind = figure?.sessionKind
        types = figure?.types ?? []
        scope = figure?.scope ?? ""
        dialogue = MeasureClassifier.speaksOfDialogue(lowered)
        reception = block.reception || MeasureClassifier.speaksOfReception(lowered)
        talk = Topic.Talk(
            petitions: Topic.speaksOfPetitions(lowered), complaints: Topic.speaksOfComplaints(lowered),
            crime: Topic.speaksOfCrime(lowered))
        place = block.place
        page = block.page
        blockIndex = block.index
    }

    /// Only where the footnote stands: its section and page, nothing of what it counts.
    init(placeOf other: CitingContext) {
        place = other.place
        page = other.page
        blockIndex = other.blockIndex
    }

    /// The figure that stands last before the marker at `offset`, in the same clause. A marker
    /// after a closing parenthesis cites the figure the parenthesis breaks down: "64 vụ việc (cấp
    /// tỉnh 9, cấp huyện 31, cấp xã 24)²" explains the 64, not the 24 of "cấp xã".
    static func citedFigure(at offset: Int, in sentence: Sentence, readings: [Reading]) -> Reading? {
        let characters = Array(sentence.text)
        let before = String(characters[..<min(offset, characters.count)])
        let clauseStart = before.lastIndex(of: ";").map { before.distance(from: before.startIndex, to: $0) } ?? 0
        let tokens = Tokenizer.tokens(of: sentence.text)
        return readings.last { reading in
            let end = tokens[reading.mention.end - 1].range.upperBound
            return end <= offset && end >= clauseStart && !closedParenthesis(between: end, and: offset, in: characters)
        }
    }

    /// Whether a parenthesis open at `start` closes before `end`: the figure at `start` stands
    /// inside it and the marker at `end` outside.
    static func closedParenthesis(between start: Int, and end: Int, in characters: [Character]) -> Bool {
        var depth = 0
        for character in characters[min(start, characters.count)..<min(end, characters.count)] {
            if character == "(" { depth += 1 } else if character == ")" { depth -= 1 }
            if depth < 0 { return true }
        }
        return false
    }

    /// Whether a footnote's figure takes the scope of the figure it explains: only where none of
    /// the footnote sentence's figures names a scope of its own. "² Tại huyện Tân Phước: 40 đơn;
    /// thị xã Bình Minh 33 đơn" lists by place, and its first item is no more the province's than
    /// its second.
    static func lendsScope(toFootnoteWith readings: [Reading]) -> Bool {
        !readings.contains { !$0.scope.isEmpty }
    }
}

/// A block of the body read sentence by sentence.
struct BlockReading: Sendable {
    var index: Int
    var place: SectionPlace
    var page: Int
    var reception: Bool
    var sentences: [(sentence: Sentence, readings: [Reading])]
    /// The block's table, whose cells are read as figures of their own.
    var table: Table?
    /// Where the block's characters were printed: its figures are put on the page from it.
    var layout: TextLayout?
}
