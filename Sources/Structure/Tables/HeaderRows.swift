import DocumentModel

/// How many leading rows of a table name its columns. The header ends where data begins: the
/// first row holding a number (a column numbering row "(1) (2) (3)" still belongs to the
/// header), or a row merged across the table (a group heading such as "I. KHIẾU NẠI").
/// It never cuts a merged cell in two. A table without numbers has a header only where its
/// leading rows are set in bold.
enum HeaderRows {
    static func count(in grid: FlatGrid) -> Int {
        let rows = grid.rows
        guard rows.count >= 2 else { return 0 }
        var end: Int?
        for (index, row) in rows.enumerated() {
            if index > 0, isGroupHeading(row) {
                end = index
                break
            }
            if row.contains(where: CellShape.isNumber), !isColumnNumbering(row) {
                end = index
                break
            }
        }
        var header = end ?? grid.boldRows.prefix { $0 }.count
        if header >= rows.count { header = 0 }
        // A cell merged down from the header takes the rows it covers into the header.
        var extended = true
        while extended {
            extended = false
            for cell in grid.cells where cell.row < header && cell.row + cell.rowSpan > header {
                header = cell.row + cell.rowSpan
                extended = true
            }
        }
        return header < rows.count ? header : 0
    }

    /// One text over several columns and nothing else in the row: a cell merged across the
    /// table ("01. Chỉ tiêu tổng hợp"), which heads a group of rows.
    static func isGroupHeading(_ row: [String]) -> Bool {
        let filled = row.filter { !$0.isEmpty }
        guard filled.count >= 2, let first = filled.first else { return false }
        return filled.allSatisfy { $0 == first }
    }

    /// Every filled cell is a short column number, "1" or "(1)" or "A": the row that numbers
    /// the columns under a form's header.
    static func isColumnNumbering(_ row: [String]) -> Bool {
        let filled = row.filter { !$0.isEmpty }
        guard filled.count >= 2 else { return false }
        return filled.allSatisfy { cell in
            let core = cell.trimming("()[]")
            return !core.isEmpty && core.count <= 3
                && (core.allSatisfy(\.isASCIIDigit) || core.allSatisfy { $0.isUppercase && $0.isLetter })
        }
    }
}
