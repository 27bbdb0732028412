import Foundation
import VietnameseText

/// Turns the bytes of a text file into NFC text, saying how: a byte order mark decides
/// between UTF-8 and UTF-16; otherwise the bytes are read as UTF-8, and when that fails or
/// only gives Latin-1 letters, the legacy Vietnamese encodings are tried (TCVN3, VNI, CP1258),
/// line by line when valid UTF-8 lines and invalid ones are mixed.
public enum TextDecoder {
    private static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]
    private static let utf16LittleEndianBOM: [UInt8] = [0xFF, 0xFE]
    private static let utf16BigEndianBOM: [UInt8] = [0xFE, 0xFF]
    /// Checked before UTF-16's, whose mark starts UTF-32LE's.
    private static let utf32LittleEndianBOM: [UInt8] = [0xFF, 0xFE, 0x00, 0x00]
    private static let utf32BigEndianBOM: [UInt8] = [0x00, 0x00, 0xFE, 0xFF]

    public static func decode(_ data: Data) -> DecodedText {
        decode([UInt8](data))
    }

    public static func decode(_ bytes: [UInt8]) -> DecodedText {
        if bytes.starts(with: utf8BOM) {
            let (text, replaced) = readUTF8(bytes.dropFirst(utf8BOM.count))
            return finished(text, TextDecoding(encoding: .utf8WithBOM, replacedSequences: replaced))
        }
        if bytes.starts(with: utf32LittleEndianBOM) || bytes.starts(with: utf32BigEndianBOM) {
            let bigEndian = bytes.starts(with: utf32BigEndianBOM)
            let (text, replaced) = readUTF32(bytes.dropFirst(4), bigEndian: bigEndian)
            return finished(text, TextDecoding(encoding: bigEndian ? .utf32BigEndian : .utf32LittleEndian, replacedSequences: replaced))
        }
        if bytes.starts(with: utf16LittleEndianBOM) {
            let (text, replaced) = readUTF16(bytes.dropFirst(2), bigEndian: false)
            return finished(text, TextDecoding(encoding: .utf16LittleEndian, replacedSequences: replaced))
        }
        if bytes.starts(with: utf16BigEndianBOM) {
            let (text, replaced) = readUTF16(bytes.dropFirst(2), bigEndian: true)
            return finished(text, TextDecoding(encoding: .utf16BigEndian, replacedSequences: replaced))
        }
        if let bigEndian = utf16WithoutBOM(bytes) {
            let (text, replaced) = readUTF16(bytes[...], bigEndian: bigEndian)
            return finished(text, TextDecoding(encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian, replacedSequences: replaced))
        }
        let (text, replaced) = readUTF8(bytes[...])
        if replaced > 0, let mixed = mixedLines(bytes) {
            return mixed
        }
        if let legacy = legacyEncoding(of: bytes, utf8Reading: text, replaced: replaced) {
            return legacy
        }
        return finished(text, TextDecoding(encoding: .utf8, replacedSequences: replaced))
    }

    /// Invalid UTF-8 may be TCVN3 or VNI bytes. Valid UTF-8 whose only non-ASCII characters
    /// are Latin-1 may be a legacy text that a converter stored one character per byte
    /// ("Hµ Néi" for Hà Nội); its characters are then the legacy bytes.
    private static func legacyEncoding(of bytes: [UInt8], utf8Reading: String, replaced: Int) -> DecodedText? {
        let legacyBytes: [UInt8]
        if replaced > 0 {
            legacyBytes = bytes
        } else {
            let scalars = utf8Reading.unicodeScalars
            guard scalars.contains(where: { !$0.isASCII }), scalars.allSatisfy({ $0.value <= 0xFF }) else { return nil }
            legacyBytes = scalars.map { UInt8(truncatingIfNeeded: $0.value) }
        }
        guard let encoding = LegacyEncodingDetector.detect(legacyBytes, unicodeReading: utf8Reading, unicodeIsValid: replaced == 0),
              let text = LegacyEncodingDetector.decode(legacyBytes[...], as: encoding) else { return nil }
        return DecodedText(text: text, decoding: TextDecoding(encoding: encoding))
    }

    /// A file pasted together from a UTF-8 text and a legacy one: lines that are valid UTF-8
    /// with letters beyond ASCII are kept, and the invalid lines, judged together, are
    /// converted when they read as one legacy encoding. Nil when the file is not such a mix
    /// (no valid UTF-8 line beyond ASCII, or invalid lines that read as no legacy encoding).
    private static func mixedLines(_ bytes: [UInt8]) -> DecodedText? {
        let lines = bytes.split(separator: newline, omittingEmptySubsequences: false)
        let readings = lines.map(readUTF8)
        let unicodeLines = zip(lines, readings).filter { line, reading in
            reading.1 == 0 && line.contains(where: { $0 >= 0x80 })
        }.count
        guard unicodeLines > 0 else { return nil }
        let invalid = zip(lines, readings).filter { $0.1.1 > 0 }
        let invalidBytes = Array(invalid.map(\.0).joined(separator: [newline]))
        let invalidReading = invalid.map(\.1.0).joined(separator: "\n")
        guard let encoding = LegacyEncodingDetector.detect(invalidBytes, unicodeReading: invalidReading, unicodeIsValid: false)
        else { return nil }
        var text = [String]()
        for (line, reading) in zip(lines, readings) {
            if reading.1 == 0 {
                text.append(reading.0)
            } else {
                text.append(LegacyEncodingDetector.decode(line, as: encoding) ?? reading.0)
            }
        }
        return finished(text.joined(separator: "\n"), TextDecoding(encoding: encoding, unicodeLines: unicodeLines))
    }

    private static let newline = UInt8(ascii: "\n")

    /// UTF-16 without a byte order mark, told by its zero bytes: in Vietnamese text most
    /// characters (ASCII letters, spaces, digits) have a zero high byte, so one of the two
    /// byte positions is mostly zero and the other almost never; nil for anything else
    /// (UTF-8 and the legacy encodings have no zero bytes at all). Returns whether big-endian.
    private static func utf16WithoutBOM(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
        var zeros = (even: 0, odd: 0)
        for (index, byte) in bytes.enumerated() where byte == 0 {
            if index % 2 == 0 { zeros.even += 1 } else { zeros.odd += 1 }
        }
        let half = bytes.count / 2
        if zeros.odd * 3 >= half, zeros.even * 20 <= half { return false }
        if zeros.even * 3 >= half, zeros.odd * 20 <= half { return true }
        return nil
    }

    /// Code points out of range and a dangling partial unit each become one U+FFFD.
    static func readUTF32(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> (String, Int) {
        var scalars = String.UnicodeScalarView()
        var replaced = 0
        var index = bytes.startIndex
        while index + 3 < bytes.endIndex {
            let units = (0..<4).map { UInt32(bytes[index + $0]) }
            let value = bigEndian
                ? units[0] << 24 | units[1] << 16 | units[2] << 8 | units[3]
                : units[3] << 24 | units[2] << 16 | units[1] << 8 | units[0]
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) } else {
                scalars.append(Unicode.Scalar.replacement)
                replaced += 1
            }
            index += 4
        }
        if index < bytes.endIndex {
            scalars.append(Unicode.Scalar.replacement)
            replaced += 1
        }
        return (String(scalars), replaced)
    }

    /// Text of scalars that are their own canonical form (nearly every file) is NFC already:
    /// Foundation's normalisation cost as much as reading the file.
    private static func finished(_ text: String, _ decoding: TextDecoding) -> DecodedText {
        DecodedText(text: LiteralScalars.holdAlone(in: text) ? text : text.precomposedStringWithCanonicalMapping,
                    decoding: decoding)
    }

    /// Each maximal invalid subsequence becomes one U+FFFD, as Unicode recommends. Valid
    /// UTF-8 (nearly every file) is taken whole, not appended scalar by scalar.
    static func readUTF8(_ bytes: ArraySlice<UInt8>) -> (String, Int) {
        if let text = String(validating: bytes, as: UTF8.self) { return (text, 0) }
        let (scalars, replaced) = read(bytes.makeIterator(), as: UTF8.self)
        return (String(scalars), replaced)
    }

    /// Unpaired surrogates and a dangling odd byte each become one U+FFFD.
    static func readUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> (String, Int) {
        let pairs = stride(from: bytes.startIndex, to: bytes.endIndex - 1, by: 2).map { index in
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            return bigEndian ? first << 8 | second : second << 8 | first
        }
        var (scalars, replaced) = read(pairs.makeIterator(), as: UTF16.self)
        if bytes.count % 2 == 1 {
            scalars.append(Unicode.Scalar.replacement)
            replaced += 1
        }
        return (String(scalars), replaced)
    }

    private static func read<Codec: UnicodeCodec>(
        _ units: some IteratorProtocol<Codec.CodeUnit>, as codec: Codec.Type
    ) -> (String.UnicodeScalarView, Int) {
        var units = units
        var decoder = Codec()
        var scalars = String.UnicodeScalarView()
        var replaced = 0
        while true {
            switch decoder.decode(&units) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .error:
                scalars.append(Unicode.Scalar.replacement)
                replaced += 1
            case .emptyInput: return (scalars, replaced)
            }
        }
    }
}

extension Unicode.Scalar {
    static let replacement: Unicode.Scalar = "\u{FFFD}"
}
