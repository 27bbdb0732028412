import VietnameseText

/// One character as the tokenizer and the sentence splitter read it. Text whose every
/// character is one plain scalar (`LiteralScalars`, no carriage return) is read scalar by
/// scalar, which is several times cheaper than walking grapheme clusters; any other text is
/// read by `Character`. Both answer alike on plain text: a one-scalar character's properties
/// are its scalar's.
protocol TextUnit: Equatable, Sendable {
    var isSpace: Bool { get }
    /// An ASCII digit (`VietnameseNumber.isDigit`).
    var isDigit: Bool { get }
    var isLetter: Bool { get }
    var isUppercase: Bool { get }
    init(_ ascii: Unicode.Scalar)
    static func string(_ units: ArraySlice<Self>) -> String
    /// `text.lowercased()`, where `text` is `string(units)`.
    static func lowercased(_ units: ArraySlice<Self>, text: String) -> String
}

extension TextUnit {
    /// Letters, digits and the exponents of "m²", "m³": the characters of a word.
    var isWordPart: Bool { isLetter || isDigit || self == Self("²") || self == Self("³") }
}

extension Character: TextUnit {
    var isSpace: Bool { isWhitespace }
    var isDigit: Bool { VietnameseNumber.isDigit(self) }
    static func string(_ units: ArraySlice<Character>) -> String { String(units) }
    static func lowercased(_ units: ArraySlice<Character>, text: String) -> String { text.lowercased() }
}

extension Unicode.Scalar: TextUnit {
    var isSpace: Bool { ScalarClass.isWhitespace(self) }
    var isDigit: Bool { ScalarClass.isDigit(self) }
    var isLetter: Bool { ScalarClass.isLetter(self) }
    var isUppercase: Bool { value < 0x80 ? (0x41...0x5A).contains(value) : Character(self).isUppercase }
    static func string(_ units: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(units.count * 3)
        for unit in units { UTF8.encode(unit) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func lowercased(_ units: ArraySlice<Unicode.Scalar>, text: String) -> String {
        LatinLetters.lowercased(units)
    }
}

/// `String.lowercased()` of the scalars of Latin-1, Latin Extended A and B and Latin Extended
/// Additional (the Vietnamese vowels), read once: most words of a report are made of them.
enum LatinLetters {
    /// The UTF-8 of `String.lowercased()` of each scalar below U+0250 and of Latin Extended Additional.
    private static let lowerBelow250 = (UInt32(0)..<0x250).map(lowercasedBytes)
    private static let lowerAdditional = (UInt32(0x1E00)..<0x1F00).map(lowercasedBytes)

    private static func lowercasedBytes(_ value: UInt32) -> [UInt8] {
        Unicode.Scalar(value).map { Array(String($0).lowercased().utf8) } ?? []
    }

    /// `String.lowercased()` of plain scalars (`LiteralScalars`): there, lowercasing is the same
    /// scalar by scalar as on the whole text (no letter of those ranges lowercases by context).
    static func lowercased(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        for scalar in scalars {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(UInt8(value) | ((0x41...0x5A).contains(value) ? 0x20 : 0))
            } else if value < 0x250 {
                bytes += lowerBelow250[Int(value)]
            } else if (0x1E00..<0x1F00).contains(value) {
                bytes += lowerAdditional[Int(value - 0x1E00)]
            } else {
                bytes += String(scalar).lowercased().utf8
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func lowercased(_ text: String) -> String {
        lowercased(text.unicodeScalars)
    }
}
