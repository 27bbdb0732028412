import DocumentModel

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
        var lines: [Line] = []
        var start = 0
        for (i, scalar) in scalars.enumerated() where scalar == "\n" {
            if let line = makeLine(scalars, start..<i, fontAt) { lines.append(line) }
            start = i + 1
        }
        if start < scalars.count, let line = makeLine(scalars, start..<scalars.count, fontAt) {
            lines.append(line)
        }
        return lines
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

    private func makeLine(_ scalars: [Unicode.Scalar], _ range: Range<Int>, _ fontAt: [Int]) -> Line? {
        guard range.contains(where: { !scalars[$0].properties.isWhitespace }) else { return nil }
        let gaps = Set(range.filter { hasGapBefore($0, scalars, lineStart: range.lowerBound) })
        var spans: [Span] = []
        var spanStart = range.lowerBound
        for i in range where i == range.upperBound - 1 || fontAt[i + 1] != fontAt[i] {
            spans.append(makeSpan(scalars, spanStart..<(i + 1), font: fontAt[i], gaps: gaps))
            spanStart = i + 1
        }
        let text = spans.map(\.text).joined()
        let box = spans.compactMap(\.box).reduce(nil as Box?) { $0?.union($1) ?? $1 }
        return Line(
            text: text, box: box, fontSize: dominantSize(spans), bold: majority(spans, \.bold),
            italic: majority(spans, \.italic), spans: spans)
    }

    /// Table cells and columns on one line come from poppler with nothing between them
    /// ("ĐẦU TƯCỘNG"); where two letters stand apart by more than a word space, or the
    /// text jumps back to the left, a space goes between them as `pdftotext` puts one.
    private func hasGapBefore(_ i: Int, _ scalars: [Unicode.Scalar], lineStart: Int) -> Bool {
        guard i > lineStart, i < boxes.count else { return false }
        let previous = scalars[i - 1], current = scalars[i]
        guard !previous.properties.isWhitespace, !current.properties.isWhitespace else { return false }
        let a = boxes[i - 1], b = boxes[i]
        let height = max(a.y2 - a.y1, b.y2 - b.y1, 1)
        return b.x1 - a.x2 > 0.4 * height || b.x2 < a.x1 - 0.5 * height
    }

    private func makeSpan(_ scalars: [Unicode.Scalar], _ range: Range<Int>, font: Int, gaps: Set<Int>) -> Span {
        var box: Box?
        for i in range where i < boxes.count && !scalars[i].properties.isWhitespace {
            let r = boxes[i]
            let charBox = Box(x: r.x1, y: r.y1, width: r.x2 - r.x1, height: r.y2 - r.y1)
            box = box?.union(charBox) ?? charBox
        }
        let run = runs.indices.contains(font) ? runs[font] : nil
        let style = FontStyle(fontName: run?.fontName ?? "")
        return Span(
            text: spacedText(scalars, range, gaps), box: box, fontSize: run?.fontSize,
            fontName: run?.fontName, bold: style.bold, italic: style.italic)
    }

    private func spacedText(_ scalars: [Unicode.Scalar], _ range: Range<Int>, _ gaps: Set<Int>) -> String {
        var view = String.UnicodeScalarView()
        for i in range {
            if gaps.contains(i) { view.append(" ") }
            view.append(scalars[i])
        }
        return String(view)
    }

    /// The font size carrying the most letters of the line.
    private func dominantSize(_ spans: [Span]) -> Double? {
        var weight: [Double: Int] = [:]
        for span in spans {
            guard let size = span.fontSize else { continue }
            weight[(size * 10).rounded() / 10, default: 0] += span.text.unicodeScalars.filter(\.properties.isAlphabetic).count
        }
        return weight.max { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }?.key
    }

    private func majority(_ spans: [Span], _ flag: KeyPath<Span, Bool>) -> Bool {
        var yes = 0, all = 0
        for span in spans {
            let letters = span.text.unicodeScalars.filter(\.properties.isAlphabetic).count
            all += letters
            if span[keyPath: flag] { yes += letters }
        }
        return all > 0 && yes * 2 > all
    }
}

/// Bold and italic as a font's PostScript name tells them ("LiberationSerif-BoldItalic").
struct FontStyle {
    let bold: Bool
    let italic: Bool

    init(fontName: String) {
        let name = fontName.lowercased()
        bold = ["bold", "black", "heavy", "semibold", "demi"].contains { name.contains($0) }
        italic = name.contains("italic") || name.contains("oblique")
    }
}
