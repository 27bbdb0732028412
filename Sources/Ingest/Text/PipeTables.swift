import DocumentModel
import Foundation

/// Markdown pipe tables: "| STT | Đơn vị | Số đơn |" rows, the delimiter row "|---|:--:|" under
/// the header rows, or, without one, `AlignedColumns.minimumRows` lines or more that all
/// start with a pipe. "\|" is a pipe inside a cell; a row with fewer cells is padded.
enum PipeTables {
    static func tables(in lines: [String]) -> [TextGrid] {
        var out: [TextGrid] = []
        var start: Int?
        for index in 0...lines.count {
            if index < lines.count, lines[index].contains("|") {
                if start == nil { start = index }
                continue
            }
            if let first = start, let grid = grid(of: lines, first..<index) { out.append(grid) }
            start = nil
        }
        return out
    }

    private static func grid(of lines: [String], _ range: Range<Int>) -> TextGrid? {
        let rows = range.map { cells(of: lines[$0]) }
        let delimiter = rows.firstIndex { row in row.allSatisfy(isDelimiter) }
        var header = 0
        if let delimiter, delimiter > 0 {
            header = delimiter
        } else {
            // Without a delimiter row only lines that open with a pipe make a table.
            guard range.count >= AlignedColumns.minimumRows,
                range.allSatisfy({ lines[$0].drop { $0 == " " }.first == "|" }), rows.allSatisfy({ $0.count >= 2 })
            else { return nil }
        }
        let kept = rows.filter { row in !row.allSatisfy(isDelimiter) }
        let width = kept.map(\.count).max() ?? 0
        guard width >= 2, kept.count > header else { return nil }
        return TextGrid(
            lines: range, rows: kept.map { $0 + Array(repeating: "", count: width - $0.count) }, markedHeaderRows: header,
            columnEdges: TextGrid.delimitedEdges(width))
    }

    /// The cells between the row's pipes, the outer pipes optional, "\|" read as a pipe.
    static func cells(of line: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var escaped = false
        for character in line {
            if escaped {
                if character != "|" { cell.append("\\") }
                cell.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(cell)
                cell = ""
            } else {
                cell.append(character)
            }
        }
        if escaped { cell.append("\\") }
        cells.append(cell)
        let trimmed = cells.map(cleaned)
        var inner = ArraySlice(trimmed)
        if line.drop(while: { $0 == " " }).first == "|" { inner = inner.dropFirst() }
        if let last = inner.last, last.isEmpty, line.last(where: { $0 != " " }) == "|" { inner = inner.dropLast() }
        return Array(inner)
    }

    /// "---", ":--", "-:", ":-:": a delimiter row's cell.
    private static func isDelimiter(_ cell: String) -> Bool {
        var core = Substring(cell)
        if core.first == ":" { core = core.dropFirst() }
        if core.last == ":" { core = core.dropLast() }
        return !core.isEmpty && core.allSatisfy { $0 == "-" }
    }

    /// A cell's text without its surrounding spaces and the emphasis around all of it.
    private static func cleaned(_ cell: String) -> String {
        var text = cell.trimmingCharacters(in: .whitespaces)
        for mark in ["**", "__"] where text.count > 4 && text.hasPrefix(mark) && text.hasSuffix(mark) {
            text = String(text.dropFirst(2).dropLast(2)).trimmingCharacters(in: .whitespaces)
        }
        return text
    }
}
