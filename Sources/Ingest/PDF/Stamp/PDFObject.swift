/// One indirect object: its value and, for a stream, its raw bytes, decoded when asked for
/// (a widget's seal is a large image that only needs its dictionary read).
struct PDFObject {
    let value: PDFValue
    private let raw: ArraySlice<UInt8>?

    init(value: PDFValue, raw: ArraySlice<UInt8>?) {
        self.value = value
        self.raw = raw
    }

    /// The object whose text `body` holds (what follows "N G obj"), its stream's bytes kept.
    init?(body: ArraySlice<UInt8>) {
        var lexer = PDFLexer(body)
        guard let value = lexer.value() else { return nil }
        self.init(value: value, raw: PDFObject.streamBytes(after: lexer.index, in: body, of: value))
    }

    /// The stream's bytes after its filter; nil for objects that are not streams, or whose
    /// filter is not FlateDecode (or none).
    var data: [UInt8]? { decoded(limit: FlateDecoder.maxOutput) }

    /// The stream's bytes after its filter (FlateDecode or none) and PNG predictor, nil past
    /// `limit` bytes: a page's content stream may be larger than a stamp's.
    func decoded(limit: Int) -> [UInt8]? {
        guard let raw else { return nil }
        switch value["Filter"] {
        case nil: return Array(raw)
        case .name("FlateDecode")?, .array([.name("FlateDecode")])?:
            guard let inflated = FlateDecoder.inflate(raw, limit: limit) else { return nil }
            let parameters = value["DecodeParms"].flatMap { $0.dictionaryEntries ?? $0.arrayItems?.first?.dictionaryEntries }
            guard case .number(let predictor)? = parameters?["Predictor"], predictor >= 10 else { return inflated }
            var columns = 1.0
            if case .number(let value)? = parameters?["Columns"] { columns = value }
            return PNGPredictor.undo(inflated, columns: Int(columns))
        default: return nil
        }
    }

    /// The bytes between "stream" and "endstream" after the object's dictionary.
    private static func streamBytes(after end: Int, in body: ArraySlice<UInt8>, of value: PDFValue) -> ArraySlice<UInt8>? {
        guard case .dictionary = value else { return nil }
        var start = end
        while start < body.endIndex, PDFSyntax.isSpace(body[start]) { start += 1 }
        let keyword = Array("stream".utf8)
        guard start + keyword.count <= body.endIndex, body[start..<(start + keyword.count)].elementsEqual(keyword) else {
            return nil
        }
        start += keyword.count
        if start < body.endIndex, body[start] == 0x0D { start += 1 }
        if start < body.endIndex, body[start] == 0x0A { start += 1 }
        let stop = PDFSyntax.find(Array("endstream".utf8), in: body[start...]) ?? body.endIndex
        return body[start..<stop]
    }
}

extension PDFObjectTable {
    func object(_ number: Int) -> PDFObject? {
        body(of: number).flatMap { PDFObject(body: $0) }
    }

    /// The value `value` stands for: a reference is looked up, anything else is itself.
    func resolved(_ value: PDFValue?) -> PDFValue? {
        guard let value else { return nil }
        if let number = value.referenceNumber { return object(number)?.value }
        return value
    }
}
