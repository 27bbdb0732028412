import DocumentModel

/// A table block as a worksheet: caption lines above, header rows bold and frozen, cells that
/// hold one number as numbers and shares as percentages. `number` reads a cell's numeral the
/// way the figures stage does ("1.286" → 1286, "91,0" → 91); the rest stays text.
public enum TableSheet {
    public static func sheet(_ table: Table, name: String, number: (String) -> Double?) -> Sheet {
        let rows = table.rows.enumerated().map { index, row in
            row.map { cell -> SheetCell in
                guard index >= table.headerRows else { return cell.isEmpty ? .empty : .text(cell) }
                return value(of: cell, number: number)
            }
        }
        return Sheet(name: name, rows: rows, headerRows: table.headerRows)
    }

    /// The sheet's name: the table's label ("Phụ lục 01"), else "Bảng N" (N counts tables from 1).
    public static func name(of table: Table, index: Int) -> String {
        table.label ?? "Bảng \(index + 1)"
    }

    static func value(of cell: String, number: (String) -> Double?) -> SheetCell {
        guard !cell.isEmpty else { return .empty }
        guard CellShape.isNumber(cell), let value = number(cell) else { return .text(cell) }
        guard cell.hasSuffix("%") else { return .number(value) }
        let decimals = cell.dropLast().split(separator: ",").dropFirst().first?.count ?? 0
        return .percent(value / 100, decimals: decimals)
    }
}
