import DocumentModel

/// Turns pages into `WorkLine`s: converter markup removed from plain text, small raised
/// digits of a text layer written as `<sup>N</sup>`, OCR specks and noise lines dropped.
/// The words are already normalised (`NormalizeStage`); this is layout only.
enum LineAssembler {
    static func lines(of page: Page) -> [WorkLine] {
        var out: [WorkLine] = []
        var blankBefore = false
        var ruleBefore = false
        for line in page.lines {
            // Converter markup only exists in plain text; a text layer's asterisks are text.
            var markup = line.box == nil ? InlineMarkup(line.text) : InlineMarkup(verbatim: textMarkingSuperscripts(line))
            if page.source == .ocr { markup.text = strippingLeadingSpecks(markup.text) }
            let text = markup.text
            if isBlank(text) || (page.source == .ocr && isNoise(text, confidence: line.confidence)) {
                blankBefore = true
                if let box = line.box, box.height < 3, box.width > 40 { ruleBefore = true }
                continue
            }
            out.append(
                WorkLine(
                    text: text, page: page.number, box: line.box, size: line.fontSize,
                    bold: line.bold || markup.wholeBold, italic: line.italic, blankBefore: blankBefore,
                    markedHeading: markup.markdownHeading || markup.wholeBold, ocr: page.source == .ocr,
                    raisedStart: page.source == .ocr && startsRaised(line), ruleBefore: ruleBefore))
            blankBefore = false
            ruleBefore = false
        }
        return out
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

    /// The line's text with every digit run set smaller and raised above the line's
    /// baseline written as `<sup>N</sup>`, the way converters write footnote calls.
    static func textMarkingSuperscripts(_ line: Line) -> String {
        // Only font runs that make up the line's text exactly (a text layer) are rebuilt;
        // OCR words are joined by spaces the spans do not carry.
        guard let lineSize = line.fontSize, let lineBox = line.box else { return line.text }
        let joined = line.spans.map(\.text).joined()
        guard joined == line.text else { return line.text }
        // Most lines have none: their text is the spans' text as it is.
        guard line.spans.contains(where: { raisedDigits($0, lineSize: lineSize, lineBox: lineBox) != nil }) else { return joined }
        var out = ""
        for span in line.spans {
            if let digits = raisedDigits(span, lineSize: lineSize, lineBox: lineBox) {
                let leading = span.text.prefix { $0.isWhitespace }
                let trailing = span.text.reversed().prefix { $0.isWhitespace }
                out += leading + "<sup>\(digits)</sup>" + String(trailing)
            } else {
                out += span.text
            }
        }
        return out
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
