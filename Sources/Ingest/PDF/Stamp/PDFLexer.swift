/// A value of PDF syntax, as far as the stamp reader needs one.
indirect enum PDFValue: Equatable {
    case number(Double)
    case name(String)
    case string([UInt8])
    case array([PDFValue])
    case dictionary([String: PDFValue])
    case reference(Int)
    /// `true`, `null`, an operator of a content stream, "stream"…
    case keyword(String)

    subscript(key: String) -> PDFValue? {
        if case .dictionary(let entries) = self { return entries[key] }
        return nil
    }

    var referenceNumber: Int? {
        if case .reference(let number) = self { return number }
        return nil
    }

    var dictionaryEntries: [String: PDFValue]? {
        if case .dictionary(let entries) = self { return entries }
        return nil
    }

    var arrayItems: [PDFValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    var numberValue: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    var nameValue: String? {
        if case .name(let name) = self { return name }
        return nil
    }
}

/// Reads PDF values from bytes: objects' dictionaries and content streams alike. Nesting is
/// bounded and anything malformed ends the value read so far, never the process.
struct PDFLexer {
    private let bytes: ArraySlice<UInt8>
    private(set) var index: Int
    static let maxDepth = 32

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        index = bytes.startIndex
    }

    var atEnd: Bool {
        mutating get {
            skipSpaceAndComments()
            return index >= bytes.endIndex
        }
    }

    /// The next value, a reference "N G R" read as one; nil at the end.
    mutating func value(depth: Int = 0) -> PDFValue? {
        guard depth < PDFLexer.maxDepth, let token = token() else { return nil }
        switch token {
        case .arrayStart:
            var items: [PDFValue] = []
            while let next = peekByte(), next != 0x5D {
                guard let item = value(depth: depth + 1) else { break }
                items.append(item)
            }
            if peekByte() == 0x5D { index += 1 }
            return .array(items)
        case .dictionaryStart:
            var entries: [String: PDFValue] = [:]
            while let next = peekByte(), next != 0x3E {
                guard case .name(let key)? = value(depth: depth + 1), let item = value(depth: depth + 1) else { break }
                entries[key] = item
            }
            if peekByte() == 0x3E { index = min(index + 2, bytes.endIndex) }
            return .dictionary(entries)
        case .value(.number(let number)) where number >= 0 && number < 1e9 && number == number.rounded():
            // "12 0 R" is a reference; anything else leaves the lexer after the number.
            let saved = index
            if isReferenceTail() { return .reference(Int(number)) }
            index = saved
            return .number(number)
        case .value(let value):
            return value
        case .arrayEnd, .dictionaryEnd:
            return nil
        }
    }

    /// The generation number and "R" of a reference follow. Asked after every whole number of
    /// a content stream ("0 0 0 RG", "72 700 m"), so read off the bytes, no value made.
    private mutating func isReferenceTail() -> Bool {
        guard let generation = regularToken(), let keyword = regularToken() else { return false }
        return keyword.count == 1 && bytes[keyword.lowerBound] == 0x52 && number(in: generation) != nil
    }

    /// Where the next token stands when it is a run of regular characters (a number or a
    /// keyword), skipping stray delimiters as `token()` does; nil for any other token.
    private mutating func regularToken() -> Range<Int>? {
        while true {
            skipSpaceAndComments()
            guard index < bytes.endIndex else { return nil }
            switch bytes[index] {
            case 0x28, 0x2F, 0x3C, 0x5B, 0x5D: return nil  // ( / < [ ]
            case 0x3E where byteAt(index + 1) == 0x3E: return nil  // >>
            default: break
            }
            let start = index
            while index < bytes.endIndex, !PDFSyntax.isSpace(bytes[index]), !PDFSyntax.isDelimiter(bytes[index]) {
                index += 1
            }
            if index > start { return start..<index }
            index += 1  // a stray delimiter: ")" "}" ">"
        }
    }

    /// The number a run of regular characters spells, as `Double(String)` reads it; a plain
    /// decimal ("72", "-0.5", "841.89") is read off its digits, the way content streams print
    /// nearly every number.
    private func number(in run: Range<Int>) -> Double? {
        let first = bytes[run.lowerBound]
        guard PDFSyntax.isDigit(first) || first == 0x2B || first == 0x2D || first == 0x2E else { return nil }
        var whole = 0.0, scale = 1.0, digits = 0, point = false
        for position in run {
            let byte = bytes[position]
            if PDFSyntax.isDigit(byte) {
                whole = whole * 10 + Double(byte - 0x30)
                digits += 1
                if point { scale *= 10 }
            } else if byte == 0x2E, !point {
                point = true
            } else if position == run.lowerBound {
                continue  // the sign
            } else {
                digits = .max  // an exponent, a second point: the library's reading
                break
            }
        }
        // Whole numbers and powers of ten below 2^53 are exact, so one division rounds as
        // the library does.
        guard digits > 0, digits <= 15 else { return Double(String(decoding: bytes[run], as: UTF8.self)) }
        let value = whole / scale
        return first == 0x2D ? -value : value
    }

    private enum Token {
        case value(PDFValue)
        case arrayStart, arrayEnd, dictionaryStart, dictionaryEnd
    }

    private mutating func token() -> Token? {
        while true {
            skipSpaceAndComments()
            guard index < bytes.endIndex else { return nil }
            if let token = tokenHere() { return token }
            index += 1  // a stray delimiter: ")" "}" ">"
        }
    }

    private mutating func tokenHere() -> Token? {
        let byte = bytes[index]
        switch byte {
        case 0x5B:
            index += 1
            return .arrayStart
        case 0x5D:
            index += 1
            return .arrayEnd
        case 0x3C where byteAt(index + 1) == 0x3C:
            index += 2
            return .dictionaryStart
        case 0x3E where byteAt(index + 1) == 0x3E:
            index += 2
            return .dictionaryEnd
        case 0x3C:
            return .value(.string(hexString()))
        case 0x28:
            return .value(.string(literalString()))
        case 0x2F:
            index += 1
            return .value(.name(regularRun(decodingHex: true)))
        default:
            let start = index
            while index < bytes.endIndex, !PDFSyntax.isSpace(bytes[index]), !PDFSyntax.isDelimiter(bytes[index]) {
                index += 1
            }
            if index == start { return nil }
            if let number = number(in: start..<index) { return .value(.number(number)) }
            return .value(.keyword(String(decoding: bytes[start..<index], as: UTF8.self)))
        }
    }

    private func byteAt(_ position: Int) -> UInt8? {
        position < bytes.endIndex ? bytes[position] : nil
    }

    private mutating func peekByte() -> UInt8? {
        skipSpaceAndComments()
        return byteAt(index)
    }

    private mutating func skipSpaceAndComments() {
        while index < bytes.endIndex {
            if PDFSyntax.isSpace(bytes[index]) {
                index += 1
            } else if bytes[index] == 0x25 {  // "%" to the end of the line
                while index < bytes.endIndex, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
            } else {
                return
            }
        }
    }

    /// Regular characters up to whitespace or a delimiter; in names "#xx" is a byte.
    private mutating func regularRun(decodingHex: Bool) -> String {
        var out: [UInt8] = []
        while index < bytes.endIndex, !PDFSyntax.isSpace(bytes[index]), !PDFSyntax.isDelimiter(bytes[index]) {
            if decodingHex, bytes[index] == 0x23, let high = byteAt(index + 1).flatMap(PDFLexer.hexValue),
                let low = byteAt(index + 2).flatMap(PDFLexer.hexValue)
            {
                out.append(high << 4 | low)
                index += 3
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func hexString() -> [UInt8] {
        index += 1
        var digits: [UInt8] = []
        while index < bytes.endIndex, bytes[index] != 0x3E {
            if let value = PDFLexer.hexValue(bytes[index]) { digits.append(value) }
            index += 1
        }
        index = min(index + 1, bytes.endIndex)
        if digits.count % 2 == 1 { digits.append(0) }
        return stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }
    }

    private mutating func literalString() -> [UInt8] {
        index += 1
        var out: [UInt8] = []
        var depth = 1
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            switch byte {
            case 0x28:
                depth += 1
                out.append(byte)
            case 0x29:
                depth -= 1
                if depth == 0 { return out }
                out.append(byte)
            case 0x5C:
                guard index < bytes.endIndex else { return out }
                out += escaped()
            default:
                out.append(byte)
            }
        }
        return out
    }

    /// The bytes of the escape after a backslash (7.3.4.2).
    private mutating func escaped() -> [UInt8] {
        let byte = bytes[index]
        index += 1
        switch byte {
        case 0x6E: return [0x0A]
        case 0x72: return [0x0D]
        case 0x74: return [0x09]
        case 0x62: return [0x08]
        case 0x66: return [0x0C]
        case 0x0D:
            if self.byteAt(index) == 0x0A { index += 1 }
            return []
        case 0x0A: return []
        case 0x30...0x37:
            var value = Int(byte - 0x30)
            var count = 1
            while count < 3, let next = self.byteAt(index), (0x30...0x37).contains(next) {
                value = value * 8 + Int(next - 0x30)
                index += 1
                count += 1
            }
            return [UInt8(value & 0xFF)]
        default: return [byte]
        }
    }

    /// Moves past the next `word` standing between spaces (the "EI" that ends an inline
    /// image's binary data); false when there is none.
    mutating func skip(past word: [UInt8]) -> Bool {
        guard index < bytes.endIndex, let found = PDFSyntax.find(word, in: bytes[index...]) else { return false }
        var at = found
        while true {
            let before = at == bytes.startIndex || PDFSyntax.isSpace(bytes[at - 1])
            let after = at + word.count >= bytes.endIndex || PDFSyntax.isSpace(bytes[at + word.count])
            if before, after {
                index = at + word.count
                return true
            }
            guard at + 1 < bytes.endIndex, let next = PDFSyntax.find(word, in: bytes[(at + 1)...]) else { return false }
            at = next
        }
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
