/// Roman numerals as Vietnamese reports number their parts ("I. ĐẶC ĐIỂM", "Phần III"): read by
/// the structure stage's headings and by the OCR repair of misread heading numerals.
package enum RomanNumeral {
    /// The usual writing of `value` (subtractive pairs, up to L): "IV", "XIX".
    package static func write(_ value: Int) -> String {
        let table: [(Int, String)] = [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value, out = ""
        for (amount, letters) in table {
            while rest >= amount {
                out += letters
                rest -= amount
            }
        }
        return out
    }

    /// The value of a numeral of I, V, X and L (a smaller letter before a larger one
    /// subtracts); nil for any other letter.
    package static func value<S: Sequence>(_ text: S) -> Int? where S.Element == Character {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50]
        var total = 0, previous = 0
        for character in text.reversed() {
            guard let value = values[character] else { return nil }
            total += value < previous ? -value : value
            previous = max(previous, value)
        }
        return total
    }
}
