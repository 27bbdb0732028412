/// The encodings a text input is read in. The raw values are the names users know them by.
public enum TextEncoding: String, Sendable, Equatable, CaseIterable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 with BOM"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case utf32LittleEndian = "UTF-32LE"
    case utf32BigEndian = "UTF-32BE"
    /// TCVN 5712:1993 VN3, the ABC fonts (.VnTime), common in northern government files.
    case tcvn3 = "TCVN3"
    /// VNI-Windows, base letter plus mark bytes, common in southern files.
    case vni = "VNI"
    /// Windows-1258, Windows' Vietnamese code page, with combining tone marks.
    case cp1258 = "CP1258"

    /// Encodings that predate Unicode and are converted, which the user should hear about.
    public var isLegacy: Bool { self == .tcvn3 || self == .vni || self == .cp1258 }
}
