import DocumentModel

/// One page table's grid flattened: every slot holds the text of the cell covering it.
struct FlatGrid: Sendable {
    var rows: [[String]]
    var spans: [CellSpan]
    /// For each row, whether every cell starting in it that holds text is bold.
    var boldRows: [Bool]
    /// Cells starting in each row: (column, span), for the header's merged cells.
    var cells: [TableCell]
    /// Where each slot's cell stands on page `page`.
    var boxes: [[PageBox?]]

    init(_ table: PageTable, page: Int) {
        var rows = [[String]](repeating: [String](repeating: "", count: table.columnCount), count: table.rowCount)
        var boxes = [[PageBox?]](repeating: [PageBox?](repeating: nil, count: table.columnCount), count: table.rowCount)
        var spans: [CellSpan] = []
        var bold = [Bool](repeating: true, count: table.rowCount)
        var anyText = [Bool](repeating: false, count: table.rowCount)
        var cells: [TableCell] = []
        for cell in table.cells {
            guard cell.row >= 0, cell.column >= 0, cell.row + cell.rowSpan <= table.rowCount,
                cell.column + cell.columnSpan <= table.columnCount
            else { continue }
            cells.append(cell)
            for row in cell.row..<(cell.row + cell.rowSpan) {
                for column in cell.column..<(cell.column + cell.columnSpan) {
                    rows[row][column] = cell.text
                    // A plain text table's boxes count characters: no place on a page to show.
                    boxes[row][column] = table.plainText == true ? nil : PageBox(page: page, box: cell.box)
                }
            }
            if cell.rowSpan > 1 || cell.columnSpan > 1 {
                spans.append(CellSpan(row: cell.row, column: cell.column, rowSpan: cell.rowSpan, columnSpan: cell.columnSpan))
            }
            if !cell.text.isEmpty {
                anyText[cell.row] = true
                if !cell.bold { bold[cell.row] = false }
            }
        }
        self.rows = rows
        self.boxes = boxes
        self.spans = spans.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
        boldRows = zip(bold, anyText).map { $0 && $1 }
        self.cells = cells
    }

    /// Two rows read alike: a header repeated on the next page, which OCR may read a letter
    /// or a mark differently the second time ("thẩm", "thấm").
    static func sameRow(_ a: [String], _ b: [String]) -> Bool {
        guard a.count == b.count else { return false }
        let left = a.joined().folded, right = b.joined().folded
        return EditDistance.between(left, right) * 10 <= max(left.count, right.count)
    }
}
