/// Reads PDF syntax from bytes: the objects of a file, and the operands and operators of a
/// content stream. Every read is bounds-checked; malformed input ends in nil, never a trap.
struct PDFScanner {
    enum Token: Equatable {
        case number(Double)
        case name(String)
        case string
        case arrayOpen, arrayClose, dictionaryOpen, dictionaryClose
        /// Anything else made of regular characters: `obj`, `R`, `true`, an operator.
        case keyword(String)
        case end
    }

    let bytes: [UInt8]
    var position: Int

    init(_ bytes: [UInt8], at position: Int = 0) {
        self.bytes = bytes
        self.position = max(0, position)
    }

    /// Nesting deeper than this is not a document a person wrote.
    static let maximumDepth = 64

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
    }

    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"):
            true
        default: false
        }
    }

    var atEnd: Bool { position >= bytes.count }

    mutating func skipSpace() {
        while position < bytes.count {
            let byte = bytes[position]
            if PDFScanner.isWhitespace(byte) {
                position += 1
            } else if byte == UInt8(ascii: "%") {
                while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
            } else {
                return
            }
        }
    }

    mutating func token() -> Token {
        skipSpace()
        guard position < bytes.count else { return .end }
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: "/"):
            position += 1
            return .name(regularRun(decodingHex: true))
        case UInt8(ascii: "("):
            skipLiteralString()
            return .string
        case UInt8(ascii: "<"):
            if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "<") {
                position += 2
                return .dictionaryOpen
            }
            while position < bytes.count, bytes[position] != UInt8(ascii: ">") { position += 1 }
            position += 1
            return .string
        case UInt8(ascii: ">"):
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: ">") { position += 1 }
            return .dictionaryClose
        case UInt8(ascii: "["):
            position += 1
            return .arrayOpen
        case UInt8(ascii: "]"):
            position += 1
            return .arrayClose
        case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ")"):
            position += 1
            return .keyword(String(UnicodeScalar(byte)))
        default:
            let word = regularRun(decodingHex: false)
            if let number = PDFScanner.number(word) { return .number(number) }
            return .keyword(word)
        }
    }

    /// One object, `N G R` read as a reference.
    mutating func value(depth: Int = 0) -> PDFValue? {
        guard depth < PDFScanner.maximumDepth else { return nil }
        switch token() {
        case .number(let number):
            let save = position
            if number >= 0, number == number.rounded(), case .number = token(), case .keyword("R") = token() {
                return .reference(Int(number))
            }
            position = save
            return .number(number)
        case .name(let name): return .name(name)
        case .string: return .string
        case .arrayOpen:
            var items: [PDFValue] = []
            while true {
                let save = position
                if token() == .arrayClose { return .array(items) }
                position = save
                guard let item = value(depth: depth + 1) else { return nil }
                items.append(item)
            }
        case .dictionaryOpen:
            var entries: [String: PDFValue] = [:]
            while true {
                switch token() {
                case .dictionaryClose: return .dictionary(entries)
                case .name(let key):
                    guard let item = value(depth: depth + 1) else { return nil }
                    entries[key] = item
                default: return nil
                }
            }
        case .keyword("true"): return .bool(true)
        case .keyword("false"): return .bool(false)
        case .keyword("null"): return .null
        default: return nil
        }
    }

    /// Regular characters up to the next delimiter or space; in names, `#xx` is a byte.
    private mutating func regularRun(decodingHex: Bool) -> String {
        var run: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            guard !PDFScanner.isWhitespace(byte), !PDFScanner.isDelimiter(byte) else { break }
            if decodingHex, byte == UInt8(ascii: "#"), position + 2 < bytes.count,
                let value = UInt8(String(decoding: bytes[(position + 1)...(position + 2)], as: UTF8.self), radix: 16)
            {
                run.append(value)
                position += 3
                continue
            }
            run.append(byte)
            position += 1
        }
        return String(decoding: run, as: UTF8.self)
    }

    private mutating func skipLiteralString() {
        var depth = 0
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\\"): position += 1
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return }
            default: break
            }
        }
    }

    /// "12", "-3.5", ".5", "+4": a PDF number.
    static func number(_ word: String) -> Double? {
        guard let first = word.utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
            || first == UInt8(ascii: ".") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
        else { return nil }
        return Double(word)
    }

    /// Moves past the next occurrence of `word` (a keyword such as `stream` or `EI`) standing
    /// alone between spaces; false when there is none.
    mutating func skip(past word: [UInt8]) -> Bool {
        guard !word.isEmpty else { return false }
        var index = position
        while index + word.count <= bytes.count {
            if bytes[index] == word[0], bytes[index..<(index + word.count)].elementsEqual(word),
                index == 0 || PDFScanner.isWhitespace(bytes[index - 1]),
                index + word.count == bytes.count || PDFScanner.isWhitespace(bytes[index + word.count])
            {
                position = index + word.count
                return true
            }
            index += 1
        }
        return false
    }
}
