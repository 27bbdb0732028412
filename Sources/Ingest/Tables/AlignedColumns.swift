import DocumentModel

/// Tables printed without rules, found from their text: consecutive bands of the page with
/// three pieces side by side or more, whose pieces fall into the same columns, one of them of
/// numbers (a statistical table; a layout of words in columns is no table). Each band is a
/// row; a band below the first row of numbers holding only a label continues the label above.
enum AlignedColumns {
    /// The grids of the bands' tables, none overlapping `ruled` (the page's ruled grids).
    static func grids(in bands: [[TextPiece]], avoiding ruled: [RuledGrid]) -> [RuledGrid] {
        var grids: [RuledGrid] = []
        var run: [[TextPiece]] = []
        func close() {
            defer { run.removeAll() }
            while let last = run.last, TextPiece.sideBySide(last).count < minimumColumns { run.removeLast() }
            guard run.count >= minimumRows, let grid = grid(of: run),
                !ruled.contains(where: { overlaps($0.box, grid.box) })
            else { return }
            grids.append(grid)
        }
        for band in bands {
            let wide = TextPiece.sideBySide(band).count >= minimumColumns
            let near = run.last.map { previous in
                let gap = (band.first?.box.y ?? 0) - (previous.map(\.box.maxY).max() ?? 0)
                return gap < (previous.first?.box.height ?? 0) * 1.5
            } ?? true
            if wide, near || run.isEmpty {
                run.append(band)
            } else if !wide, near, !run.isEmpty, band.count <= 2,
                run.suffix(maximumWrappedLines).contains(where: { TextPiece.sideBySide($0).count >= minimumColumns })
            {
                // A wrapped label between rows (two bands at most: more is text below the table).
                run.append(band)
            } else {
                close()
                if wide { run.append(band) }
            }
        }
        close()
        return grids
    }

    static let minimumColumns = 3
    static let minimumRows = 3
    /// Lines of a row label wrapped between two rows; more is text below the table.
    static let maximumWrappedLines = 2

    /// A column of a statistical table: numbers (or the dash for nothing) in `minimumRows` of
    /// its cells at least, and in three of every five it fills.
    static func holdsNumbers(numbers: Int, filled: Int) -> Bool {
        numbers >= minimumRows && numbers * 5 >= filled * 3
    }

    /// The grid of one run of bands: columns where the wide bands' pieces stand, a row per band.
    private static func grid(of run: [[TextPiece]]) -> RuledGrid? {
        let wide = run.filter { TextPiece.sideBySide($0).count >= minimumColumns }
        var columns: [(left: Double, right: Double, numbers: Int, pieces: Int)] = []
        for piece in wide.flatMap({ $0 }).sorted(by: { $0.box.x < $1.box.x }) {
            let number = isNumber(piece.text)
            if let last = columns.last, piece.box.x < last.right {
                columns[columns.count - 1].right = max(last.right, piece.box.maxX)
                columns[columns.count - 1].numbers += number ? 1 : 0
                columns[columns.count - 1].pieces += 1
            } else {
                columns.append((piece.box.x, piece.box.maxX, number ? 1 : 0, 1))
            }
        }
        guard columns.count >= minimumColumns,
            columns.contains(where: { holdsNumbers(numbers: $0.numbers, filled: $0.pieces) })
        else { return nil }
        var columnEdges = [columns[0].left - 1]
        for (left, right) in zip(columns, columns.dropFirst()) { columnEdges.append((left.right + right.left) / 2) }
        columnEdges.append((columns.last?.right ?? 0) + 1)
        var bands: [[TextPiece]] = []
        for band in run {
            // A label alone on a band under a row of numbers goes on that row's label.
            let labelOnly = band.allSatisfy { !isNumber($0.text) } && TextPiece.sideBySide(band).count < minimumColumns
            if labelOnly, let last = bands.last, last.contains(where: { isNumber($0.text) }) {
                bands[bands.count - 1] += band
            } else {
                bands.append(band)
            }
        }
        let tops = bands.map { $0.map(\.box.y).min() ?? 0 }, bottoms = bands.map { $0.map(\.box.maxY).max() ?? 0 }
        var rowEdges = [(tops.first ?? 0) - 1]
        for index in 1..<bands.count { rowEdges.append((bottoms[index - 1] + tops[index]) / 2) }
        rowEdges.append((bottoms.last ?? 0) + 1)
        let cells = (0..<bands.count).flatMap { row in
            (0..<columns.count).map { RuledGrid.Cell(row: row, column: $0, rowSpan: 1, columnSpan: 1) }
        }
        return RuledGrid(rowEdges: rowEdges, columnEdges: columnEdges, cells: cells)
    }

    /// "742", "1.286", "91,0", "95,6%", and "-" for nothing to report.
    static func isNumber(_ text: String) -> Bool {
        CellShape.isNumber(text) || CellShape.isBlank(text)
    }

    private static func overlaps(_ a: Box, _ b: Box) -> Bool {
        a.x < b.maxX && b.x < a.maxX && a.y < b.maxY && b.y < a.maxY
    }
}
