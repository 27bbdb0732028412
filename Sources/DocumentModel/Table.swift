/// A table of the document (the payload of a `table` block): its caption and its grid,
/// flattened row by row, one string per column in every row. A merged cell repeats its text
/// in every row and column it covers; `spans` says which cells are merged.
public struct Table: Sendable, Hashable, Codable {
    /// "Phụ lục 01", "Biểu số 01/TCD", "Bảng 1".
    public var label: String?
    /// The title lines printed above the grid.
    public var title: [String]
    /// "(Kèm theo Báo cáo số …)".
    public var subtitle: String?
    /// "Đơn vị tính: đơn".
    public var unit: String?
    /// The leading rows that name the columns rather than hold data.
    public var headerRows: Int
    public var rows: [[String]]
    public var spans: [CellSpan]
    /// Where each slot's cell was printed, the shape of `rows` (a merged cell's box in every
    /// slot it covers, nil for a slot no cell covers); empty when unknown.
    public var cellBoxes: [[PageBox?]] = []
    /// Columns whose header could not be read without a guess (a text table's header words
    /// pdftotext set between columns): a figure under them has no measure. Nil when none.
    public var unnamedColumns: [Int]?

    public init(
        label: String? = nil, title: [String] = [], subtitle: String? = nil, unit: String? = nil, headerRows: Int = 0,
        rows: [[String]], spans: [CellSpan] = []
    ) {
        self.label = label
        self.title = title
        self.subtitle = subtitle
        self.unit = unit
        self.headerRows = headerRows
        self.rows = rows
        self.spans = spans
    }

    public var columnCount: Int { rows.map(\.count).max() ?? 0 }
}

/// A merged cell: its top-left grid position and how many rows and columns it covers.
public struct CellSpan: Sendable, Hashable, Codable {
    public var row: Int
    public var column: Int
    public var rowSpan: Int
    public var columnSpan: Int

    public init(row: Int, column: Int, rowSpan: Int, columnSpan: Int) {
        self.row = row
        self.column = column
        self.rowSpan = rowSpan
        self.columnSpan = columnSpan
    }
}
