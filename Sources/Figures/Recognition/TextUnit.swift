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
}

extension TextUnit {
    /// Letters, digits and the exponents of "m²", "m³": the characters of a word.
    var isWordPart: Bool { isLetter || isDigit || self == Self("²") || self == Self("³") }
}

extension Character: TextUnit {
    var isSpace: Bool { isWhitespace }
    var isDigit: Bool { VietnameseNumber.isDigit(self) }
    static func string(_ units: ArraySlice<Character>) -> String { String(units) }
}

extension Unicode.Scalar: TextUnit {
    var isSpace: Bool { value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace }
    var isDigit: Bool { (0x30...0x39).contains(value) }
    var isLetter: Bool { value < 0x80 ? (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) : properties.isAlphabetic }
    var isUppercase: Bool { value < 0x80 ? (0x41...0x5A).contains(value) : Character(self).isUppercase }
    static func string(_ units: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: units)
        return String(view)
    }
}

extension LiteralScalars {
    /// Whether every character of `text` is one plain scalar.
    static func holdAlone(in text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } || text.unicodeScalars.allSatisfy { contains($0) && $0 != "\r" }
    }
}
