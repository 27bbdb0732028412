/// Superscript digits `⁰¹²³⁴⁵⁶⁷⁸⁹`.
enum Superscript {
    static let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    /// One of the digits, by its scalar: ¹ ² ³ sit in Latin-1, the others from U+2070.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xB2, 0xB3, 0xB9, 0x2070, 0x2074...0x2079: true
        default: false
        }
    }

    static func digitValue(_ character: Character) -> Int? {
        digits.firstIndex(of: character)
    }

    static func write(_ number: Int) -> String {
        String(String(number).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    }
}
