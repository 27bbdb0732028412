/// Reads a block of document JSON (`baocao.document/1`), as `baocao figures` does with what
/// `extract` wrote: a table block carries its grid at the block's own level (`label`, `title`,
/// `header_rows`, `rows`, `spans`) and has no `text`.
extension Block {
    private enum Keys: String, CodingKey {
        case kind, text, level, label, marker, section, pages
        case title, subtitle, unit, headerRows = "header_rows", rows, spans
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        let kind = try container.decode(BlockKind.self, forKey: .kind)
        let section = try container.decode(String.self, forKey: .section)
        let pages = try container.decode([Int].self, forKey: .pages)
        guard kind == .table else {
            self.init(
                kind: kind, text: try container.decode(String.self, forKey: .text),
                level: try container.decodeIfPresent(Int.self, forKey: .level),
                label: try container.decodeIfPresent(String.self, forKey: .label),
                marker: try container.decodeIfPresent(String.self, forKey: .marker), section: section, pages: pages)
            return
        }
        // A one-line title may be written as a string.
        var title: [String] = []
        if let lines = try? container.decodeIfPresent([String].self, forKey: .title) {
            title = lines
        } else if let line = try container.decodeIfPresent(String.self, forKey: .title) {
            title = [line]
        }
        let spans = try container.decodeIfPresent([[Int]].self, forKey: .spans) ?? []
        let table = Table(
            label: try container.decodeIfPresent(String.self, forKey: .label), title: title,
            subtitle: try container.decodeIfPresent(String.self, forKey: .subtitle),
            unit: try container.decodeIfPresent(String.self, forKey: .unit),
            headerRows: try container.decodeIfPresent(Int.self, forKey: .headerRows) ?? 0,
            rows: try container.decode([[String]].self, forKey: .rows),
            spans: spans.compactMap { $0.count == 4 ? CellSpan(row: $0[0], column: $0[1], rowSpan: $0[2], columnSpan: $0[3]) : nil })
        self.init(kind: .table, text: "", section: section, pages: pages, table: table)
    }
}
