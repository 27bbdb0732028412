public enum BlockKind: String, Sendable, Codable {
    case heading, paragraph, item, closing, table
}

public struct Block: Sendable, Hashable, CitingText {
    public var kind: BlockKind
    /// Text without the heading label or the item marker, and without call marks.
    public var text: String
    public var citations: [Citation]
    public var level: HeadingLevel?
    /// Heading label without trailing punctuation: "III", "4.2", "a", "Phần thứ nhất".
    public var label: String?
    /// List item marker as written: "-", "+", "*", "a)".
    public var marker: String?
    /// Dotted label path of the enclosing section, "III.4.2".
    public var section: String
    /// The pages the block stands on; nil when unknown.
    public var pages: PageRange?
    /// The caption and grid of a `table` block (whose `text` is empty); nil for other blocks.
    public var table: Table?
    /// Where the block was printed: one box per page it stands on (the union of its lines'
    /// boxes there); empty without geometry (plain text input).
    public var boxes: [PageBox] = []
    /// Where each character of its lines was printed; nil without geometry. Not written out.
    public var layout: TextLayout?

    public init(
        kind: BlockKind, text: String, citations: [Citation] = [], level: HeadingLevel? = nil, label: String? = nil,
        marker: String? = nil, section: String = "", pages: PageRange? = nil, table: Table? = nil
    ) {
        self.kind = kind
        self.text = text
        self.citations = citations
        self.level = level
        self.label = label
        self.marker = marker
        self.section = section
        self.pages = pages
        self.table = table
    }
}

/// A table block carries its grid at the block's own level and has no `text`:
/// `{"kind": "table", "label", "title", "subtitle"?, "unit"?, "header_rows", "rows", "spans",
/// "section", "pages"}`, `rows` one string per column (a merged cell's text in every slot it
/// covers), `spans` `[row, column, rows, columns]` of the merged cells.
extension Block: Codable {
    enum CodingKeys: String, CodingKey {
        case kind, text, level, label, marker, section, pages, box
        case title, subtitle, unit, headerRows = "header_rows", rows, spans, cellBoxes = "cell_boxes"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        if let table {
            try container.encodeIfPresent(table.label, forKey: .label)
            try container.encode(table.title, forKey: .title)
            try container.encodeIfPresent(table.subtitle, forKey: .subtitle)
            try container.encodeIfPresent(table.unit, forKey: .unit)
            try container.encode(table.headerRows, forKey: .headerRows)
            try container.encode(table.rows, forKey: .rows)
            try container.encode(table.spans.map { [$0.row, $0.column, $0.rowSpan, $0.columnSpan] }, forKey: .spans)
        } else {
            try container.encode(referencedText, forKey: .text)
            try container.encodeIfPresent(level, forKey: .level)
            try container.encodeIfPresent(label, forKey: .label)
            try container.encodeIfPresent(marker, forKey: .marker)
        }
        try container.encode(section, forKey: .section)
        try container.encode(pages?.bounds ?? [], forKey: .pages)
        if !boxes.isEmpty { try container.encode(boxes, forKey: .box) }
        if let cells = table?.cellBoxes, !cells.isEmpty { try container.encode(cells, forKey: .cellBoxes) }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(BlockKind.self, forKey: .kind)
        section = try container.decode(String.self, forKey: .section)
        pages = PageRange(bounds: try container.decode([Int].self, forKey: .pages))
        level = try container.decodeIfPresent(HeadingLevel.self, forKey: .level)
        marker = try container.decodeIfPresent(String.self, forKey: .marker)
        boxes = try container.decodeIfPresent([PageBox].self, forKey: .box) ?? []
        guard kind == .table else {
            (text, citations) = FootnoteReference.read(try container.decode(String.self, forKey: .text))
            label = try container.decodeIfPresent(String.self, forKey: .label)
            return
        }
        (text, citations, label) = ("", [], nil)
        // A one-line title may be written as a string.
        var title: [String] = []
        if let lines = try? container.decodeIfPresent([String].self, forKey: .title) {
            title = lines
        } else if let line = try container.decodeIfPresent(String.self, forKey: .title) {
            title = [line]
        }
        let spans = try container.decodeIfPresent([[Int]].self, forKey: .spans) ?? []
        table = Table(
            label: try container.decodeIfPresent(String.self, forKey: .label), title: title,
            subtitle: try container.decodeIfPresent(String.self, forKey: .subtitle),
            unit: try container.decodeIfPresent(String.self, forKey: .unit),
            headerRows: try container.decodeIfPresent(Int.self, forKey: .headerRows) ?? 0,
            rows: try container.decode([[String]].self, forKey: .rows),
            spans: spans.compactMap { $0.count == 4 ? CellSpan(row: $0[0], column: $0[1], rowSpan: $0[2], columnSpan: $0[3]) : nil })
        table?.cellBoxes = try container.decodeIfPresent([[PageBox?]].self, forKey: .cellBoxes) ?? []
    }
}
