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

    /// Numbers written in words: "bảy vụ", "hai đơn". "một" stays out: "một vụ việc" is mostly
    /// the article, not a count.
    static let spelled: [String: Double] = [
        "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9, "mười": 10,
    ]

    /// The value of a number word at `index` followed by a petition unit ("bảy vụ việc").
    static func spelledCount(at index: Int, in tokens: [Token]) -> Double? {
        guard tokens[index].isWord, let value = spelled[tokens[index].lower], index + 1 < tokens.count,
            tokens[index + 1].isWord, UnitLexicon.petitionCountWords.contains(tokens[index + 1].lower)
        else { return nil }
        return value
    }

    static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }

    /// The digits of a numeral without its separators, "0243.123.456" → "0243123456".
    static func digits(of numeral: String) -> String {
        String(numeral.filter(isDigit))
    }
}
