import DocumentModel

/// The outcome of a complaint against a party sanction, counted by the members or bodies who
/// complained: "giữ nguyên hình thức kỷ luật 6 trường hợp", "giảm hình thức kỷ luật 2 trường
/// hợp", "thay đổi 2 trường hợp" after them. Each is one complaint case; a sanction given
/// ("thi hành kỷ luật 11 đảng viên") is none.
enum DisciplineOutcome {
    /// Verbs a body rules with on a complaint against a sanction, in the conventional tone
    /// placement tokens are matched in ("xoá" and "huỷ" read as "xóa" and "hủy").
    static let verbs: [[String]] = [
        ["giữ", "nguyên"], ["thay", "đổi"], ["giảm"], ["xóa"], ["hủy"], ["hủy", "bỏ"], ["tăng"],
    ]
    /// The sanction they rule on.
    static let sanction: [String] = ["kỷ", "luật"]
    /// How many tokens before the numeral the ruling verb may stand.
    static let reach = 12

    /// The complaint type of an outcome the figure counts, or nil when it counts none. The clause
    /// must open on a ruling verb, name the sanction between the verb and the figure or earlier in
    /// the sentence ("…, thay đổi 2 trường hợp"), and a complaint must be named in the sentence or
    /// by the section's title.
    static func types(of mention: NumberMention, in tokens: [Token], sectionType: PetitionType?) -> Set<PetitionType>? {
        guard ComplainantCount.units.contains(mention.unit), mention.denominator == nil else { return nil }
        let clauseStart = tokens[..<mention.numeralIndex].lastIndex(where: { $0.is(",") || $0.is(";") || $0.is(":") || $0.is("(") || $0.is(".") })
            .map { $0 + 1 } ?? 0
        let start = max(clauseStart, mention.numeralIndex - reach)
        let words = tokens[start..<mention.numeralIndex].map(\.lower)
        guard !tokens[start..<mention.numeralIndex].contains(where: \.isNumber),
            let verbAt = words.indices.first(where: { at in verbs.contains { Array(words[at...].prefix($0.count)) == $0 } })
        else { return nil }
        let sentenceBefore = tokens[..<mention.numeralIndex].map(\.lower)
        let namesSanction = contains(sanction, in: Array(words[verbAt...]))
            || (verbAt + 2 >= words.count && contains(sanction, in: sentenceBefore))
        guard namesSanction else { return nil }
        let complaintNamed = TypeReader.types(in: tokens, range: 0..<mention.numeralIndex).contains(.complaint)
        return complaintNamed || sectionType == .complaint ? [.complaint] : nil
    }

    private static func contains(_ phrase: [String], in words: [String]) -> Bool {
        guard words.count >= phrase.count else { return false }
        return (0...(words.count - phrase.count)).contains { Array(words[$0..<($0 + phrase.count)]) == phrase }
    }
}
