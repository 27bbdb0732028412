/// Where each indirect object of a PDF starts, found by scanning the raw bytes for
/// "N G obj" (the way PDF readers rebuild a damaged cross-reference table).
///
/// Only the signature stamp is read this way: poppler-glib draws a signature widget but
/// gives no text for it, and rendering the widget means decoding its picture (0.4 s for
/// the gazettes' 1600×800 CalRGB seal). The objects a signing tool appends (the widget, its
/// appearance, the font) are plain objects; objects packed into object streams are not
/// seen here, and a later revision of an object replaces an earlier one, as in the file.
struct PDFObjectTable {
    let bytes: [UInt8]
    private var starts: [Int: Int] = [:]

    init(bytes: [UInt8]) {
        self.bytes = bytes
        // "obj" by its "j": one byte compared per position, the rest only where a "j" stands.
        let candidates = bytes.withUnsafeBufferPointer { buffer -> [Int] in
            var found: [Int] = []
            var index = 5
            while index < buffer.count {
                if buffer[index] == 0x6A, buffer[index - 1] == 0x62, buffer[index - 2] == 0x6F { found.append(index - 2) }
                index += 1
            }
            return found
        }
        for index in candidates {
            guard PDFSyntax.isDelimiterOrSpace(bytes, index + 3), PDFSyntax.isSpace(bytes[index - 1]),
                let (number, _) = PDFObjectTable.numbers(before: index - 1, in: bytes)
            else { continue }
            starts[number] = index + 3
        }
    }

    /// "N G" ending at `end` (inclusive of trailing whitespace): the object number.
    private static func numbers(before end: Int, in bytes: [UInt8]) -> (Int, Int)? {
        var index = end
        func skipSpaces() { while index >= 0, PDFSyntax.isSpace(bytes[index]) { index -= 1 } }
        func digits() -> Int? {
            var value = 0, scale = 1, count = 0
            while index >= 0, PDFSyntax.isDigit(bytes[index]), count < 10 {
                value += Int(bytes[index] - 0x30) * scale
                scale *= 10
                count += 1
                index -= 1
            }
            return count > 0 ? value : nil
        }
        skipSpaces()
        guard let generation = digits() else { return nil }
        guard index >= 0, PDFSyntax.isSpace(bytes[index]) else { return nil }
        skipSpaces()
        guard let number = digits() else { return nil }
        guard index < 0 || PDFSyntax.isDelimiterOrSpace(bytes, index) else { return nil }
        return (number, generation)
    }

    /// The objects whose text holds `needle`, in file order: found in one pass over the file,
    /// each occurrence given to the object that starts last before it.
    func objects(containing needle: [UInt8]) -> [Int] {
        let ordered = starts.sorted { $0.value < $1.value }
        guard !ordered.isEmpty, let first = needle.first else { return [] }
        var found: [Int] = []
        var next = 0
        var index = 0
        let last = bytes.count - needle.count
        while index <= last {
            defer { index += 1 }
            guard bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) else { continue }
            while next < ordered.count, ordered[next].value <= index { next += 1 }
            guard next > 0 else { continue }
            let number = ordered[next - 1].key
            if found.last != number { found.append(number) }
        }
        return found
    }

    /// The bytes of object `number` between "obj" and "endobj" (or the end of the file).
    func body(of number: Int) -> ArraySlice<UInt8>? {
        guard let start = starts[number], start <= bytes.count else { return nil }
        let end = PDFSyntax.find(Array("endobj".utf8), in: bytes[start...]) ?? bytes.count
        return bytes[start..<end]
    }
}
