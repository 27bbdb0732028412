/// What a slash between figures means where it is not written inside one numeral ("38/51").
enum SlashRules {
    /// "giải quyết 150 đơn (140 KN, 10 TC)/200 đơn": a breakdown in parentheses stands between
    /// a figure and its denominator; the "/200" is the total of the 150, not a figure of its own.
    /// "giảm 4% (210/220 lượt)": after a change in percent the pair is this period's count and
    /// the last one's, not a share: two figures, both written by the one token (their `raw`).
    static func apply(to mentions: [NumberMention], in tokens: [Token]) -> [NumberMention] {
        var result: [NumberMention] = []
        var skipped: Set<Int> = []
        for (position, mention) in mentions.enumerated() where !skipped.contains(position) {
            var mention = mention
            mention.perPeriod = isRate(mention, in: tokens)
            if mention.denominator == nil, let total = totalAfterBreakdown(of: position, in: mentions, tokens: tokens) {
                mention.denominator = mentions[total].value
                skipped.insert(total)
            }
            if let last = mention.denominator, position > 0, comparesPeriods(mention, after: mentions[position - 1], in: tokens) {
                // Two figures written as one token: this period's count, then the last period's.
                mention.denominator = nil
                result.append(mention)
                var previous = mention
                previous.value = last
                previous.exactValue = nil
                previous.earlierPeriod = true
                result.append(previous)
                continue
            }
            result.append(mention)
        }
        return result
    }

    /// The mention "/N" right after the parentheses that follow `position`'s figure.
    private static func totalAfterBreakdown(of position: Int, in mentions: [NumberMention], tokens: [Token]) -> Int? {
        let mention = mentions[position]
        guard mention.end < tokens.count, tokens[mention.end].is("("),
            let close = tokens[mention.end...].firstIndex(where: { $0.is(")") }),
            close + 2 < tokens.count, tokens[close + 1].is("/"),
            let total = mentions.indices.first(where: { mentions[$0].numeralIndex == close + 2 }),
            mentions[total].denominator == nil,
            mentions[total].unit.isEmpty || mentions[total].unit == mention.unit
        else { return nil }
        return total
    }

    /// Whether a pair "X/Y" opens parentheses right after a percentage said to rise or fall.
    private static func comparesPeriods(_ pair: NumberMention, after share: NumberMention, in tokens: [Token]) -> Bool {
        let open = pair.tokenRange.lowerBound - 1
        guard share.unit == "%", open >= 0, open == share.end, tokens[open].is("(") else { return false }
        let before = tokens[max(0, share.tokenRange.lowerBound - changeReach)..<share.tokenRange.lowerBound]
        return before.contains { changeWords.contains($0.lower) }
    }

    /// Whether "/" and a period word follow the figure: "12 buổi/năm", "2 lần/tháng".
    private static func isRate(_ mention: NumberMention, in tokens: [Token]) -> Bool {
        mention.end + 1 < tokens.count && tokens[mention.end].is("/") && periodWords.contains(tokens[mention.end + 1].lower)
    }

    /// The calendar's periods (the words a date is written with) and a reporting period's "kỳ".
    static let periodWords: Set<String> = NonFigureRules.dateWords.union(["tuần", "kỳ"])

    /// How many words before the percentage its verb may stand: "giảm 4%", "tăng 12 lượt, bằng 4%".
    static let changeReach = 3
    static let changeWords: Set<String> = ["tăng", "giảm"]
}
