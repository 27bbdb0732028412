import Foundation
import DocumentModel

/// Puts the tables found on a page into its lines: the text inside a table leaves the lines it
/// was read in, and the table's row lines take the place of the first of them.
enum TableSplicer {
    /// `separator` is what stands between a line's spans in its text: nothing for a text layer
    /// (font runs carry their spaces), a space for OCR words.
    static func splice(_ lines: [Line], _ contents: [GridContent], separator: String) -> (lines: [Line], tables: [PageTable]) {
        let tables = contents.filter { $0.filledCells >= 2 }
        guard !tables.isEmpty else { return (lines, []) }
        var out: [Line] = []
        var placed = [Bool](repeating: false, count: tables.count)
        var pageTables: [PageTable] = []
        for line in lines {
            var kept: [Span] = []
            var touched: Int?
            for span in line.spans {
                if let box = span.box, let table = tables.firstIndex(where: { $0.grid.box.contains(center: box) }) {
                    touched = touched ?? table
                } else {
                    kept.append(span)
                }
            }
            if line.spans.isEmpty, let box = line.box, let table = tables.firstIndex(where: { $0.grid.box.contains(center: box) }) {
                touched = table
            }
            if let table = touched, !placed[table] {
                placed[table] = true
                let rows = tables[table].rowLines()
                pageTables.append(tables[table].pageTable(lines: out.count..<(out.count + rows.count)))
                out += rows
            }
            guard touched != nil else {
                out.append(line)
                continue
            }
            if !kept.isEmpty { out.append(rebuilt(line, spans: kept, separator: separator)) }
        }
        return captionsFirst(out, pageTables)
    }

    /// A line printed above a table but read after it (a unit line set flush right, "Đơn vị
    /// tính: đơn") is moved before the table's rows, where the page shows it.
    private static func captionsFirst(_ lines: [Line], _ tables: [PageTable]) -> (lines: [Line], tables: [PageTable]) {
        var lines = lines, tables = tables
        for index in tables.indices {
            var rows = tables[index].lines
            while rows.upperBound < lines.count, let box = lines[rows.upperBound].box, box.maxY <= tables[index].box.y + 1 {
                let line = lines.remove(at: rows.upperBound)
                lines.insert(line, at: rows.lowerBound)
                rows = (rows.lowerBound + 1)..<(rows.upperBound + 1)
            }
            tables[index].lines = rows
        }
        return (lines, tables)
    }

    /// Puts tables read apart from the page's text (OCR of the cells) among its lines: each
    /// table's rows before the first line that stands lower on the page.
    static func insert(_ contents: [GridContent], into lines: [Line]) -> (lines: [Line], tables: [PageTable]) {
        var out = lines
        var tables: [PageTable] = []
        for content in contents.filter({ $0.filledCells >= 2 }).sorted(by: { $0.grid.box.y < $1.grid.box.y }) {
            let top = content.grid.box.y
            let at = out.firstIndex { line in line.box.map { $0.y + $0.height / 2 > top } ?? false } ?? out.count
            let rows = content.rowLines()
            for index in tables.indices where tables[index].lines.lowerBound >= at {
                tables[index].lines = (tables[index].lines.lowerBound + rows.count)..<(tables[index].lines.upperBound + rows.count)
            }
            out.insert(contentsOf: rows, at: at)
            tables.append(content.pageTable(lines: at..<(at + rows.count)))
        }
        return (out, tables.sorted { $0.lines.lowerBound < $1.lines.lowerBound })
    }

    /// The line with only the spans left outside the tables.
    private static func rebuilt(_ line: Line, spans: [Span], separator: String) -> Line {
        var line = line
        line.spans = spans
        line.text = spans.map(\.text).joined(separator: separator).trimmingCharacters(in: .whitespaces)
        line.box = spans.compactMap(\.box).reduce(nil as Box?) { $0?.union($1) ?? $1 }
        return line
    }
}
