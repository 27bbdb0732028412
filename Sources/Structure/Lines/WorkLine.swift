import DocumentModel

/// One line of a page as the structure stages see it: normalised text plus the layout
/// facts the decisions need. Geometry is nil for plain text input.
struct WorkLine: Sendable, Hashable {
    var text: String
    var page: Int
    var box: Box?
    /// Font size (text layer) or estimated type size (OCR); nil for plain text.
    var size: Double?
    var bold: Bool
    var italic: Bool
    /// A blank line stood before this one (plain text input).
    var blankBefore: Bool
    /// Marked as a heading by converter markup (`## …`, a line all in `**…**`).
    var markedHeading: Bool
    /// Recognised by OCR: markers may be mangled, fonts are unknown.
    var ocr: Bool = false
    /// OCR read the first word together with a raised number above it: a tall first word
    /// standing higher than the rest of the line.
    var raisedStart: Bool = false
    /// A short horizontal rule stood just above (OCR reads the footnote separator as an
    /// empty, flat line).
    var ruleBefore: Bool = false
    /// The line stands for a table of the page (its text is empty): it is not text to flow.
    /// Held by reference: lines are copied at every step, and a table is large.
    var tableReference: TableReference?

    var hasGeometry: Bool { box != nil }

    var table: PageTable? { tableReference?.table }
}

/// A page table shared by the copies of the line that stands for it.
final class TableReference: Sendable, Hashable {
    let table: PageTable

    init(_ table: PageTable) {
        self.table = table
    }

    static func == (lhs: TableReference, rhs: TableReference) -> Bool { lhs.table == rhs.table }
    func hash(into hasher: inout Hasher) { hasher.combine(table) }
}

extension WorkLine {
    /// The stand-in line of a page table, at the place of its rows in the page's reading order.
    init(table: PageTable, page: Int, ocr: Bool) {
        self.init(
            text: "", page: page, box: table.box, size: nil, bold: false, italic: false, blankBefore: false,
            markedHeading: false, ocr: ocr, tableReference: TableReference(table))
    }
}

/// The document's lines sorted into what they are.
struct SortedLines: Sendable {
    var body: [WorkLine] = []
    var footnoteLines: [WorkLine] = []
    var furniture: [Furniture] = []
}
