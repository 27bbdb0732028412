import Foundation

/// The largest image a PDF would have poppler decode, read from the raw bytes of the file.
///
/// poppler decodes an embedded image at its declared size when the page is rendered (and
/// when the image is fetched), looping over every declared pixel even when the stream
/// holds a few bytes; it offers no way to interrupt that. A 4 KB file declaring a
/// 100000×100000 image stalls it for hours. Image XObjects are streams, and streams are
/// never inside compressed object streams, so their `/Width` and `/Height` sit in the file
/// as plain text and can be checked before anything is rendered. Read as a PDF reader reads
/// them: names with `#xx` escapes (`/W#69dth`), any PDF whitespace (form feed, NUL), a size
/// given as a reference to another object, an inline image's `/W` and `/H`; and a JPEG's
/// own header, which the decoder obeys whatever the dictionary says. Inline images inside
/// compressed content are not seen here: the page's supervision stops those.
enum DeclaredImageSize {
    /// The (width, height) with the most pixels among the image dictionaries of the file.
    static func largest(inFileAt path: String) -> (width: Int, height: Int)? {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else { return nil }
        return data.withUnsafeBytes { raw -> (width: Int, height: Int)? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var largest: (width: Int, height: Int)?
            func consider(_ width: Int, _ height: Int) {
                if width * height > (largest.map { $0.width * $0.height } ?? -1) || largest == nil { largest = (width, height) }
            }
            var lastWidth: (value: Int, at: Int)?, lastHeight: (value: Int, at: Int)?
            var index = 0
            while index < bytes.count {
                defer { index += 1 }
                if bytes[index] == 0xFF, opensStream(at: index, in: bytes), let jpeg = jpegSize(at: index, in: bytes) {
                    consider(jpeg.width, jpeg.height)
                    continue
                }
                guard bytes[index] == 0x2F, let (name, end) = name(at: index, in: bytes) else { continue }
                let isWidth = name == "Width" || name == "W", isHeight = name == "Height" || name == "H"
                guard isWidth || isHeight, let value = number(at: end, in: bytes) else { continue }
                if isWidth { lastWidth = (value, index) } else { lastHeight = (value, index) }
                // A width and a height a few hundred bytes apart belong to one dictionary.
                if let width = lastWidth, let height = lastHeight, abs(width.at - height.at) < 512 {
                    consider(width.value, height.value)
                }
            }
            return largest
        }
    }

    /// The name at a "/" with its `#xx` escapes undone, and where it ends; nil past 16 bytes.
    private static func name(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (String, Int)? {
        var decoded: [UInt8] = []
        var index = start + 1
        while index < bytes.count, decoded.count <= 16 {
            let byte = bytes[index]
            if isWhitespace(byte) || "/[]<>()%{}".utf8.contains(byte) { break }
            if byte == 0x23, index + 2 < bytes.count, let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2]) {
                decoded.append(high << 4 | low)
                index += 3
            } else {
                decoded.append(byte)
                index += 1
            }
        }
        guard decoded.count <= 16 else { return nil }
        return (String(decoding: decoded, as: UTF8.self), index)
    }

    /// The integer at `start` (whitespace before), capped so it cannot overflow; a reference
    /// "12 0 R" is followed to its object's value.
    private static func number(at start: Int, in bytes: UnsafeBufferPointer<UInt8>, following: Bool = true) -> Int? {
        var index = start
        while index < bytes.count, isWhitespace(bytes[index]) { index += 1 }
        guard let (value, end) = integer(at: index, in: bytes) else { return nil }
        var next = end
        while next < bytes.count, isWhitespace(bytes[next]) { next += 1 }
        guard let (generation, afterGeneration) = integer(at: next, in: bytes) else { return value }
        var mark = afterGeneration
        while mark < bytes.count, isWhitespace(bytes[mark]) { mark += 1 }
        guard mark < bytes.count, bytes[mark] == 0x52 else { return value }  // "R"
        return following ? referenced(value, generation, in: bytes) : nil
    }

    /// The integer an object "N G obj … endobj" holds, if it is one.
    private static func referenced(_ number: Int, _ generation: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let header = Array("\(number) \(generation) obj".utf8)
        guard header.count < bytes.count else { return nil }
        var index = 0
        while index + header.count <= bytes.count {
            if bytes[index] == header[0], (index == 0 || isWhitespace(bytes[index - 1])),
               bytes[index..<(index + header.count)].elementsEqual(header)
            {
                return Self.number(at: index + header.count, in: bytes, following: false)
            }
            index += 1
        }
        return nil
    }

    private static func integer(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
        var index = start
        var value = 0, digits = 0
        while index < bytes.count, (0x30...0x39).contains(bytes[index]) {
            value = min(value * 10 + Int(bytes[index] - 0x30), 1 << 31)
            digits += 1
            index += 1
        }
        return digits > 0 ? (value, index) : nil
    }

    /// Whether `index` is the first byte of a stream's data ("stream" and its line end before
    /// it): only there is an 0xFF 0xD8 a JPEG, not bytes of some compressed data.
    private static func opensStream(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let keyword = Array("stream".utf8)
        for lineEnd in [1, 2] where index >= keyword.count + lineEnd {
            let start = index - lineEnd - keyword.count
            if bytes[start..<(start + keyword.count)].elementsEqual(keyword), bytes[index - 1] == 0x0A || bytes[index - 1] == 0x0D {
                return true
            }
        }
        return false
    }

    /// The size in a JPEG's frame header (SOF0…SOF15 but DHT, JPG and DAC), for a JPEG
    /// starting at `start`: what libjpeg allocates for, whatever the PDF dictionary says.
    private static func jpegSize(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (width: Int, height: Int)? {
        guard start + 3 < bytes.count, bytes[start + 1] == 0xD8, bytes[start + 2] == 0xFF else { return nil }
        var index = start + 2
        while index + 8 < bytes.count, bytes[index] == 0xFF {
            let marker = bytes[index + 1]
            let length = Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                let height = Int(bytes[index + 5]) << 8 | Int(bytes[index + 6])
                let width = Int(bytes[index + 7]) << 8 | Int(bytes[index + 8])
                return (width, height)
            }
            guard length >= 2, marker != 0xDA, marker != 0xD9 else { return nil }
            index += 2 + length
        }
        return nil
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }
}
