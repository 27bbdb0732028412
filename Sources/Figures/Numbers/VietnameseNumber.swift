import Foundation

/// Reads numerals the way Vietnamese reports write them: "." groups thousands, "," marks the
/// decimal part ("1.185,8" is 1185.8), leading zeros are padding ("01" is 1).
enum VietnameseNumber {
    /// The value of one numeral without a fraction bar, or nil when it is not a well-formed numeral.
    static func value(of numeral: String) -> Double? {
        plain(numeral).flatMap { Double($0) }
    }

    /// Significant digits that a Double gives back unchanged: any numeral of at most this many.
    static let exactDigits = 15

    /// The value of a numeral with more significant digits than a Double holds ("123456789012345678901",
    /// an amount in đồng past 2^53), exactly; nil for any other numeral, whose `value` is exact.
    static func exactValue(of numeral: String) -> Decimal? {
        guard let plain = plain(numeral), plain.filter(isDigit).drop(while: { $0 == "0" }).count > exactDigits else {
            return nil
        }
        return Decimal(string: plain, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// The numeral as plain digits with "." before its decimal part ("1.185,8" → "1185.8"), nil
    /// when it is not a well-formed numeral.
    private static func plain(_ numeral: String) -> String? {
        guard let first = numeral.first, first.isASCII, first.isNumber else { return nil }
        let parts = numeral.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2, let integer = integerPart(String(parts[0])) else { return nil }
        guard parts.count == 2 else { return integer }
        let fraction = String(parts[1])
        guard !fraction.isEmpty, fraction.allSatisfy(isDigit), !integer.contains(".") else { return nil }
        return integer + "." + fraction
    }

    /// "3.547" is three thousand: dots only group thousands when every later group has three digits.
    /// "1.5" (a dot before fewer digits) is read as a decimal point, as careless typists write it.
    private static func integerPart(_ text: String) -> String? {
        let groups = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isDigit) }) else { return nil }
        if groups.count == 2, groups[1].count != 3 {
            return groups[0] + "." + groups[1]
        }
        guard groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        return groups.joined()
    }

    /// A numeral with an optional fraction bar: "38/51" is 38 of 51.
    static func fraction(of numeral: String) -> (value: Double, denominator: Double?)? {
        let parts = numeral.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        switch parts.count {
        case 1:
            return value(of: parts[0]).map { ($0, nil) }
        case 2:
            guard let top = value(of: parts[0]), let bottom = value(of: parts[1]) else { return nil }
            return (top, bottom)
        default:
            return nil
        }
    }

    /// Scale words that multiply the numeral before them: "5 nghìn", "1,8 triệu", "10 vạn".
    static let multipliers: [String: Double] = [
        "nghìn": 1_000, "ngàn": 1_000, "vạn": 10_000, "triệu": 1_000_000, "tỷ": 1_000_000_000, "tỉ": 1_000_000_000,
    ]

    /// Numbers written in words: "bảy vụ", "hai đơn", "mười hai đơn", "hai mươi lăm lượt",
    /// "một trăm linh năm đơn". "một" alone stays out: "một vụ việc" is mostly the article,
    /// not a count.
    static let spelled: [String: Double] = [
        "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
    ]
    /// Unit words that only follow a tens word: "hai mươi mốt" 21, "ba mươi tư" 34, "mười lăm" 15.
    /// "năm" there is the year ("mười năm" ten years), so it is no unit after a tens word.
    static let spelledAfterTens: [String: Double] = ["mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5]

    /// The number words from `index` on followed by a petition unit ("bảy vụ việc", "mười hai
    /// đơn"): their value and where they end (the unit's index); nil when no unit follows or
    /// the words are a lone "một". A word inside a longer number ("hai" of "mười hai") starts
    /// none: the number is read from its first word.
    static func spelledCount(at index: Int, in tokens: [Token]) -> (value: Double, end: Int)? {
        if index > 0, tokens[index - 1].isWord, isNumberWord(tokens[index - 1].lower) { return nil }
        guard let (value, end) = spelledNumber(at: index, in: tokens), end < tokens.count, tokens[end].isWord,
            UnitLexicon.petitionCountWords.contains(tokens[end].lower), !(end == index + 1 && value == 1)
        else { return nil }
        return (value, end)
    }

    /// Where a numeral's parenthesised restatement ends: "05 (năm) đơn", "12 (mười hai) vụ việc",
    /// as legal writing spells a count after its digits. `index` is the "(" after the numeral;
    /// the result is the token after ")", or nil when the parentheses hold anything else.
    static func restatementEnd(at index: Int, in tokens: [Token]) -> Int? {
        guard index < tokens.count, tokens[index].is("("), let (_, end) = spelledNumber(at: index + 1, in: tokens),
            end < tokens.count, tokens[end].is(")")
        else { return nil }
        return end + 1
    }

    private static func isNumberWord(_ word: String) -> Bool {
        spelled[word] != nil || ["mười", "mươi", "trăm", "linh", "lẻ"].contains(word)
    }

    /// Reads "[X trăm] [(linh|lẻ) Y | mười [Y] | X mươi [Y]] | Y" up to 999; nil when no number word starts at `index`.
    private static func spelledNumber(at index: Int, in tokens: [Token]) -> (value: Double, end: Int)? {
        func word(_ at: Int) -> String? { at < tokens.count && tokens[at].isWord ? tokens[at].lower : nil }
        var cursor = index
        var total: Double = 0
        if let digit = word(cursor).flatMap({ spelled[$0] }), word(cursor + 1) == "trăm" {
            total = digit * 100
            cursor += 2
            if let link = word(cursor), link == "linh" || link == "lẻ", let unit = word(cursor + 1).flatMap({ spelled[$0] }) {
                return (total + unit, cursor + 2)
            }
        }
        if word(cursor) == "mười" {
            let unit = word(cursor + 1).flatMap { spelledAfterTens[$0] ?? (spelled[$0] == 5 ? nil : spelled[$0]) }
            return unit.map { (total + 10 + $0, cursor + 2) } ?? (total + 10, cursor + 1)
        }
        if let tens = word(cursor).flatMap({ spelled[$0] }), tens >= 2, word(cursor + 1) == "mươi" {
            let unit = word(cursor + 2).flatMap { spelledAfterTens[$0] ?? (spelled[$0] == 5 ? nil : spelled[$0]) }
            return unit.map { (total + tens * 10 + $0, cursor + 3) } ?? (total + tens * 10, cursor + 2)
        }
        if let unit = word(cursor).flatMap({ spelled[$0] }) { return (total + unit, cursor + 1) }
        return total > 0 ? (total, cursor) : nil
    }

    static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }

    /// The digits of a numeral without its separators, "0243.123.456" → "0243123456".
    static func digits(of numeral: String) -> String {
        String(numeral.filter(isDigit))
    }
}
