import DocumentModel
import VietnameseText

/// Turns poppler's page text, per-character boxes and font runs into `Line`s with spans.
///
/// poppler gives the text in reading order with one layout rectangle per Unicode scalar
/// and font attributes over scalar ranges; lines are the text's own line breaks.
struct TextLayerReader {
    let text: String
    let boxes: [PDFRect]
    let runs: [PDFFontRun]

    func lines() -> [Line] {
        let scalars = Array(text.unicodeScalars)
        let fontAt = fontIndex(count: scalars.count)
        // One style per font run, not one per span: the name tests are string searches.
        var styleOfName: [String: FontStyle] = [:]
        let styles = runs.map { run in
            if let style = styleOfName[run.fontName] { return style }
            let style = FontStyle(fontName: run.fontName)
            styleOfName[run.fontName] = style
            return style
        }
        var lines: [Line] = []
        var start = 0
        for (i, scalar) in scalars.enumerated() where scalar == "\n" {
            if let line = makeLine(scalars, start..<i, fontAt, styles) { lines.append(line) }
            start = i + 1
        }
        if start < scalars.count, let line = makeLine(scalars, start..<scalars.count, fontAt, styles) {
            lines.append(line)
        }
        return lines
    }

    /// Text set invisibly is left out of the line, as a reader of the paper never sees it.
    private func isVisible(_ font: Int) -> Bool {
        !(runs.indices.contains(font) && runs[font].invisible)
    }

    /// For each scalar, the index of its font run (or -1).
    private func fontIndex(count: Int) -> [Int] {
        var index = [Int](repeating: -1, count: count)
        for (r, run) in runs.enumerated() {
            let lower = max(0, run.start), upper = min(count - 1, run.end)
            guard lower <= upper else { continue }
            for i in lower...upper { index[i] = r }
        }
        return index
    }

    private func makeLine(
        _ scalars: [Unicode.Scalar], _ range: Range<Int>, _ fontAt: [Int], _ styles: [FontStyle]
    ) -> Line? {
        guard range.contains(where: { isVisible(fontAt[$0]) && !ScalarClass.isWhitespace(scalars[$0]) }) else {
            return nil
        }
        var spans: [Span] = []
        var letters: [Int] = []
        var spanStart = range.lowerBound
        for i in range where i == range.upperBound - 1 || fontAt[i + 1] != fontAt[i] {
            defer { spanStart = i + 1 }
            guard isVisible(fontAt[i]) else { continue }
            var (span, count) = makeSpan(scalars, spanStart..<(i + 1), lineStart: range.lowerBound, font: fontAt[i], styles)
            if LookalikeLetters.mayApply(to: span.text) { span.text = LookalikeLetters.folded(span.text) }
            spans.append(span)
            letters.append(count)
        }
        let text = spans.map(\.text).joined()
        let box = spans.compactMap(\.box).reduce(nil as Box?) { $0?.union($1) ?? $1 }
        return Line(
            text: text, box: box, fontSize: dominantSize(spans, letters), bold: majority(spans, letters, \.bold),
            italic: majority(spans, letters, \.italic), spans: spans)
    }

    /// Table cells and columns on one line come from poppler with nothing between them
    /// ("ĐẦU TƯCỘNG"); where two letters stand apart by more than a word space, or the
    /// text jumps back to the left, a space goes between them as `pdftotext` puts one.
    private func hasGapBefore(_ i: Int, _ scalars: [Unicode.Scalar], lineStart: Int) -> Bool {
        guard i > lineStart, i < boxes.count else { return false }
        let previous = scalars[i - 1], current = scalars[i]
        guard !ScalarClass.isWhitespace(previous), !ScalarClass.isWhitespace(current) else { return false }
        let a = boxes[i - 1], b = boxes[i]
        let height = max(a.y2 - a.y1, b.y2 - b.y1, 1)
        return b.x1 - a.x2 > 0.4 * height || b.x2 < a.x1 - 0.5 * height
    }

    /// The span over `range` and the number of letters in it (which weighs the line's size and style).
    private func makeSpan(
        _ scalars: [Unicode.Scalar], _ range: Range<Int>, lineStart: Int, font: Int, _ styles: [FontStyle]
    ) -> (Span, letters: Int) {
        var box: Box?
        var view = String.UnicodeScalarView()
        var letters = 0
        // Where each scalar starts: a figure of the line is put on the page from these.
        var edges: [Double] = []
        for i in range {
            let scalar = scalars[i]
            if hasGapBefore(i, scalars, lineStart: lineStart) {
                view.append(" ")
                edges += [boxes[i - 1].x2, boxes[i].x1]
            }
            view.append(scalar)
            let last = edges.last ?? 0
            edges += i < boxes.count ? [boxes[i].x1, boxes[i].x2] : [last, last]
            if ScalarClass.isLetter(scalar) { letters += 1 }
            guard i < boxes.count, !ScalarClass.isWhitespace(scalar) else { continue }
            let r = boxes[i]
            let charBox = Box(x: r.x1, y: r.y1, width: r.x2 - r.x1, height: r.y2 - r.y1)
            box = box?.union(charBox) ?? charBox
        }
        let run = runs.indices.contains(font) ? runs[font] : nil
        let style = styles.indices.contains(font) ? styles[font] : FontStyle(fontName: "")
        let span = Span(
            text: String(view), box: box, fontSize: run?.fontSize,
            fontName: run?.fontName, bold: style.bold, italic: style.italic, edges: edges)
        return (span, letters)
    }

    /// The font size carrying the most letters of the line.
    private func dominantSize(_ spans: [Span], _ letters: [Int]) -> Double? {
        var weight: [Double: Int] = [:]
        for (span, count) in zip(spans, letters) {
            guard let size = span.fontSize else { continue }
            weight[(size * 10).rounded() / 10, default: 0] += count
        }
        return weight.max { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }?.key
    }

    private func majority(_ spans: [Span], _ letters: [Int], _ flag: KeyPath<Span, Bool>) -> Bool {
        var yes = 0, all = 0
        for (span, count) in zip(spans, letters) {
            all += count
            if span[keyPath: flag] { yes += count }
        }
        return all > 0 && yes * 2 > all
    }
}
