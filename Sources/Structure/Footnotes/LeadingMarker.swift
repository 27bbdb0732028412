import Foundation

/// The footnote number a footnote body starts with, in any of the forms converters
/// and text layers write it: `<sup>3</sup>`, `⁽³⁾`, `³`, `3Thành phố`, `3 Thành phố`.
struct LeadingMarker: Equatable {
    enum Form: Equatable {
        /// `<sup>N</sup>`, `⁽N⁾`, superscript digits: written as a marker.
        case explicit
        /// Plain digits glued to or followed by the body ("3Thành phố", "3 Thành phố").
        case plain
    }

    let number: Int
    let form: Form
    /// The body text after the marker.
    let rest: String
    /// Plain digits written straight against a capital ("3Thành phố").
    var glued: Bool { form == .plain && !digitsSpaced }
    private var digitsSpaced = false

    init?(_ text: String) {
        if text.hasPrefix("<sup>"), let close = text.range(of: "</sup>") {
            let digits = text[text.index(text.startIndex, offsetBy: 5)..<close.lowerBound]
            guard let value = Int(digits), digits.count <= 3 else { return nil }
            self.init(number: value, form: .explicit, rest: String(text[close.upperBound...]))
            return
        }
        let parenthesised = text.hasPrefix("⁽")
        let body = parenthesised ? text.dropFirst() : Substring(text)
        let superscripts = body.prefix { Superscript.digitValue($0) != nil }
        if !superscripts.isEmpty, superscripts.count <= 3 {
            var rest = body.dropFirst(superscripts.count)
            if parenthesised {
                guard rest.first == "⁾" else { return nil }
                rest = rest.dropFirst()
            }
            guard let value = Superscript.value(of: String(superscripts)) else { return nil }
            self.init(number: value, form: .explicit, rest: String(rest))
            return
        }
        let digits = text.prefix { $0.isASCIIDigit }
        guard !digits.isEmpty, digits.count <= 3, let value = Int(digits) else { return nil }
        let rest = text.dropFirst(digits.count)
        // The body begins at once with a letter or a quote, or after one space with a capital:
        // "2.132 thôn", "114-KL/TW" and "2022; 306" are not footnote starts.
        guard let first = rest.first else { return nil }
        if first.isLetter || first == "“" || first == "\"" {
            // A capital: "1Tăng"; not "1I- …", a roman numeral OCR read with a digit before it.
            let roman = rest.prefix { "IVXL".contains($0) }
            let afterRoman = rest.dropFirst(roman.count).first
            guard first.isUppercase || !first.isLetter, roman.isEmpty || (afterRoman != "-" && afterRoman != ".")
            else { return nil }
            self.init(number: value, form: .plain, rest: String(rest))
        } else if first == " ", let second = rest.dropFirst().first, second.isUppercase {
            self.init(number: value, form: .plain, rest: String(rest))
            digitsSpaced = true
        } else {
            return nil
        }
    }

    init(number: Int, form: Form, rest: String) {
        self.number = number
        self.form = form
        self.rest = rest.trimmingWhitespace()
    }
}

/// Superscript digits `⁰¹²³⁴⁵⁶⁷⁸⁹`.
enum Superscript {
    static let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    static func digitValue(_ character: Character) -> Int? {
        digits.firstIndex(of: character)
    }

    static func value(of text: String) -> Int? {
        var value = 0
        for character in text {
            guard let digit = digitValue(character) else { return nil }
            value = value * 10 + digit
        }
        return text.isEmpty ? nil : value
    }

    static func write(_ number: Int) -> String {
        String(String(number).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    }
}
