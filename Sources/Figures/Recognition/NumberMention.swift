/// A figure as found in a sentence, before its meaning is worked out.
struct NumberMention: Sendable, Hashable {
    /// Index of the (first) numeral token.
    var numeralIndex: Int
    /// Tokens from the qualifier (or numeral) to the end of the unit.
    var tokenRange: Range<Int>
    /// Tokens of the unit phrase; empty when the numeral stands alone.
    var unitRange: Range<Int>
    var value: Double
    var denominator: Double?
    /// The upper end of a range such as "25 - 30%".
    var upper: Double?
    /// "gần", "khoảng", "trên", "dưới", "hơn"… when the figure is an approximation or a bound.
    var qualifier: String
    var unit: String
    /// The figure as written, qualifier and unit included.
    var raw: String

    var hasUnit: Bool { !unitRange.isEmpty }
    var end: Int { tokenRange.upperBound }
}

/// Finds every figure of a tokenized sentence and leaves out numerals that are not figures.
enum FigureRecognizer {
    static let qualifiers: Set<String> = ["gần", "khoảng", "trên", "dưới", "hơn", "xấp xỉ", "ước", "tới", "chừng"]

    static func mentions(in tokens: [Token], sentence: String, atBlockStart: Bool) -> [NumberMention] {
        var mentions: [NumberMention] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].isNumber,
                NonFigureRules.reason(at: index, in: tokens, atBlockStart: atBlockStart) == nil,
                let mention = mention(at: index, in: tokens, sentence: sentence)
            else {
                index += 1
                continue
            }
            mentions.append(mention)
            index = max(mention.end, index + 1)
        }
        return mentions
    }

    private static func mention(at index: Int, in tokens: [Token], sentence: String) -> NumberMention? {
        guard let (value, denominator) = VietnameseNumber.fraction(of: tokens[index].text) else { return nil }
        var start = index
        var qualifier = ""
        if index >= 1, tokens[index - 1].isWord, qualifiers.contains(tokens[index - 1].lower) {
            qualifier = tokens[index - 1].lower
            start = index - 1
            if index >= 2, tokens[index - 2].lower == "xấp" { start = index - 2; qualifier = "xấp xỉ" }
        }
        var cursor = index + 1
        var upper: Double?
        if cursor + 1 < tokens.count, tokens[cursor].isDash, tokens[cursor + 1].isNumber,
            !NonFigureRules.isYear(tokens[cursor + 1].text), let top = VietnameseNumber.value(of: tokens[cursor + 1].text)
        {
            upper = top
            cursor += 2
        }
        var scaled = value
        var scaledDenominator = denominator
        var unit = ""
        var unitStart = cursor
        if cursor < tokens.count, let multiplier = VietnameseNumber.multipliers[tokens[cursor].lower],
            !(cursor + 1 < tokens.count && tokens[cursor + 1].lower == "đồng")
        {
            // "5 nghìn mô hình" counts 5000 models; money keeps its scale in the unit ("tỷ đồng").
            scaled = value * multiplier
            scaledDenominator = denominator.map { $0 * multiplier }
            upper = upper.map { $0 * multiplier }
            cursor += 1
            unitStart = cursor
        }
        if let found = UnitLexicon.unit(at: cursor, in: tokens) {
            unit = found.text
            cursor += found.length
        }
        let unitRange = unit.isEmpty ? unitStart..<unitStart : unitStart..<cursor
        let characters = Array(sentence)
        let rawRange = tokens[start].range.lowerBound..<tokens[cursor - 1].range.upperBound
        return NumberMention(
            numeralIndex: index, tokenRange: start..<cursor, unitRange: unitRange, value: scaled,
            denominator: scaledDenominator, upper: upper, qualifier: qualifier, unit: unit,
            raw: String(characters[rawRange])
        )
    }
}
