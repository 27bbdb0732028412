/// The encodings a text input is read in. The raw values are the names users know them by.
public enum TextEncoding: String, Sendable, Equatable, CaseIterable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 with BOM"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    /// TCVN 5712:1993 VN3, the ABC fonts (.VnTime), common in northern government files.
    case tcvn3 = "TCVN3"
    /// VNI-Windows, base letter plus mark bytes, common in southern files.
    case vni = "VNI"

    /// Encodings that predate Unicode and are converted, which the user should hear about.
    public var isLegacy: Bool { self == .tcvn3 || self == .vni }
}

/// How the bytes of a text input became text: which encoding was read and what had to be repaired.
public struct TextDecoding: Sendable, Equatable {
    public let encoding: TextEncoding
    /// Invalid byte sequences (or unpaired UTF-16 halves) replaced by U+FFFD.
    public let replacedSequences: Int

    public init(encoding: TextEncoding, replacedSequences: Int = 0) {
        self.encoding = encoding
        self.replacedSequences = replacedSequences
    }

    /// One line for the user when the text is not exactly what the file says, nil otherwise.
    /// Reading UTF-16 or a BOM is ordinary and goes unmentioned.
    public var notice: String? {
        if encoding.isLegacy { return "converted from \(encoding.rawValue)" }
        guard replacedSequences > 0 else { return nil }
        let unicodeForm: String
        let unit: String
        switch encoding {
        case .utf16LittleEndian, .utf16BigEndian:
            unicodeForm = "UTF-16"
            unit = replacedSequences == 1 ? "code unit" : "code units"
        default:
            unicodeForm = "UTF-8"
            unit = replacedSequences == 1 ? "byte sequence" : "byte sequences"
        }
        return "\(replacedSequences) invalid \(unicodeForm) \(unit) replaced"
    }
}

/// Text read from a file together with how it was read. `text` is in NFC.
public struct DecodedText: Sendable, Equatable {
    public let text: String
    public let decoding: TextDecoding
}
