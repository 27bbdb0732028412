import DocumentModel

/// A table put together from the parts it is printed in, one per page: each grid flattened
/// row by row (a merged cell's text in every slot it covers), a part that continues the table
/// on the next page appended without the header rows it repeats.
struct TableParts: Sendable {
    private(set) var rows: [[String]]
    private(set) var spans: [CellSpan]
    private(set) var boxes: [[PageBox?]]
    private(set) var headerRows: Int
    let columnCount: Int
    /// The column edges of the last part, which the next part must line up with.
    private var columnEdges: [Double]
    private var tableWidth: Double
    private(set) var lastPage: Int
    /// Columns a part's header left unnamed.
    private var unnamedColumns: Set<Int>

    init(_ table: PageTable, page: Int) {
        let grid = FlatGrid(table, page: page)
        rows = grid.rows
        boxes = grid.boxes
        spans = grid.spans
        headerRows = HeaderRows.count(in: grid)
        columnCount = table.columnCount
        columnEdges = table.columnEdges
        tableWidth = table.box.width
        lastPage = page
        unnamedColumns = Set(table.unnamedColumns ?? [])
    }

    /// Whether `table`, on the page after this one's last part, is more of this table: the same
    /// columns at the same places (within a scan's drift).
    func isContinued(by table: PageTable, page: Int) -> Bool {
        guard page == lastPage + 1, table.columnCount == columnCount, table.columnEdges.count == columnEdges.count else {
            return false
        }
        let slack = max(3, tableWidth * 0.02)
        return zip(table.columnEdges, columnEdges).allSatisfy { abs($0 - $1) <= slack }
    }

    /// Appends the next part; its leading rows that repeat this table's header rows are left
    /// out, as many as repeat: a header counted a row too long (a first data row whose number
    /// OCR misread as a letter) still loses its repeat.
    mutating func append(_ table: PageTable, page: Int) {
        let grid = FlatGrid(table, page: page)
        var skip = zip(grid.rows, rows.prefix(headerRows)).prefix { FlatGrid.sameRow($0, $1) }.count
        if skip < grid.rows.count, rows.count > headerRows, Self.continuesRow(grid.rows[skip]),
            !grid.spans.contains(where: { $0.row == skip }), let last = rows.indices.last
        {
            rows[last] = zip(rows[last], grid.rows[skip]).map { above, below in
                below.isEmpty ? above : above.isEmpty ? below : above + " " + below
            }
            // The joined cell keeps its box on the page it starts on.
            skip += 1
        }
        let offset = rows.count - skip
        rows += grid.rows.dropFirst(skip)
        boxes += grid.boxes.dropFirst(skip)
        spans += grid.spans.filter { $0.row >= skip }.map {
            CellSpan(row: $0.row + offset, column: $0.column, rowSpan: $0.rowSpan, columnSpan: $0.columnSpan)
        }
        columnEdges = table.columnEdges
        lastPage = page
        unnamedColumns.formUnion(table.unnamedColumns ?? [])
    }

    /// The first row of a part that carries on the last row of the page before (a cell's text
    /// broken by the page): nothing in its first column, where every row of its own starts
    /// with a number or a label, and every text in it going on in lower case mid-sentence.
    static func continuesRow(_ row: [String]) -> Bool {
        guard let first = row.first, first.isEmpty else { return false }
        let filled = row.filter { !$0.isEmpty }
        return !filled.isEmpty && filled.allSatisfy { $0.first?.isLowercase ?? false }
    }

    func table(caption: TableCaption) -> Table {
        var table = Table(
            label: caption.label, title: caption.title, subtitle: caption.subtitle, unit: caption.unit,
            headerRows: headerRows, rows: rows, spans: spans)
        table.cellBoxes = boxes
        table.unnamedColumns = unnamedColumns.isEmpty ? nil : unnamedColumns.sorted()
        return table
    }
}
