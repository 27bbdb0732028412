/// Figures that are numbers of something but count nothing that happened: a room's capacity, a
/// name. They keep their row and take no measure. (An average per period, "trung bình mỗi tuần
/// tiếp nhận khoảng 20 kiến nghị", is a figure: the bench's gold counts it.)
enum CountRules {
    /// Why the figure counts nothing, or nil when it may.
    static func reason(for mention: NumberMention, in tokens: [Token]) -> NotACount? {
        let start = mention.tokenRange.lowerBound
        let before = tokens[max(0, start - reach)..<start].filter(\.isWord).map(\.lower)
        if containsPhrase(capacityWords, in: before) { return .capacity }
        if before.suffix(2) == ["gọi", "là"] || before.suffix(2) == ["tên", "là"] { return .name }
        if isProportion(at: start, in: tokens) { return .proportion }
        if followsRelatedArticleMarker(start, in: tokens) { return .relatedArticle }
        return nil
    }

    /// "… Xem thêm: Tỉnh Bình Sơn tiếp nhận hơn 2.000 đơn thư": a web page's link to another
    /// article, which a scrape leaves in the text (on a line of its own, or run into the body of
    /// an article pulled off the page as one line). Its title's figures are the other article's.
    /// The marker opens the link: every figure after it in the sentence is the title's, since a
    /// title ends in no stop of its own.
    static func followsRelatedArticleMarker(_ start: Int, in tokens: [Token]) -> Bool {
        containsPhrase(relatedArticleMarkers, in: tokens[..<start].filter(\.isWord).map(\.lower))
    }

    /// What a news page writes before a link to another of its articles.
    static let relatedArticleMarkers: [[String]] = [
        ["xem", "thêm"], ["đọc", "thêm"], ["tin", "liên", "quan"], ["bài", "liên", "quan"], ["tin", "cùng", "chuyên", "mục"],
        ["có", "thể", "bạn", "quan", "tâm"],
    ]

    /// "Cứ 10 đơn thì có 6 đơn về đất đai": a share told as a pair of counts; neither counts
    /// anything received. The first follows "cứ"; the second stands after the "thì" of a clause
    /// that "cứ" and a numeral open.
    static func isProportion(at start: Int, in tokens: [Token]) -> Bool {
        guard start > 0 else { return false }
        if tokens[start - 1].lower == proportionOpener { return true }
        let clauseStart = tokens.start(before: start, after: StretchMarks.openedClause)
        guard let then = tokens[clauseStart..<start].lastIndex(where: { $0.lower == proportionThen }) else { return false }
        return tokens[clauseStart..<then].indices.contains { index in
            tokens[index].lower == proportionOpener && index + 1 < then && tokens[index + 1].isNumber
        }
    }

    static let proportionOpener = "cứ"
    static let proportionThen = "thì"

    /// How many tokens before the numeral these words may stand: "có sức chứa tới 120 người".
    static let reach = 4

    /// "sức chứa 120 người", "chứa được 300 người", "công suất 500 lượt": what a place can hold.
    static let capacityWords: [[String]] = [["sức", "chứa"], ["chứa", "được"], ["công", "suất"], ["tối", "đa"]]

    private static func containsPhrase(_ phrases: [[String]], in words: [String]) -> Bool {
        phrases.contains(where: words.containsPhrase)
    }
}

enum NotACount: Sendable, Hashable {
    /// "có sức chứa 120 người": what a place holds.
    case capacity
    /// "hay còn gọi là 3 cuộc đối thoại nòng cốt": a name.
    case name
    /// "cứ 10 đơn thì có 6 đơn": a share.
    case proportion
    /// "1. Hai mươi cuộc tiếp xúc cử tri" as a section's heading: a number in words that names
    /// the section (`TitleNumbers`).
    case title
    /// "Xem thêm: … tiếp nhận hơn 2.000 đơn thư": the title of another article a scraped page
    /// links to (`CountRules.followsRelatedArticleMarker`).
    case relatedArticle
}

extension Array where Element == String {
    /// Whether the words hold `phrase`, word for word, somewhere.
    func containsPhrase(_ phrase: [String]) -> Bool {
        count >= phrase.count && (0...(count - phrase.count)).contains { self[$0..<($0 + phrase.count)].elementsEqual(phrase) }
    }
}
