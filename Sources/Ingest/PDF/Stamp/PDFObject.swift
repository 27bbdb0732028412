/// One indirect object: its value and, for a stream, its raw bytes, decoded when asked for
/// (a widget's seal is a large image that only needs its dictionary read).
struct PDFObject {
    let value: PDFValue
    private let raw: ArraySlice<UInt8>?

    init(value: PDFValue, raw: ArraySlice<UInt8>?) {
        self.value = value
        self.raw = raw
    }

    /// The stream's bytes after its filter; nil for objects that are not streams, or whose
    /// filter is not FlateDecode (or none).
    var data: [UInt8]? {
        guard let raw else { return nil }
        switch value["Filter"] {
        case nil: return Array(raw)
        case .name("FlateDecode")?, .array([.name("FlateDecode")])?: return FlateDecoder.inflate(raw)
        default: return nil
        }
    }
}

extension PDFObjectTable {
    func object(_ number: Int) -> PDFObject? {
        guard let body = body(of: number) else { return nil }
        var lexer = PDFLexer(body)
        guard let value = lexer.value() else { return nil }
        return PDFObject(value: value, raw: streamBytes(after: lexer.index, in: body, of: value))
    }

    /// The value `value` stands for: a reference is looked up, anything else is itself.
    func resolved(_ value: PDFValue?) -> PDFValue? {
        guard let value else { return nil }
        if let number = value.referenceNumber { return object(number)?.value }
        return value
    }

    /// The bytes between "stream" and "endstream" after the object's dictionary.
    private func streamBytes(after end: Int, in body: ArraySlice<UInt8>, of value: PDFValue) -> ArraySlice<UInt8>? {
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
