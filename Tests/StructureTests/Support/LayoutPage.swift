import DocumentModel

/// A page laid out like the A4 reports: body in 14 pt between x 85 and 538, first lines
/// indented to 113, footnotes in 10 pt at the bottom.
struct LayoutPage {
    let number: Int
    var source: PageSource = .text
    private(set) var lines: [Line] = []
    private var y = 60.0

    init(number: Int, source: PageSource = .text) {
        self.number = number
        self.source = source
    }

    /// One body line; `full` lines run to the right margin, `indent` ones start a paragraph.
    mutating func body(_ text: String, indent: Bool = false, full: Bool = true, bold: Bool = false, size: Double = 14) {
        let x = indent ? 113.5 : 85.2
        let width = full ? 538.5 - x : min(Double(text.count) * size * 0.45, 400)
        let box = Box(x: x, y: y, width: width, height: size * 1.3)
        let span = Span(text: text, box: box, fontSize: size, fontName: bold ? "LiberationSerif-Bold" : "LiberationSerif", bold: bold)
        lines.append(Line(text: text, box: box, fontSize: size, bold: bold, spans: [span]))
        y += size * 1.3
    }

    /// A body line whose spans are given, for raised footnote calls: `(text, raised)`.
    mutating func spans(_ parts: [(String, Bool)], indent: Bool = false) {
        var x = indent ? 113.5 : 85.2
        let top = y
        var spans: [Span] = []
        for (text, raised) in parts {
            let size = raised ? 8.1 : 14
            let width = Double(text.count) * size * 0.45
            let box = Box(x: x, y: top, width: width, height: raised ? 10.5 : 18.2)
            spans.append(Span(text: text, box: box, fontSize: size, fontName: "LiberationSerif"))
            x += width
        }
        let text = parts.map(\.0).joined()
        let box = Box(x: indent ? 113.5 : 85.2, y: top, width: 538.5 - (indent ? 113.5 : 85.2), height: 18.2)
        lines.append(Line(text: text, box: box, fontSize: 14, spans: spans))
        y += 18.2
    }

    /// A footnote line in 10 pt, placed at the bottom of the page.
    mutating func footnote(_ text: String, full: Bool = true) {
        if y < 700 { y = 700 }
        body(text, full: full, size: 10)
    }

    mutating func pageNumber() {
        let box = Box(x: 295, y: 42, width: 6, height: 14)
        lines.append(Line(text: "\(number)", box: box, fontSize: 12, spans: [Span(text: "\(number)", box: box, fontSize: 12)]))
    }

    var page: Page { Page(number: number, width: 595.3, height: 841.9, source: source, lines: lines) }
}
