import DocumentModel
import Foundation

/// The review page (`--format html`): one self-contained file per input that shows every
/// page with its figures drawn where they were printed, beside the table of figures, so a
/// reviewer checks each row against the paper. A text input, which has no page picture,
/// shows its text with the figures marked.
package enum ReviewPage {
    /// Below this a figure is listed as low confidence: `FigureConfidence` puts there guessed
    /// verbs and figures nearly alone in their document, of which about one in four was wrong
    /// on the held-out half of Benchmarks/figures (round four).
    static let lowConfidence = 0.7

    /// The page. `image` renders page `n` as a JPEG when it is asked for, one page at a time,
    /// so a long document never holds more than one page's bitmap.
    package static func data(of document: Document, pages: [Page], image: (Int) -> Data?) -> Data {
        var html = Data()
        func write(_ text: String) { html.append(contentsOf: text.utf8) }
        let measures = presentMeasures(document.figures)
        let title = (document.source.path as NSString).lastPathComponent
        write("""
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escaped(title)) — baocao</title>
            <style>\(ReviewStyle.css)</style></head>
            <body><header><h1>\(HTMLText.escaped(title))</h1>
            <span class="meta">\(pages.count) trang · <span id="shown">\(document.figures.count)</span>/\(document.figures.count) số liệu</span>
            <label>Chỉ tiêu <select id="measure"><option value="*">tất cả</option>
            """)
        for (measure, _) in measures {
            let count = document.figures.filter { $0.measure == measure }.count
            write("<option value=\"\(HTMLText.escaped(measure.rawValue))\">\(HTMLText.escaped(name(of: measure))) (\(count))</option>")
        }
        write("""
            </select></label>
            <label><input type="checkbox" id="low"> độ tin cậy &lt; \(lowConfidence)</label>
            </header><main><section id="pages" aria-label="Trang">
            """)
        let colours = Dictionary(uniqueKeysWithValues: measures)
        // A figure looked for on its page and the next is marked once.
        var marked: Set<Int> = []
        for page in pages {
            let placed = document.figures.enumerated().filter { $0.element.box?.page == page.number }
            write("<div class=\"page\" id=\"p\(page.number)\"><h2>Trang \(page.number)</h2>")
            if page.width > 0, page.height > 0, let jpeg = image(page.number) {
                write("<div class=\"sheet\" style=\"aspect-ratio:\(points(page.width))/\(points(page.height))\">")
                write("<img alt=\"Trang \(page.number)\" src=\"data:image/jpeg;base64,")
                html.append(jpeg.base64EncodedData())
                write("\">")
                for (index, figure) in placed {
                    guard let box = figure.box?.box else { continue }
                    write(
                        "<button class=\"box\" id=\"b\(index)\" data-fig=\"\(index)\" title=\"\(HTMLText.escaped(label(of: figure)))\""
                            + " style=\"--c:\(colours[figure.measure] ?? grey);left:\(percent(box.x, of: page.width));"
                            + "top:\(percent(box.y, of: page.height));width:\(percent(box.width, of: page.width));"
                            + "height:\(percent(box.height, of: page.height))\"></button>")
                }
                write("</div>")
            } else {
                write(markedText(of: page, document: document, colours: colours, marked: &marked))
            }
            write(restoredLines(of: page))
            write("</div>")
        }
        write("""
            </section><section id="table" aria-label="Số liệu"><table id="figures"><thead><tr>
            <th>Tr.</th><th>Chỉ tiêu</th><th>Nguyên văn</th><th>Giá trị</th><th>Đơn vị</th><th>Loại</th><th>Phạm vi</th><th>Tin cậy</th><th>Mục</th>
            </tr></thead><tbody>
            """)
        for (index, figure) in document.figures.enumerated() {
            write(row(figure, index: index, colour: colours[figure.measure] ?? grey))
        }
        write("</tbody></table></section></main><script>\(ReviewScript.javascript)</script></body></html>\n")
        return html
    }

    private static let grey = "hsl(210 8% 45%)"

    /// The measures the figures carry, each with its colour: hues a golden angle apart, in the
    /// order the measures are declared, so a measure keeps its colour from one report to the next.
    static func presentMeasures(_ figures: [Figure]) -> [(PetitionMeasure, String)] {
        let present = Set(figures.map(\.measure))
        return PetitionMeasure.allCases.enumerated().compactMap { index, measure in
            guard present.contains(measure) else { return nil }
            if measure == .unspecified { return (measure, grey) }
            let hue = (Double(index) * 137.508).truncatingRemainder(dividingBy: 360)
            return (measure, "hsl(\(Int(hue)) 75% 40%)")
        }
    }

    static func name(of measure: PetitionMeasure) -> String {
        measure == .unspecified ? "(khác)" : measure.rawValue
    }

    static func label(of figure: Figure) -> String {
        "\(name(of: figure.measure)): \(figure.raw)"
    }

    private static func points(_ value: Double) -> String { String(format: "%.2f", value) }

    private static func percent(_ value: Double, of whole: Double) -> String {
        String(format: "%.3f%%", value / whole * 100)
    }

    private static func row(_ figure: Figure, index: Int, colour: String) -> String {
        let low = figure.confidence < lowConfidence
        var value = number(figure.value)
        if let denominator = figure.denominator { value += "/" + number(denominator) }
        let cells = [
            "<td class=\"num\">\(figure.page)</td>",
            "<td><span class=\"swatch\"></span>\(HTMLText.escaped(name(of: figure.measure)))</td>",
            "<td>\(HTMLText.escaped(figure.raw))</td>",
            "<td class=\"num\">\(value)</td>",
            "<td>\(HTMLText.escaped(figure.unit))</td>",
            "<td>\(HTMLText.escaped(figure.type.rawValue))</td>",
            "<td>\(HTMLText.escaped(figure.scope))</td>",
            "<td class=\"num\(low ? " low" : "")\">\(figure.confidence)</td>",
            "<td>\(HTMLText.escaped(figure.section))</td>",
        ]
        let page = figure.box?.page ?? figure.page
        return "<tr id=\"r\(index)\" tabindex=\"0\" data-fig=\"\(index)\" data-page=\"\(page)\" data-measure=\""
            + "\(HTMLText.escaped(figure.measure.rawValue))\" data-low=\"\(low ? 1 : 0)\" style=\"--c:\(colour)\">"
            + cells.joined() + "</tr>\n"
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// A page without a picture: its lines, each figure of the page marked where its `raw` is
    /// found, in the figures' order.
    private static func markedText(
        of page: Page, document: Document, colours: [PetitionMeasure: String], marked done: inout Set<Int>
    ) -> String {
        let text = page.lines.map(\.text).joined(separator: "\n")
        var marks: [(range: Range<String.Index>, index: Int, figure: Figure)] = []
        var cursor = text.startIndex
        // A figure's page is its paragraph's first: one carried over a page break is on the next.
        for (index, figure) in document.figures.enumerated()
        where (figure.page == page.number || figure.page == page.number - 1) && figure.box == nil {
            guard !done.contains(index) else { continue }
            // After the last mark first; a footnote's figures, read after the paragraph citing
            // it, stand below the paragraphs read after them: then the first place not yet marked.
            let marked = marks.map(\.range)
            guard let found = unmarked(figure.raw, in: text, from: cursor, marked: marked)
                ?? unmarked(figure.raw, in: text, from: text.startIndex, marked: marked)
            else { continue }
            marks.append((found, index, figure))
            done.insert(index)
            if found.upperBound > cursor { cursor = found.upperBound }
        }
        marks.sort { $0.range.lowerBound < $1.range.lowerBound }
        var out = "<div class=\"text\">"
        var position = text.startIndex
        for mark in marks {
            out += HTMLText.escaped(String(text[position..<mark.range.lowerBound]))
            out += "<mark class=\"box\" tabindex=\"0\" id=\"b\(mark.index)\" data-fig=\"\(mark.index)\" title=\""
                + "\(HTMLText.escaped(label(of: mark.figure)))\" style=\"--c:\(colours[mark.figure.measure] ?? grey)\">"
                + HTMLText.escaped(String(text[mark.range])) + "</mark>"
            position = mark.range.upperBound
        }
        return out + HTMLText.escaped(String(text[position...])) + "</div>"
    }

    /// The first place from `start` on where `raw` is written and no other figure is marked.
    private static func unmarked(
        _ raw: String, in text: String, from start: String.Index, marked: [Range<String.Index>]
    ) -> Range<String.Index>? {
        var from = start
        while let found = range(of: raw, in: text, from: from) {
            guard marked.contains(where: { $0.overlaps(found) }) else { return found }
            guard found.upperBound > from else { return nil }
            from = found.upperBound
        }
        return nil
    }

    /// Where `raw` is written in `text` from `start` on, a space of it matching any run of
    /// spaces and line breaks (the paragraph's text joined the lines a figure was wrapped over).
    private static func range(of raw: String, in text: String, from start: String.Index) -> Range<String.Index>? {
        let words = raw.split(whereSeparator: \.isWhitespace).map { NSRegularExpression.escapedPattern(for: String($0)) }
        // Not inside a longer word or number: "5" is not the 5 of "518" nor of "3.5". A call's
        // number may follow a word ("đơn22"), not a number.
        let after = raw.last?.isNumber == true ? #"(?![\p{L}\p{N}]|[.,]\p{N})"# : #"(?!\p{L}|[.,]\p{N})"#
        let before = #"(?<![\p{L}\p{N}]|\p{N}[.,])"#
        guard !words.isEmpty,
            let pattern = try? NSRegularExpression(pattern: before + words.joined(separator: #"\s+"#) + after)
        else { return nil }
        let match = pattern.firstMatch(in: text, range: NSRange(start..<text.endIndex, in: text))
        return match.flatMap { Range($0.range, in: text) }
    }

    /// The lines restoration changed, as read and as restored, side by side.
    private static func restoredLines(of page: Page) -> String {
        let changed = page.lines.compactMap { line in line.beforeRestoration.map { ($0, line.text) } }
        guard !changed.isEmpty else { return "" }
        var out = "<details class=\"restored\"><summary>\(changed.count) dòng được khôi phục dấu</summary><table>"
        for (before, after) in changed {
            out += "<tr><td>\(HTMLText.escaped(before))</td><td>\(HTMLText.escaped(after))</td></tr>"
        }
        return out + "</table></details>"
    }
}
