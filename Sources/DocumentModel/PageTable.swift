/// A table as found on one page: the cells of its grid with their text and where they stand.
/// The page's lines read the table row by row (`lines`), so page text keeps its reading order;
/// the structure stage takes the table from here, not from those lines.
public struct PageTable: Sendable, Hashable, Codable {
    /// The grid's outline on the page, in points.
    public var box: Box
    public var rowCount: Int
    public var columnCount: Int
    /// Where the columns are divided, left to right, outer edges included (`columnCount + 1`
    /// values): a table continued on the next page is recognised by them.
    public var columnEdges: [Double]
    /// Every cell once, merged cells with their spans, in row-major order of their top-left slot.
    public var cells: [TableCell]
    /// Indices of the page lines that read the table, one line per grid row.
    public var lines: Range<Int>
    /// Found from ruling lines (true) or from aligned columns of text (false).
    public var ruled: Bool
    /// Read from the lines of a plain text page (true), where `box`, `columnEdges` and the
    /// cells' boxes count characters across and lines down: no place on a printed page to
    /// show. Nil for a PDF's or a scan's table, so their pages JSON reads as it always did.
    public var plainText: Bool?
    /// Columns whose header a plain text table could not place without a guess: their header
    /// names nothing, not even through the table's caption. Nil when every column is named.
    public var unnamedColumns: [Int]?

    public init(
        box: Box, rowCount: Int, columnCount: Int, columnEdges: [Double], cells: [TableCell], lines: Range<Int>,
        ruled: Bool, plainText: Bool? = nil, unnamedColumns: [Int]? = nil
    ) {
        self.box = box
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.columnEdges = columnEdges
        self.cells = cells
        self.lines = lines
        self.ruled = ruled
        self.plainText = plainText
        self.unnamedColumns = unnamedColumns
    }
}

/// One cell of a page table; a merged cell covers `rowSpan` × `columnSpan` grid slots.
public struct TableCell: Sendable, Hashable, Codable {
    public var row: Int
    public var column: Int
    public var rowSpan: Int
    public var columnSpan: Int
    /// The cell's text, its lines joined.
    public var text: String
    /// The cell's area on the page, in points.
    public var box: Box
    /// Most of its letters are bold (a text layer's header cells); false when fonts are unknown.
    public var bold: Bool

    public init(row: Int, column: Int, rowSpan: Int = 1, columnSpan: Int = 1, text: String, box: Box, bold: Bool = false) {
        self.row = row
        self.column = column
        self.rowSpan = rowSpan
        self.columnSpan = columnSpan
        self.text = text
        self.box = box
        self.bold = bold
    }
}
