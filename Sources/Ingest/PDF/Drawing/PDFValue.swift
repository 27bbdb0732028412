/// A PDF object as the drawing reader needs it: strings are read past, not kept.
indirect enum PDFValue: Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case name(String)
    case string
    case array([PDFValue])
    case dictionary([String: PDFValue])
    /// `N G R`: the object numbered N.
    case reference(Int)
    /// A stream's dictionary and where its data starts in the file.
    case stream([String: PDFValue], dataOffset: Int)

    var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    var name: String? {
        if case .name(let value) = self { return value }
        return nil
    }

    var array: [PDFValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// The dictionary of a dictionary or of a stream.
    var dictionary: [String: PDFValue]? {
        switch self {
        case .dictionary(let value): value
        case .stream(let value, _): value
        default: nil
        }
    }
}
