/// How the bytes of a text input became text: which encoding was read and what had to be repaired.
public struct TextDecoding: Sendable, Equatable {
    public let encoding: TextEncoding
    /// Invalid byte sequences (or unpaired UTF-16 halves) replaced by U+FFFD.
    public let replacedSequences: Int

    /// Lines of a legacy text that were valid UTF-8 and kept as such (a file pasted together
    /// from both); 0 when the whole file is in `encoding`.
    public let unicodeLines: Int

    public init(encoding: TextEncoding, replacedSequences: Int = 0, unicodeLines: Int = 0) {
        self.encoding = encoding
        self.replacedSequences = replacedSequences
        self.unicodeLines = unicodeLines
    }

    /// One line for the user when the text is not exactly what the file says, nil otherwise.
    /// Reading UTF-16 or a BOM is ordinary and goes unmentioned.
    public var notice: String? {
        if encoding.isLegacy, unicodeLines > 0 {
            return "converted from \(encoding.rawValue), except \(unicodeLines) \(unicodeLines == 1 ? "line" : "lines") in UTF-8 kept as they are"
        }
        if encoding.isLegacy { return "converted from \(encoding.rawValue)" }
        guard replacedSequences > 0 else { return nil }
        let unicodeForm: String
        let unit: String
        switch encoding {
        case .utf16LittleEndian, .utf16BigEndian, .utf32LittleEndian, .utf32BigEndian:
            unicodeForm = encoding == .utf16LittleEndian || encoding == .utf16BigEndian ? "UTF-16" : "UTF-32"
            unit = replacedSequences == 1 ? "code unit" : "code units"
        default:
            unicodeForm = "UTF-8"
            unit = replacedSequences == 1 ? "byte sequence" : "byte sequences"
        }
        return "\(replacedSequences) invalid \(unicodeForm) \(unit) replaced"
    }
}
