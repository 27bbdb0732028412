/// One indirect object: its value and, for a stream, its decoded data.
struct PDFObject {
    let value: PDFValue
    /// The stream's bytes after its filter; nil for objects that are not streams, or whose
    /// filter is not FlateDecode (or none).
    let data: [UInt8]?
}

extension PDFObjectTable {
    func object(_ number: Int) -> PDFObject? {
        guard let body = body(of: number) else { return nil }
        var lexer = PDFLexer(body)
        guard let value = lexer.value() else { return nil }
        return PDFObject(value: value, data: streamData(after: lexer.index, in: body, of: value))
    }

    /// The value `value` stands for: a reference is looked up, anything else is itself.
    func resolved(_ value: PDFValue?) -> PDFValue? {
        guard let value else { return nil }
        if let number = value.referenceNumber { return object(number)?.value }
        return value
    }

    private func streamData(after end: Int, in body: ArraySlice<UInt8>, of value: PDFValue) -> [UInt8]? {
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
        let raw = body[start..<stop]
        switch value["Filter"] {
        case nil: return Array(raw)
        case .name("FlateDecode")?, .array([.name("FlateDecode")])?: return FlateDecoder.inflate(raw)
        default: return nil
        }
    }
}
