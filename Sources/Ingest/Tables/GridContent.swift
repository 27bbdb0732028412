import DocumentModel

/// A grid with the text found in each of its cells.
struct GridContent: Sendable {
    let grid: RuledGrid
    /// One per `grid.cells`.
    var cells: [CellText]
    /// Drawn from ruling lines, or read from aligned text.
    var ruled: Bool
    /// Steps from one character of a cell to the next in the text layer: along the page's
    /// lines, or up or down the page.
    var steps = (across: 0, upright: 0)

    /// Words that run up or down the page: a table turned sideways, whose rows the page's own
    /// lines read better than the grid (its cells would stack a word's letters line by line).
    var isSideways: Bool { steps.upright > steps.across }

    init(grid: RuledGrid, ruled: Bool = true) {
        self.grid = grid
        self.ruled = ruled
        cells = Array(repeating: CellText(), count: grid.cells.count)
    }

    /// Cells with a letter or a digit: a grid of empty boxes (a form to fill in) under a
    /// header is still a table; a grid with one word is a frame around it, and boxes for the
    /// digits of a code hold no more than a dash.
    var filledCells: Int { cells.filter { $0.text.contains { $0.isLetter || $0.isNumber } }.count }

    /// The page table, whose row lines will stand at `lines` of the page.
    func pageTable(lines: Range<Int>) -> PageTable {
        let cells = zip(grid.cells, self.cells).map { cell, content in
            TableCell(
                row: cell.row, column: cell.column, rowSpan: cell.rowSpan, columnSpan: cell.columnSpan, text: content.text,
                box: grid.box(of: cell), bold: content.isBold)
        }
        return PageTable(
            box: grid.box, rowCount: grid.rowCount, columnCount: grid.columnCount, columnEdges: grid.columnEdges,
            cells: cells, lines: lines, ruled: ruled)
    }

    /// One line per grid row, reading the row's cells left to right, tab between them; a merged
    /// cell is read in its first row. Page text keeps the page's reading order this way.
    func rowLines() -> [Line] {
        let texts = cells.map(\.text)
        let sizes = cells.flatMap(\.sizes).sorted()
        let size = sizes.isEmpty ? nil : sizes[sizes.count / 2]
        var rows = [[String]](repeating: [String](repeating: "", count: grid.columnCount), count: grid.rowCount)
        var spans = [[Span]](repeating: [], count: grid.rowCount)
        for (index, cell) in grid.cells.enumerated() {
            rows[cell.row][cell.column] = texts[index]
            guard !texts[index].isEmpty else { continue }
            spans[cell.row].append(
                Span(text: texts[index], box: grid.box(of: cell), fontSize: size, bold: self.cells[index].isBold))
        }
        let box = grid.box
        return (0..<grid.rowCount).map { row in
            let top = grid.rowEdges[row]
            let bold = !spans[row].isEmpty && spans[row].allSatisfy(\.bold)
            return Line(
                text: rows[row].joined(separator: "\t"),
                box: Box(x: box.x, y: top, width: box.width, height: grid.rowEdges[row + 1] - top), fontSize: size,
                bold: bold, spans: spans[row])
        }
    }
}
