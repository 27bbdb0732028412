import Foundation

extension String {
    /// Letters and digits only, lowercased, without marks ("Thẩm quyền" → "thamquyen"): text
    /// two readings of the same print agree on.
    var folded: [Character] {
        lowercased().withoutMarks.filter { $0.isLetter || $0.isNumber }
    }

    /// The text without tone and vowel marks, "đ" as "d".
    var withoutMarks: String {
        let stripped = decomposedStringWithCanonicalMapping.unicodeScalars.filter { !(0x300...0x36F).contains($0.value) }
        return String(String.UnicodeScalarView(stripped)).replacingOccurrences(of: "đ", with: "d")
            .replacingOccurrences(of: "Đ", with: "D")
    }
}
