import Foundation

/// The largest image a PDF declares, read from the raw bytes of the file.
///
/// poppler decodes an embedded image at its declared size when the page is rendered (and
/// when the image is fetched), looping over every declared pixel even when the stream
/// holds a few bytes; it offers no way to interrupt that. A 4 KB file declaring a
/// 100000×100000 image stalls it for hours. Image XObjects are streams, and streams are
/// never inside compressed object streams, so their `/Width` and `/Height` sit in the file
/// as plain text and can be checked before anything is rendered. Sizes given by an
/// indirect reference, and inline images in compressed content, are not seen here.
enum DeclaredImageSize {
    /// The (width, height) with the most pixels among the image dictionaries of the file.
    static func largest(inFileAt path: String) -> (width: Int, height: Int)? {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else { return nil }
        return data.withUnsafeBytes { raw -> (width: Int, height: Int)? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var largest: (width: Int, height: Int)?
            var lastWidth: (value: Int, at: Int)?, lastHeight: (value: Int, at: Int)?
            var index = 0
            while index < bytes.count {
                defer { index += 1 }
                guard bytes[index] == 0x2F else { continue }  // "/"
                if let value = number(after: widthKey, at: index, in: bytes) {
                    lastWidth = (value, index)
                } else if let value = number(after: heightKey, at: index, in: bytes) {
                    lastHeight = (value, index)
                } else {
                    continue
                }
                // A width and a height a few hundred bytes apart belong to one dictionary.
                if let width = lastWidth, let height = lastHeight, abs(width.at - height.at) < 512,
                   width.value * height.value > (largest.map { $0.width * $0.height } ?? 0) {
                    largest = (width.value, height.value)
                }
            }
            return largest
        }
    }

    private static let widthKey = Array("/Width".utf8)
    private static let heightKey = Array("/Height".utf8)

    /// The integer after `key` at `start` (whitespace between), capped so it cannot overflow.
    private static func number(after key: [UInt8], at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard start + key.count < bytes.count, bytes[start..<(start + key.count)].elementsEqual(key) else { return nil }
        var index = start + key.count
        while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
        var value = 0, digits = 0
        while index < bytes.count, (0x30...0x39).contains(bytes[index]) {
            value = min(value * 10 + Int(bytes[index] - 0x30), 1 << 31)
            digits += 1
            index += 1
        }
        // "/Widths" or "/Width 12 0 R" are not a direct size.
        guard digits > 0, !isReference(bytes, index) else { return nil }
        return value
    }

    private static func isReference(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var index = start
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        return index < bytes.count && bytes[index] == 0x52  // "R"
    }
}
