/// One worksheet: its rows, how many of them are header rows (bold, frozen at the top).
public struct Sheet: Sendable, Equatable {
    public var name: String
    public var rows: [[SheetCell]]
    public var headerRows: Int

    public init(name: String, rows: [[SheetCell]], headerRows: Int = 1) {
        self.name = name
        self.rows = rows
        self.headerRows = headerRows
    }

    /// The widest text of each column, in characters, for the column widths.
    var columnWidths: [Int] {
        var widths: [Int] = []
        for row in rows {
            for (column, cell) in row.enumerated() {
                if widths.count <= column { widths.append(0) }
                widths[column] = max(widths[column], cell.shownLength)
            }
        }
        return widths
    }
}

extension SheetCell {
    /// About the characters a spreadsheet shows for the cell.
    var shownLength: Int {
        switch self {
        case .empty: return 0
        case .text(let text): return text.split(separator: "\n").map(\.count).max() ?? 0
        case .number(let value): return String(value).count
        case .percent(_, let decimals): return decimals + 5
        }
    }
}
