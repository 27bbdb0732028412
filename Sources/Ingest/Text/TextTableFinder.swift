import DocumentModel

/// Tables in the lines of a plain text page, as converters and people leave them: Markdown
/// pipe tables, tab- or semicolon-separated blocks, and columns aligned with spaces
/// (`pdftotext -layout`). Each kind is looked for among the lines no earlier kind took.
enum TextTableFinder {
    static func tables(in lines: [String]) -> [TextGrid] {
        var found = PipeTables.tables(in: lines)
        found += DelimitedTables.tables(in: free(lines, found))
        found += SpacedColumns.tables(in: free(lines, found))
        return found.sorted { $0.lines.lowerBound < $1.lines.lowerBound }
    }

    /// The page's lines and tables: each table's lines give way to its row lines.
    static func splice(_ texts: [String]) -> (lines: [Line], tables: [PageTable]) {
        let grids = tables(in: texts)
        guard !grids.isEmpty else { return (texts.map { Line(text: $0) }, []) }
        var lines: [Line] = []
        var tables: [PageTable] = []
        var next = 0
        // Each kind keeps to the lines no earlier kind took, so tables never overlap; one that
        // did would be left to the text.
        for grid in grids where grid.lines.lowerBound >= next {
            lines += texts[next..<grid.lines.lowerBound].map { Line(text: $0) }
            let rows = grid.rowLines()
            tables.append(grid.pageTable(at: lines.count..<(lines.count + rows.count)))
            lines += rows
            next = grid.lines.upperBound
        }
        lines += texts[next...].map { Line(text: $0) }
        return (lines, tables)
    }

    /// The lines with those of `tables` blanked: a blank line ends every kind's run.
    private static func free(_ lines: [String], _ tables: [TextGrid]) -> [String] {
        guard !tables.isEmpty else { return lines }
        var lines = lines
        for table in tables {
            for index in table.lines { lines[index] = "" }
        }
        return lines
    }

    static func isBlank(_ line: String) -> Bool {
        line.allSatisfy(\.isWhitespace)
    }
}
