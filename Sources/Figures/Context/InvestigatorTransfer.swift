import DocumentModel

/// Complaint cases handed to investigators: "chuyển cơ quan điều tra 01 vụ việc có dấu hiệu tội
/// phạm", "chuyển hồ sơ 2 vụ việc sang cơ quan điều tra". Where the sentence speaks of resolving
/// complaints or denunciations, the signs of a crime are why the case was handed on, not what it
/// is: the figure counts complaint cases, with no measure of their own state (bare `vu_viec`).
/// Cases an inspection hands on ("Qua thanh tra, phát hiện sai phạm …, chuyển cơ quan điều tra 3
/// vụ việc") are its findings, not complaints.
enum InvestigatorTransfer {
    static let verb = ["chuyển"]
    static let investigators: [[String]] = [["cơ", "quan", "điều", "tra"], ["cơ", "quan", "cảnh", "sát", "điều", "tra"]]
    /// Units of the cases handed on.
    static let units: Set<String> = ["vụ việc", "vụ"]
    /// How many tokens the verb may stand before the numeral ("chuyển cơ quan cảnh sát điều tra 01"),
    /// and the investigators after the unit ("2 vụ việc sang cơ quan điều tra").
    static let reach = 8
    /// Words that make the sentence one about complaints being resolved.
    static let resolvingWords: [Phrase] = ["giải quyết"]
    /// Words that make it an inspection's findings: the lexicon's verbs of finding ("phát
    /// hiện"), and the inspection, audit or violation the cases came from.
    static let findingWords: [Phrase] = PredicateLexicon.entries.filter { $0.predicate == .found }
        .map { Phrase($0.words.joined(separator: " ")) } + ["qua thanh tra", "sau thanh tra", "sai phạm", "kiểm toán"]

    enum Kind: Sendable { case complaintCase, finding }

    /// What cases handed to investigators are: complaint cases where the sentence speaks of
    /// resolving complaints, an inspection's findings where it speaks of those; nil when the
    /// figure counts no cases handed on.
    static func kind(of mention: NumberMention, in tokens: [Token]) -> Kind? {
        guard handsOn(mention, in: tokens) else { return nil }
        let sentence = LoweredText(tokens.map(\.lower).joined(separator: " "))
        if sentence.containsAny(findingWords) { return .finding }
        return Topic.speaksOfComplaints(sentence) || sentence.containsAny(resolvingWords) ? .complaintCase : nil
    }

    private static func handsOn(_ mention: NumberMention, in tokens: [Token]) -> Bool {
        guard units.contains(mention.unit) else { return false }
        let start = max(0, mention.numeralIndex - reach)
        guard let verbAt = (start..<mention.numeralIndex).last(where: { PredicateMatcher.matches(verb, tokens, at: $0) }),
            !tokens[verbAt..<mention.numeralIndex].contains(where: { $0.bounds(StretchMarks.clause) || $0.is(",") })
        else { return false }
        let before = (verbAt..<mention.numeralIndex).contains { at in investigators.contains { PredicateMatcher.matches($0, tokens, at: at) } }
        let afterEnd = min(tokens.count, mention.end + reach)
        let after = (mention.end..<afterEnd).first { at in investigators.contains { PredicateMatcher.matches($0, tokens, at: at) } }
            .map { at in !tokens[mention.end..<at].contains(where: { $0.bounds(StretchMarks.clause) }) } ?? false
        return before || after
    }
}
