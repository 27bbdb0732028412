/// The footnote number a footnote body starts with: raised (`<sup>3</sup>`, `⁽³⁾`, `³`, a text
/// layer's small raised digits; a reference mark `[^3]` is a call, never a footnote's number)
/// or plain digits glued to or followed by the body (`3Thành phố`, `3 Thành phố`).
struct LeadingMarker: Equatable {
    enum Form: Equatable {
        /// A raised number.
        case explicit
        /// Plain digits glued to or followed by the body ("3Thành phố", "3 Thành phố").
        case plain
    }

    let number: Int
    let form: Form
    /// The body text after the marker.
    let rest: CitedText
    /// Plain digits written straight against a capital ("3Thành phố").
    var glued: Bool { form == .plain && !digitsSpaced }
    private var digitsSpaced = false

    init?(_ line: WorkLine) {
        if let first = line.raised.first, first.offset == 0, first.form != .reference {
            guard first.value < 1000 else { return nil }
            var rest = line
            rest.raised.removeFirst()
            self.init(number: first.value, form: .explicit, rest: rest.rendered)
            return
        }
        let text = line.text
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
            self.init(number: value, form: .plain, rest: Self.after(digits.count, in: line.rendered))
        } else if first == " ", let second = rest.dropFirst().first, second.isUppercase {
            self.init(number: value, form: .plain, rest: Self.after(digits.count, in: line.rendered))
            digitsSpaced = true
        } else {
            return nil
        }
    }

    init(number: Int, form: Form, rest: CitedText) {
        self.number = number
        self.form = form
        self.rest = rest.suffix(String(rest.text.drop { $0.isWhitespace }))
    }

    private static func after(_ count: Int, in text: CitedText) -> CitedText {
        text.suffix(String(text.text.dropFirst(count)))
    }
}
