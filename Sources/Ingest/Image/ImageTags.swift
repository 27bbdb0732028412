import Foundation

/// The two TIFF tags a picture's pixels depend on that leptonica does not apply: the
/// orientation (tag 274: how the stored rows must be turned to stand as taken; a phone's
/// JPEG carries it in its EXIF block, itself a small TIFF) and tiling (tag 322: a TIFF stored
/// in tiles, which leptonica cannot decode). Read from the file's bytes, mapped, not loaded.
struct ImageTags: Equatable {
    /// 1–8 as EXIF numbers them; 1 when the file says nothing.
    var orientation = 1
    var tiled = false

    private static let orientationTag: UInt16 = 274
    private static let tileWidthTag: UInt16 = 322
    /// Directories followed in a TIFF, at most: a loop of directories ends here.
    private static let maximumDirectories = 10_000

    /// The tags of a JPEG's EXIF block, or of directory `page` of a TIFF; none for other files.
    static func read(path: String, page: Int = 0) -> ImageTags {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else { return ImageTags() }
        return data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            if bytes.starts(with: [0xFF, 0xD8]) {
                guard let exif = exifStart(bytes) else { return ImageTags() }
                return tags(bytes, tiffAt: exif, page: 0)
            }
            return tags(bytes, tiffAt: 0, page: page)
        }
    }

    /// Where the TIFF inside a JPEG's APP1 "Exif" segment starts.
    private static func exifStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var offset = 2
        while offset + 4 <= bytes.count, bytes[offset] == 0xFF {
            let marker = bytes[offset + 1]
            // Start of scan or end of image: no metadata segments follow.
            if marker == 0xDA || marker == 0xD9 { return nil }
            let length = Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
            let body = offset + 4
            if marker == 0xE1, body + 6 <= bytes.count, Array(bytes[body..<(body + 6)]) == Array("Exif\0\0".utf8) {
                return body + 6
            }
            offset += 2 + length
        }
        return nil
    }

    /// The tags of directory `page` of the TIFF starting at `start`.
    private static func tags(_ bytes: UnsafeBufferPointer<UInt8>, tiffAt start: Int, page: Int) -> ImageTags {
        guard start + 8 <= bytes.count else { return ImageTags() }
        let little: Bool
        switch (bytes[start], bytes[start + 1]) {
        case (0x49, 0x49): little = true
        case (0x4D, 0x4D): little = false
        default: return ImageTags()
        }
        func number(_ at: Int, _ size: Int) -> Int? {
            guard at >= start, at + size <= bytes.count else { return nil }
            var value = 0
            for index in 0..<size {
                let byte = Int(bytes[at + (little ? size - 1 - index : index)])
                value = value << 8 | byte
            }
            return value
        }
        guard number(start + 2, 2) == 42, var directory = number(start + 4, 4).map({ start + $0 }) else { return ImageTags() }
        var visited = 0
        while visited < page {
            guard let count = number(directory, 2), let next = number(directory + 2 + 12 * count, 4), next != 0,
                visited < maximumDirectories
            else { return ImageTags() }
            directory = start + next
            visited += 1
        }
        guard let count = number(directory, 2) else { return ImageTags() }
        var found = ImageTags()
        for entry in 0..<count {
            let at = directory + 2 + 12 * entry
            guard let tag = number(at, 2), let type = number(at + 2, 2) else { break }
            if tag == Int(orientationTag), type == 3, let value = number(at + 8, 2), (1...8).contains(value) {
                found.orientation = value
            }
            if tag == Int(tileWidthTag) { found.tiled = true }
        }
        return found
    }
}
