import DocumentModel

/// A table found in the lines of a plain text page: its rows, the lines it was read from, and
/// where its columns stand. A text page has no geometry but its characters: a character column
/// is its x position and a line its y, so the table comes out as a PDF page's table does.
struct TextGrid: Sendable, Equatable {
    /// The page lines the table was read from (its caption stays in the text).
    var lines: Range<Int>
    /// Every row with one text per column.
    var rows: [[String]]
    /// Leading rows the text itself marks as the header (a Markdown table's rows above its
    /// delimiter row): set bold, as a PDF sets them, for a table without numbers.
    var markedHeaderRows = 0
    /// Columns whose header words could not be placed without a guess: they name nothing.
    var unnamedColumns: [Int] = []
    /// Where the columns are divided, in characters, outer edges included.
    var columnEdges: [Double]

    var columnCount: Int { columnEdges.count - 1 }

    /// The page table, whose row lines will stand at `at` of the page.
    func pageTable(at placed: Range<Int>) -> PageTable {
        let top = Double(lines.lowerBound)
        var cells: [TableCell] = []
        for (row, texts) in rows.enumerated() {
            for column in 0..<columnCount {
                let left = columnEdges[column]
                cells.append(
                    TableCell(
                        row: row, column: column, text: column < texts.count ? texts[column] : "",
                        box: Box(x: left, y: top + Double(row), width: columnEdges[column + 1] - left, height: 1),
                        bold: row < markedHeaderRows))
            }
        }
        let left = columnEdges.first ?? 0
        return PageTable(
            box: Box(x: left, y: top, width: (columnEdges.last ?? left) - left, height: Double(lines.count)),
            rowCount: rows.count, columnCount: columnCount, columnEdges: columnEdges, cells: cells, lines: placed,
            ruled: false, plainText: true, unnamedColumns: unnamedColumns.isEmpty ? nil : unnamedColumns)
    }

    /// One line per row, cells left to right with a tab between them, as a PDF table's rows read.
    func rowLines() -> [Line] {
        rows.map { Line(text: $0.joined(separator: "\t")) }
    }

    /// Edges for `count` columns one character apart, for a table whose cells are delimited
    /// rather than placed.
    static func delimitedEdges(_ count: Int) -> [Double] {
        (0...count).map(Double.init)
    }
}
