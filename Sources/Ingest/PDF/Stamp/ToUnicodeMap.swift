/// A font's ToUnicode CMap: character codes of a shown string to their text.
struct ToUnicodeMap {
    private(set) var text: [UInt32: String] = [:]
    /// Bytes per character code: 2 for the Identity-H fonts signing tools embed, else 1.
    private(set) var codeLength = 1

    /// A range wider than this is not a font's (a hostile map could ask for billions).
    static let maxRange: UInt32 = 0xFFFF

    init(cmap: [UInt8]) {
        var lexer = PDFLexer(cmap[...])
        var operands: [PDFValue] = []
        var section: String?
        while !lexer.atEnd, let value = lexer.value() {
            guard case .keyword(let word) = value else {
                operands.append(value)
                continue
            }
            switch word {
            case "beginbfchar", "beginbfrange": section = word
            case "endbfchar":
                for pair in stride(from: 0, to: operands.count - 1, by: 2) {
                    character(operands[pair], operands[pair + 1])
                }
                section = nil
            case "endbfrange":
                for triple in stride(from: 0, to: operands.count - 2, by: 3) {
                    range(operands[triple], operands[triple + 1], operands[triple + 2])
                }
                section = nil
            default: break
            }
            if section == nil || word.hasPrefix("begin") { operands.removeAll() }
        }
    }

    private mutating func character(_ source: PDFValue, _ target: PDFValue) {
        guard case .string(let code) = source, case .string(let utf16) = target else { return }
        codeLength = max(codeLength, min(code.count, 2))
        text[ToUnicodeMap.number(code)] = ToUnicodeMap.utf16(utf16)
    }

    private mutating func range(_ low: PDFValue, _ high: PDFValue, _ target: PDFValue) {
        guard case .string(let lowCode) = low, case .string(let highCode) = high else { return }
        codeLength = max(codeLength, min(lowCode.count, 2))
        let first = ToUnicodeMap.number(lowCode), last = ToUnicodeMap.number(highCode)
        guard first <= last, last - first <= ToUnicodeMap.maxRange else { return }
        switch target {
        case .string(let utf16):
            // The last UTF-16 unit counts up along the range.
            var units = ToUnicodeMap.units(utf16)
            guard let lastUnit = units.popLast() else { return }
            for offset in 0...(last - first) {
                let (unit, overflow) = lastUnit.addingReportingOverflow(UInt16(truncatingIfNeeded: offset))
                guard !overflow else { break }
                text[first + offset] = String(decoding: units + [unit], as: UTF16.self)
            }
        case .array(let targets):
            for (offset, item) in targets.enumerated() where UInt32(offset) <= last - first {
                if case .string(let utf16) = item { text[first + UInt32(offset)] = ToUnicodeMap.utf16(utf16) }
            }
        default: break
        }
    }

    private static func number(_ code: [UInt8]) -> UInt32 {
        code.suffix(4).reduce(0) { $0 << 8 | UInt32($1) }
    }

    private static func units(_ bytes: [UInt8]) -> [UInt16] {
        stride(from: 0, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
    }

    private static func utf16(_ bytes: [UInt8]) -> String {
        String(decoding: units(bytes), as: UTF16.self)
    }
}
