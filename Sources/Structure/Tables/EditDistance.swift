import Foundation

/// Levenshtein distance between two short texts, in characters.
enum EditDistance {
    static func between(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

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
