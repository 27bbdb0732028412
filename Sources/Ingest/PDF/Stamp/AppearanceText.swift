/// The text lines a form XObject draws (a widget's appearance), read from its content
/// stream: strings shown between text positioning operators, through the fonts' ToUnicode
/// maps, in drawing order, and the same for the forms it draws with `Do`.
struct AppearanceText {
    let table: PDFObjectTable
    /// Forms drawn inside forms: signing tools nest two or three ("/FRM", "/n2").
    static let maxDepth = 6
    /// Operators read from one appearance; a stamp has a few hundred.
    static let maxOperators = 100_000

    private var fonts: [Int: AppearanceFont] = [:]
    private var operators = 0
    private var lines: [String] = []
    private var line = ""

    init(table: PDFObjectTable) {
        self.table = table
    }

    /// The lines of form object `number`, blank ones left out.
    mutating func lines(ofForm number: Int) -> [String] {
        lines = []
        line = ""
        draw(form: number, depth: 0)
        endLine()
        return lines
    }

    private mutating func draw(form number: Int, depth: Int) {
        guard depth < AppearanceText.maxDepth, let form = table.object(number), let content = form.data else { return }
        let resources = table.resolved(form.value["Resources"])
        var lexer = PDFLexer(content[...])
        var operands: [PDFValue] = []
        var font: AppearanceFont?
        while operators < AppearanceText.maxOperators, !lexer.atEnd, let value = lexer.value() {
            guard case .keyword(let op) = value else {
                operands.append(value)
                continue
            }
            operators += 1
            switch op {
            case "Tf":
                if operands.count >= 2, case .name(let name) = operands[operands.count - 2] {
                    font = self.font(named: name, in: resources)
                }
            case "BT", "Tm", "T*": endLine()
            case "Td", "TD":
                if operands.count >= 2, case .number(let dy) = operands[operands.count - 1], dy != 0 { endLine() }
            case "Tj":
                if let last = operands.last { show(last, font) }
            case "'", "\"":
                endLine()
                if let last = operands.last { show(last, font) }
            case "TJ":
                if case .array(let items)? = operands.last {
                    for item in items {
                        // A kern of more than a quarter em reads as a word space.
                        if case .number(let kern) = item, kern < -250, !line.hasSuffix(" ") { line += " " }
                        show(item, font)
                    }
                }
            case "Do":
                if case .name(let name)? = operands.last,
                    let reference = table.resolved(resources?["XObject"])?[name]?.referenceNumber,
                    table.resolved(.reference(reference))?["Subtype"] == .name("Form")
                {
                    draw(form: reference, depth: depth + 1)
                }
            default: break
            }
            operands.removeAll(keepingCapacity: true)
        }
    }

    private mutating func show(_ value: PDFValue, _ font: AppearanceFont?) {
        guard case .string(let bytes) = value else { return }
        line += (font ?? AppearanceFont.latin).text(of: bytes)
    }

    private mutating func endLine() {
        let trimmed = line.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed()
        if !trimmed.isEmpty { lines.append(String(trimmed)) }
        line = ""
    }

    private mutating func font(named name: String, in resources: PDFValue?) -> AppearanceFont? {
        guard let reference = table.resolved(resources?["Font"])?[name]?.referenceNumber else { return nil }
        if let known = fonts[reference] { return known }
        guard let dictionary = table.object(reference)?.value else { return nil }
        var map: ToUnicodeMap?
        if let number = dictionary["ToUnicode"]?.referenceNumber, let cmap = table.object(number)?.data {
            map = ToUnicodeMap(cmap: cmap)
        }
        let twoBytes = dictionary["Subtype"] == .name("Type0") || (map?.codeLength ?? 1) == 2
        let font = AppearanceFont(map: map, codeLength: twoBytes ? 2 : 1)
        fonts[reference] = font
        return font
    }
}

/// How a font's shown bytes become text.
struct AppearanceFont {
    let map: ToUnicodeMap?
    let codeLength: Int

    /// A font without a map: single bytes read as Latin-1 (WinAnsi's letters agree).
    static let latin = AppearanceFont(map: nil, codeLength: 1)

    func text(of bytes: [UInt8]) -> String {
        var out = ""
        var index = 0
        while index + codeLength <= bytes.count {
            let code = bytes[index..<(index + codeLength)].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            index += codeLength
            if let mapped = map?.text[code] {
                out += mapped
            } else if codeLength == 1, let scalar = Unicode.Scalar(code), code >= 0x20 {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
