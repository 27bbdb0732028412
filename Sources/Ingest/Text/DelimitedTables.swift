import DocumentModel
import Foundation

/// Tab- and semicolon-separated blocks, a spreadsheet's rows pasted into a report: lines of
/// `AlignedColumns.minimumColumns` cells or more, `AlignedColumns.minimumRows` of them at least,
/// with a column of numbers (the rule `AlignedColumns` reads statistical tables by). Semicolons
/// also need every line to split into as many cells, and a sentence with semicolons has no
/// column of numbers. A blank line inside a tab-separated block (a converter's) is passed over.
enum DelimitedTables {
    static func tables(in lines: [String]) -> [TextGrid] {
        let tabbed = tables(in: lines, separator: "\t")
        var rest = lines
        for table in tabbed {
            for index in table.lines { rest[index] = "" }
        }
        return tabbed + tables(in: rest, separator: ";")
    }

    private static func tables(in lines: [String], separator: Character) -> [TextGrid] {
        var out: [TextGrid] = []
        var run: [(line: Int, cells: [String])] = []
        func close() {
            defer { run.removeAll() }
            guard let first = run.first?.line, let last = run.last?.line, let grid = grid(of: run.map(\.cells)) else { return }
            out.append(TextGrid(lines: first..<(last + 1), rows: grid, columnEdges: TextGrid.delimitedEdges(grid[0].count)))
        }
        for (index, line) in lines.enumerated() {
            guard line.contains(separator) else {
                // A tab-separated block goes on over one blank line.
                let bridged = separator == "\t" && !run.isEmpty && TextTableFinder.isBlank(line)
                    && run.last?.line == index - 1 && lines.indices.contains(index + 1) && lines[index + 1].contains(separator)
                if !bridged { close() }
                continue
            }
            var cells = line.split(separator: separator, omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            // "a; b; c;": the separator ending a line closes its last cell.
            if separator == ";", cells.last?.isEmpty == true { cells.removeLast() }
            if separator == ";", let count = run.last?.cells.count, count != cells.count { close() }
            run.append((index, cells))
        }
        close()
        return out
    }

    /// The rows padded to one width, nil unless they make a statistical table.
    private static func grid(of rows: [[String]]) -> [[String]]? {
        let wide = rows.filter { $0.filter { !$0.isEmpty }.count >= AlignedColumns.minimumColumns }
        let width = rows.map(\.count).max() ?? 0
        guard wide.count >= AlignedColumns.minimumRows, width >= AlignedColumns.minimumColumns else { return nil }
        let numbered = (0..<width).contains { column in
            let filled = rows.compactMap { column < $0.count && !$0[column].isEmpty ? $0[column] : nil }
            return AlignedColumns.holdsNumbers(numbers: filled.filter(AlignedColumns.isNumber).count, filled: filled.count)
        }
        guard numbered else { return nil }
        return rows.map { $0 + Array(repeating: "", count: width - $0.count) }
    }
}
