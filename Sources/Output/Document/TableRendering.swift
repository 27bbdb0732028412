import DocumentModel

/// A table block as the text formats write it: caption lines, then the grid.
enum TableRendering {
    /// Label, title lines, subtitle and unit, as printed above the grid, less what the blocks
    /// just before the table already say: an annex's heading ("Phụ lục 01" and its title) and
    /// note stand in the text themselves.
    static func caption(_ table: Table, after previous: ArraySlice<Block>) -> [String] {
        let said = Set(previous.flatMap { [$0.label ?? "", $0.text] })
        var lines: [String] = []
        if let label = table.label, !said.contains(label) { lines.append(label) }
        if !said.contains(table.title.joined(separator: " ")) { lines += table.title }
        for note in [table.subtitle, table.unit].compactMap({ $0 }) where !said.contains(note) { lines.append(note) }
        return lines
    }

    /// The blocks before `index` whose text may already say a table's caption.
    static func neighbours(of index: Int, in blocks: [Block]) -> ArraySlice<Block> {
        blocks[max(0, index - 3)..<index]
    }

    /// `body`: the caption lines, then one line per grid row with a tab between cells (a merged
    /// cell repeated in every slot it covers, as in the JSON rows).
    static func bodyLines(_ table: Table, after previous: ArraySlice<Block>) -> [String] {
        caption(table, after: previous) + table.rows.map { $0.joined(separator: "\t") }
    }

    /// `md`: the caption in bold, then a pipe table. Markdown has one header line, so the
    /// header rows of each column stand in it together ("Khiếu nại / Đã giải quyết"); a table
    /// without header rows gets an empty one. Merged cells repeat their text.
    static func markdown(_ table: Table, after previous: ArraySlice<Block>, escape: (String) -> String) -> String {
        let caption = caption(table, after: previous)
        let columns = table.columnCount
        guard columns > 0 else { return caption.map { "**\(escape($0))**" }.joined(separator: "  \n") }
        let header = (0..<columns).map { column in
            var parts: [String] = []
            for row in table.rows.prefix(table.headerRows) {
                let text = column < row.count ? row[column] : ""
                if !text.isEmpty, parts.last != text { parts.append(text) }
            }
            return parts.joined(separator: " / ")
        }
        var lines = [pipeRow(header, escape: escape), pipeRow(Array(repeating: "---", count: columns), escape: { $0 })]
        for row in table.rows.dropFirst(table.headerRows) {
            lines.append(pipeRow((0..<columns).map { $0 < row.count ? row[$0] : "" }, escape: escape))
        }
        let captionText = caption.map { "**\(escape($0))**" }.joined(separator: "  \n")
        return (captionText.isEmpty ? "" : captionText + "\n\n") + lines.joined(separator: "\n")
    }

    private static func pipeRow(_ cells: [String], escape: (String) -> String) -> String {
        "| " + cells.map { escape($0).replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
    }
}
