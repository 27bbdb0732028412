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
    /// Whether the parts are a text page's (`pdftotext -layout`, columns in characters).
    private let plainText: Bool
    /// The words of the first part's header rows, folded, and which of its columns hold figures.
    private let headerWords: Set<String>
    private let figureColumns: [Bool]

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
        plainText = table.plainText ?? false
        headerWords = Self.words(of: grid.rows.prefix(headerRows))
        figureColumns = Self.figureColumns(of: grid, below: headerRows)
    }

    /// Whether `table`, on the page after this one's last part, is more of this table: the same
    /// columns at the same places (within a scan's drift).
    func isContinued(by table: PageTable, page: Int) -> Bool {
        guard page == lastPage + 1, table.columnCount == columnCount, table.columnEdges.count == columnEdges.count else {
            return false
        }
        let slack = max(3, tableWidth * 0.02)
        if zip(table.columnEdges, columnEdges).allSatisfy({ abs($0 - $1) <= slack }) { return true }
        // pdftotext sets each page's columns by that page's own text, so a table's part on the
        // next page may stand several characters off the last: there, the same columns are the
        // same number of columns with figures in the same ones.
        guard plainText, table.plainText == true else { return false }
        let grid = FlatGrid(table, page: page)
        return Self.figureColumns(of: grid, below: HeaderRows.count(in: grid)) == figureColumns
    }

    /// Folded words of rows: what two readings of one header share.
    private static func words(of rows: some Sequence<[String]>) -> Set<String> {
        Set(rows.flatMap { $0.flatMap { $0.split(separator: " ").map { String(String($0).folded) } } }.filter { !$0.isEmpty })
    }

    /// Which columns hold figures below the header: most of their filled cells are numbers or
    /// the sign for nothing.
    private static func figureColumns(of grid: FlatGrid, below header: Int) -> [Bool] {
        let body = grid.rows.dropFirst(header)
        return (0..<(grid.rows.first?.count ?? 0)).map { column in
            let filled = body.map { $0[column] }.filter { !$0.isEmpty }
            return filled.filter { CellShape.isNumber($0) || CellShape.isBlank($0) }.count * 2 > filled.count
        }
    }

    /// The share of a text part's header words found in the first part's header that makes it
    /// the header repeated (pdftotext may run a page number or a neighbour's word into it).
    static let repeatedHeaderShare = 2.0 / 3.0

    /// Appends the next part; its leading rows that repeat this table's header rows are left
    /// out, as many as repeat: a header counted a row too long (a first data row whose number
    /// OCR misread as a letter) still loses its repeat.
    mutating func append(_ table: PageTable, page: Int) {
        let grid = FlatGrid(table, page: page)
        var skip = zip(grid.rows, rows.prefix(headerRows)).prefix { FlatGrid.sameRow($0, $1) }.count
        var ownHeader = false
        // A text page's repeated header is read from where pdftotext set its words on that
        // page, which need not be where it set them on the last: it repeats the header when
        // most of its words are the header's.
        let header = HeaderRows.count(in: grid)
        if plainText, skip < header {
            let words = Self.words(of: grid.rows.prefix(header))
            let shared = Double(words.intersection(headerWords).count) / Double(max(words.count, 1))
            if !words.isEmpty, shared >= Self.repeatedHeaderShare { skip = header } else { ownHeader = true }
        }
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
        // A repeated header left out names nothing: the first part's header names the columns.
        if !plainText || ownHeader { unnamedColumns.formUnion(table.unnamedColumns ?? []) }
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
