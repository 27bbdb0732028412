import DocumentModel

/// Turns pages into `WorkLine`s: converter markup removed from plain text, raised numbers
/// read out of the text (`RaisedNumberReader`), spaces collapsed, OCR specks and noise lines
/// dropped. The words are already normalised (`NormalizeStage`); this is layout only.
enum LineAssembler {
    static func lines(of page: Page) -> [WorkLine] {
        var out: [WorkLine] = []
        var blankBefore = false
        var ruleBefore = false
        let tables = page.tables ?? []
        // A plain text line may hold a whole scraped page: its lost breaks are restored, each
        // piece a line after a blank one, as the laid-out text has it.
        let restored = page.lines.enumerated().flatMap { index, line in
            guard line.box == nil, page.source == .text else { return [(index, line, false)] }
            // The line right above a table may end in the table's caption it ran into: cut off
            // first, so that the breaks of the prose before it are read without it.
            let split = abovesTable(index, in: page, tables: tables) ? LostBreaks.splitCaption(of: line.text) : nil
            let prose = split.map { $0.prose.isEmpty ? [] : LostBreaks.pieces(of: $0.prose) } ?? LostBreaks.pieces(of: line.text)
            return (prose + (split?.caption ?? [])).enumerated().map { part, text in
                var piece = line
                piece.text = text
                return (index, piece, part > 0)
            }
        }
        for (index, line, cut) in restored {
            if let table = tables.first(where: { $0.lines.contains(index) }) {
                if table.lines.lowerBound == index { out.append(WorkLine(table: table, page: page.number, ocr: page.source == .ocr)) }
                blankBefore = false
                continue
            }
            if cut { blankBefore = true }
            // Converter markup only exists in plain text; a text layer's asterisks are text.
            let markup = line.box == nil ? InlineMarkup(line.text) : nil
            var pieces = markup.map { [RaisedNumberReader.Piece.text($0.text)] } ?? pieces(of: line)
            if page.source == .ocr, case .text(let text) = pieces.first {
                pieces[0] = .text(strippingLeadingSpecks(text.collapsingSpaces()))
            }
            let read = RaisedNumberReader.read(pieces)
            let text = read.text.collapsingSpaces()
            let raised = RaisedNumberReader.place(read.raised, from: read.text, in: text)
            if isBlank(text) && raised.isEmpty || (page.source == .ocr && isNoise(text, confidence: line.confidence)) {
                blankBefore = true
                if let box = line.box, box.height < 3, box.width > 40 { ruleBefore = true }
                continue
            }
            out.append(
                WorkLine(
                    text: text, raised: raised, page: page.number, box: line.box, size: line.fontSize,
                    bold: line.bold || markup?.wholeBold == true, italic: line.italic, blankBefore: blankBefore,
                    markedHeading: markup?.markdownHeading == true || markup?.wholeBold == true, ocr: page.source == .ocr,
                    raisedStart: page.source == .ocr && startsRaised(line), ruleBefore: ruleBefore,
                    layout: line.box == nil ? nil : TextLayout(line: line, page: page.number)))
            blankBefore = false
            ruleBefore = false
        }
        return out
    }

    /// Whether the next line of the page that is not blank starts a table.
    static func abovesTable(_ index: Int, in page: Page, tables: [PageTable]) -> Bool {
        guard !tables.isEmpty else { return false }
        let next = page.lines.indices[(index + 1)...].first { !isBlank(page.lines[$0].text) }
        return next.map { next in tables.contains { $0.lines.lowerBound == next } } ?? false
    }

    /// Separator rules (`-----`), lone backslashes and asterisks carry no text.
    static func isBlank(_ text: String) -> Bool {
        text.allSatisfy { $0.isWhitespace || $0 == "-" || $0 == "*" || $0 == "\\" || $0 == "_" }
    }

    /// OCR reads dust before a line as low quotes and ticks ("„3. Công tác"); they hide
    /// the numbering the line starts with.
    static func strippingLeadingSpecks(_ text: String) -> String {
        let specks: Set<Character> = ["„", "‚", "`", "~", "_", "|", "¸", "'", "’", "^"]
        let rest = text.drop { specks.contains($0) || $0 == " " }
        return rest.count < text.count && !rest.isEmpty ? String(rest) : text
    }

    /// The first OCR word is far taller than the line's words and reaches above them.
    static func startsRaised(_ line: Line) -> Bool {
        let boxes = line.spans.compactMap(\.box)
        guard boxes.count >= 4, let first = boxes.first else { return false }
        let rest = boxes.dropFirst().map(\.height).sorted()
        let typical = rest[rest.count / 2]
        let top = boxes.dropFirst().map(\.y).sorted()[rest.count / 2]
        return first.height >= typical * 1.8 && top - first.y >= typical * 0.6
    }

    /// OCR reads specks and stacked marks as rows of one-character tokens ("` z ^ ~ ˆ").
    static func isNoise(_ text: String, confidence: Double?) -> Bool {
        let tokens = text.split(separator: " ")
        guard tokens.count >= 4, (confidence ?? 0) < 85 else { return false }
        let junk = tokens.filter { $0.filter(\.isLetter).count < 2 }.count
        return junk * 3 > tokens.count * 2
    }

    /// The line as text and the digit runs set smaller and raised above the line's baseline.
    static func pieces(of line: Line) -> [RaisedNumberReader.Piece] {
        // Only font runs that make up the line's text exactly (a text layer) are read apart;
        // OCR words are joined by spaces the spans do not carry.
        guard let lineSize = line.fontSize, let lineBox = line.box else { return [.text(line.text)] }
        let joined = line.spans.map(\.text).joined()
        guard joined == line.text else { return [.text(line.text)] }
        // Most lines have none: their text is the spans' text as it is.
        guard line.spans.contains(where: { raisedDigits($0, lineSize: lineSize, lineBox: lineBox) != nil }) else {
            return [.text(joined)]
        }
        var pieces: [RaisedNumberReader.Piece] = []
        var text = ""
        for span in line.spans {
            if let digits = raisedDigits(span, lineSize: lineSize, lineBox: lineBox), let value = Int(digits) {
                text += span.text.prefix { $0.isWhitespace }
                pieces += [.text(text), .raised(value)]
                text = String(span.text.reversed().prefix { $0.isWhitespace })
            } else {
                text += span.text
            }
        }
        return pieces + [.text(text)]
    }

    /// The span's digits when it is a run of one to three digits set smaller than the line and
    /// raised above its baseline.
    private static func raisedDigits(_ span: Span, lineSize: Double, lineBox: Box) -> String? {
        guard let size = span.fontSize, size < lineSize * 0.8,
            let box = span.box, box.y + box.height < lineBox.y + lineBox.height - lineSize * 0.12
        else { return nil }
        let digits = span.text.trimmingWhitespace()
        guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return digits
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
