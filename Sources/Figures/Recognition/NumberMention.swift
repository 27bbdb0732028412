import Foundation

/// A figure as found in a sentence, before its meaning is worked out.
struct NumberMention: Sendable, Hashable {
    /// Index of the (first) numeral token.
    var numeralIndex: Int
    /// Tokens from the qualifier (or numeral) to the end of the unit.
    var tokenRange: Range<Int>
    /// Tokens of the unit phrase; empty when the numeral stands alone.
    var unitRange: Range<Int>
    var value: Double
    /// `value` exactly when a Double cannot hold its digits (see `VietnameseNumber.exactValue`).
    var exactValue: Decimal?
    var denominator: Double?
    /// The upper end of a range such as "25 - 30%".
    var upper: Double?
    /// "gần", "khoảng", "trên", "dưới", "hơn"… when the figure is an approximation or a bound.
    var qualifier: String
    var unit: String
    /// The figure as written, qualifier and unit included.
    var raw: String
    /// The count of the period compared with ("220" of "giảm 4% (210/220)"): a figure, but of
    /// another period than the text reports on, so it takes no measure (summing a measure
    /// column must not add last year's count to this year's).
    var earlierPeriod = false
    /// A rate, "12 buổi/năm": a rule or a target per period, not a count of anything done.
    var perPeriod = false
    /// Why the figure counts nothing that happened ("sức chứa 120 người", "gọi là 3 cuộc …").
    var notACount: NotACount?
    /// Written in words ("bảy vụ", "Hai vụ việc"): a figure, but one the gold convention leaves
    /// unannotated and whose reading is less sure (`FigureConfidence.inWords`).
    var inWords = false

    var hasUnit: Bool { !unitRange.isEmpty }
    var end: Int { tokenRange.upperBound }
}

/// Finds every figure of a tokenized sentence and leaves out numerals that are not figures.
enum FigureRecognizer {
    static let qualifiers: Set<String> = ["gần", "khoảng", "trên", "dưới", "hơn", "xấp xỉ", "ước", "tới", "chừng"]

    /// "nhiều hơn 9 đoàn so với cùng kỳ", "ít hơn 14 đơn": the "hơn" of a comparative says by how
    /// much two counts differ; it qualifies no count, and the change it makes is read before it.
    static func isComparative(before index: Int, in tokens: [Token], after floor: Int) -> Bool {
        index - 2 >= floor && tokens[index - 1].lower == "hơn" && comparativeHeads.contains(tokens[index - 2].lower)
    }

    /// The words a change says before "hơn" (`PredicateLexicon`'s "nhiều hơn", "ít hơn").
    static let comparativeHeads: Set<String> = Set(
        PredicateLexicon.entries.filter { $0.predicate == .change && $0.words.count == 2 && $0.words[1] == "hơn" }.map { $0.words[0] })

    static func mentions(in tokens: [Token], sentence: String, atBlockStart: Bool) -> [NumberMention] {
        if NonFigureRules.sentenceReason(tokens) != nil { return [] }
        var mentions: [NumberMention] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].isNumber && NonFigureRules.reason(at: index, in: tokens, atBlockStart: atBlockStart) == nil
                || VietnameseNumber.spelledCount(at: index, in: tokens) != nil,
                let mention = mention(at: index, in: tokens, sentence: sentence, after: mentions.last?.end ?? 0)
            else {
                index += 1
                continue
            }
            mentions.append(mention)
            index = max(mention.end, index + 1)
        }
        return SlashRules.apply(to: mentions, in: tokens).map { mention in
            var mention = mention
            mention.notACount = CountRules.reason(for: mention, in: tokens)
            return mention
        }
    }

    /// The figure whose numeral is at `index`; it takes no token before `floor`, where the
    /// previous figure ends ("36 khoảng 2 người": "khoảng" may close one figure and open the next).
    private static func mention(at index: Int, in tokens: [Token], sentence: String, after floor: Int) -> NumberMention? {
        // A numeral is one token; a number in words ("mười hai") runs up to its unit.
        let spelled = tokens[index].isNumber ? nil : VietnameseNumber.spelledCount(at: index, in: tokens)
        guard
            let (value, denominator) = VietnameseNumber.fraction(of: tokens[index].text)
                ?? spelled.map({ ($0.value, nil) })
        else { return nil }
        var start = index
        var qualifier = ""
        if index - 1 >= floor, tokens[index - 1].isWord, qualifiers.contains(tokens[index - 1].lower),
            !isComparative(before: index, in: tokens, after: floor)
        {
            qualifier = tokens[index - 1].lower
            start = index - 1
            if index - 2 >= floor, tokens[index - 2].lower == "xấp" { start = index - 2; qualifier = "xấp xỉ" }
        }
        var cursor = spelled?.end ?? index + 1
        var upper: Double?
        if cursor + 1 < tokens.count, tokens[cursor].isDash, tokens[cursor + 1].isNumber,
            !NonFigureRules.isYear(tokens[cursor + 1].text), let top = VietnameseNumber.value(of: tokens[cursor + 1].text)
        {
            upper = top
            cursor += 2
        }
        var scaled = value
        var scaledDenominator = denominator
        var multiplier: Double?
        var unit = ""
        var unitStart = cursor
        if cursor < tokens.count, let scale = VietnameseNumber.multipliers[tokens[cursor].lower],
            !(cursor + 1 < tokens.count && tokens[cursor + 1].lower == "đồng")
        {
            // "5 nghìn mô hình" counts 5000 models; money keeps its scale in the unit ("tỷ đồng").
            multiplier = scale
            scaled = value * scale
            scaledDenominator = denominator.map { $0 * scale }
            upper = upper.map { $0 * scale }
            cursor += 1
            unitStart = cursor
        }
        if multiplier == nil, spelled == nil, let after = unitBeyondParentheses(numeral: index, cursor: cursor, floor: floor, in: tokens) {
            if after.opening < start { start = after.opening }
            cursor = after.unit
            unitStart = cursor
        }
        if let found = UnitLexicon.unit(at: cursor, in: tokens) {
            unit = found.text
            cursor += found.length
            if let whole = wholeCount(tokens[index].text, unit: unit), scaled == value {
                scaled = whole
            }
        } else if let (afterShare, found) = unitAfterShare(at: cursor, in: tokens) {
            // "4.185/4.185 (bằng 100%) chi bộ": the unit follows the share in parentheses; the
            // figure ends at its numeral so that the share is a figure of its own.
            unit = found.text
            let unitRange = afterShare..<(afterShare + found.length)
            return NumberMention(
                numeralIndex: index, tokenRange: start..<cursor, unitRange: unitRange, value: scaled,
                denominator: scaledDenominator, upper: upper, qualifier: qualifier, unit: unit,
                raw: text(of: tokens[start..<cursor], in: sentence))
        }
        let unitEnd = cursor
        // "30% - 40%": a range written with the sign on both ends.
        if unit == "%", upper == nil, cursor + 2 < tokens.count, tokens[cursor].isDash, tokens[cursor + 1].isNumber,
            tokens[cursor + 2].is("%"), let top = VietnameseNumber.value(of: tokens[cursor + 1].text)
        {
            upper = top
            cursor += 3
        }
        let unitRange = unit.isEmpty ? unitStart..<unitStart : unitStart..<unitEnd
        var mention = NumberMention(
            numeralIndex: index, tokenRange: start..<cursor, unitRange: unitRange, value: scaled,
            denominator: scaledDenominator, upper: upper, qualifier: qualifier, unit: unit,
            raw: text(of: tokens[start..<cursor], in: sentence)
        )
        if denominator == nil, let exact = VietnameseNumber.exactValue(of: tokens[index].text) {
            mention.exactValue = multiplier.map { exact * Decimal($0) } ?? exact
        }
        mention.inWords = spelled != nil
        return mention
    }

    /// "1,025 đơn": nobody counts a fraction of a petition, so a comma before exactly three digits
    /// in a count of petitions, cases, visits or people is a thousands separator written (or read
    /// by OCR) the English way.
    private static func wholeCount(_ numeral: String, unit: String) -> Double? {
        let parts = numeral.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 3, !numeral.contains("."), !numeral.contains("/"),
            UnitLexicon.wholeCountUnits.contains(unit)
        else { return nil }
        return Double(parts[0] + parts[1])
    }

    /// The sentence text a run of tokens covers.
    private static func text(of run: ArraySlice<Token>, in sentence: String) -> String {
        guard let first = run.first, let last = run.last else { return "" }
        return String(Array(sentence)[first.range.lowerBound..<last.range.upperBound])
    }

    /// Where the unit of a numeral stands beyond parentheses that belong to the count itself:
    /// "(07) đơn", the zero-padded numeral of legal writing wrapped whole (an item's number, "(1)
    /// đơn khiếu nại …", is not zero-padded), and "05 (năm) đơn", its digits spelled again. The
    /// unit of a count must follow; `opening` is the first token of the figure.
    static func unitBeyondParentheses(numeral index: Int, cursor: Int, floor: Int, in tokens: [Token]) -> (opening: Int, unit: Int)? {
        var unitAt: Int?
        var opening = index
        if index - 1 >= floor, tokens[index - 1].is("("), cursor < tokens.count, tokens[cursor].is(")"),
            tokens[index].text.count > 1, tokens[index].text.hasPrefix("0"), tokens[index].text.allSatisfy(\.isNumber)
        {
            unitAt = cursor + 1
            opening = index - 1
        } else if let end = VietnameseNumber.restatementEnd(at: cursor, in: tokens) {
            unitAt = end
        }
        // Only a unit things are counted in: "(04) bốn tháng" spells its number after it.
        guard let unitAt, let found = UnitLexicon.unit(at: unitAt, in: tokens),
            found.length > 1 || UnitLexicon.isCountUnit(found.text) || UnitLexicon.petitionCountWords.contains(found.text)
        else { return nil }
        return (opening, unitAt)
    }

    /// A unit right after a parenthesised share: "(bằng 100%) chi bộ", "(đạt 96%) hộ".
    private static func unitAfterShare(at index: Int, in tokens: [Token]) -> (Int, (length: Int, text: String))? {
        guard index < tokens.count, tokens[index].is("("),
            let close = tokens[index..<min(tokens.count, index + 6)].firstIndex(where: { $0.is(")") }),
            tokens[index..<close].contains(where: { $0.is("%") }),
            let found = UnitLexicon.unit(at: close + 1, in: tokens)
        else { return nil }
        return (close + 1, found)
    }
}
