import DocumentModel
import Foundation
import VietnameseText

/// Columns aligned with spaces, as `pdftotext -layout` prints a table: cells apart by two spaces
/// or more, a character column standing for an x position. As `AlignedColumns` reads a page, a
/// run of lines with `minimumColumns` cells or more (a wrapped label between them) and a column
/// of numbers is a table. Its columns stand where the cells of the rows with the most common
/// number of cells stand; a row with fewer cells has them placed in order, each nearest its
/// column (a dash is centred where numbers are set right, and the layout drifts a few
/// characters from row to row). A label wrapped over lines is one cell of its row; the lines
/// above the first row, up to the caption, are the header.
enum SpacedColumns {
    struct Cell: Sendable, Equatable {
        var start: Int
        var end: Int
        var text: String
    }

    /// Where a column stands, in characters.
    private struct Column {
        var start: Int
        var end: Int

        func distance(to cell: Cell) -> Int {
            min(abs(cell.start - start), abs(cell.end - end), abs(cell.start + cell.end - start - end) / 2)
        }

        func overlaps(_ cell: Cell, slack: Int = 0) -> Bool {
            min(cell.end, end + slack) > max(cell.start, start - slack)
        }
    }

    static func tables(in lines: [String]) -> [TextGrid] {
        // Only a line with two spaces in a row can hold cells apart.
        let split = lines.map { $0.contains("  ") ? cells(of: $0) : [] }
        let minimum = AlignedColumns.minimumColumns
        var out: [TextGrid] = []
        var run: [Int] = []
        func close() {
            defer { run.removeAll() }
            while let last = run.last, split[last].count < minimum { run.removeLast() }
            guard run.filter({ split[$0].count >= minimum }).count >= AlignedColumns.minimumRows,
                let grid = grid(of: lines, split, run: run, below: out.last?.lines.upperBound ?? 0)
            else { return }
            out.append(grid)
        }
        for index in lines.indices {
            if split[index].count >= minimum {
                run.append(index)
            } else if !run.isEmpty, !TextTableFinder.isBlank(lines[index]),
                run.suffix(AlignedColumns.maximumWrappedLines).contains(where: { split[$0].count >= minimum })
            {
                run.append(index)
            } else {
                close()
            }
        }
        close()
        return out
    }

    /// The cells of a line: runs of words one space apart. Numbers one space apart are cells
    /// each ("3 -"), and so is a row's number before its label ("1 Huyện Tân Hòa").
    static func cells(of line: String) -> [Cell] {
        var words: [Cell] = []
        var current: Cell?
        for (index, character) in line.enumerated() {
            if character == " " || character == "\t" {
                if let word = current { words.append(word) }
                current = nil
            } else if var word = current {
                word.text.append(character)
                word.end = index + 1
                current = word
            } else {
                current = Cell(start: index, end: index + 1, text: String(character))
            }
        }
        if let word = current { words.append(word) }
        var pieces: [[Cell]] = []
        for word in words {
            if let last = pieces.last?.last, word.start - last.end <= 1 {
                pieces[pieces.count - 1].append(word)
            } else {
                pieces.append([word])
            }
        }
        var cells: [Cell] = []
        for piece in pieces {
            if piece.count > 1, piece.allSatisfy({ AlignedColumns.isNumber($0.text) }) {
                cells += piece
            } else if piece.count > 1, cells.isEmpty, isRowNumber(piece[0].text) {
                cells.append(piece[0])
                cells.append(joined(piece.dropFirst()))
            } else {
                cells.append(joined(piece[...]))
            }
        }
        return cells
    }

    private static func joined(_ words: ArraySlice<Cell>) -> Cell {
        Cell(start: words.first?.start ?? 0, end: words.last?.end ?? 0, text: words.map(\.text).joined(separator: " "))
    }

    /// "1" to "999": the number a table's row starts with.
    private static func isRowNumber(_ text: String) -> Bool {
        (1...3).contains(text.count) && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The table of one run; its header reaches no higher than line `below`.
    private static func grid(of lines: [String], _ split: [[Cell]], run: [Int], below: Int) -> TextGrid? {
        func cellsOf(_ index: Int) -> [Cell] { lines[index].contains("  ") ? split[index] : cells(of: lines[index]) }
        let data = run.filter { split[$0].count >= AlignedColumns.minimumColumns && split[$0].contains { CellShape.isNumber($0.text) } }
        guard data.count >= AlignedColumns.minimumRows, let firstRow = data.first, let lastLine = run.last else { return nil }
        var counts: [Int: Int] = [:]
        for index in data { counts[split[index].count, default: 0] += 1 }
        guard let common = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) })?.key else { return nil }
        let full = data.map { split[$0] }.filter { $0.count == common }
        var columns = (0..<common).map { column in
            Column(start: median(full.map { $0[column].start }), end: median(full.map { $0[column].end }))
        }
        // A label wrapped around a row whose own line holds only its number and figures stands
        // apart from every column: it makes a column of its own.
        let dataLines = Set(data)
        var wrapped = run.filter { $0 > firstRow && !dataLines.contains($0) }
        var aboveFirst: Int?
        // The line right above the first row is the start of its label when it stands clear of
        // the columns of numbers and starts where the labels start, set left (else it is the
        // header's last line: a header cell's last words are centred over their column,
        // wherever the figures below them stand).
        let numberColumns = columns.indices.filter { column in full.filter { CellShape.isNumber($0[column].text) }.count * 2 > full.count }
        // The labels' left edge: their column's (the first of words, not of numbers or dashes),
        // or where the labels wrapped around rows of figures alone start. Without either there
        // is nothing to hold the line to.
        let clear = wrapped.flatMap(cellsOf).filter { cell in !columns.contains { $0.overlaps(cell) } }
        let labels = columns.indices.first { column in full.filter { $0[column].text.contains(where: \.isLetter) }.count * 2 > full.count }
        let labelEdge = labels.map { columns[$0].start } ?? clear.map(\.start).min()
        if firstRow > below, !isCaptionOrProse(lines[firstRow - 1]), let cell = cellsOf(firstRow - 1).first,
            cellsOf(firstRow - 1).count == 1, !numberColumns.contains(where: { columns[$0].overlaps(cell) }),
            labelEdge.map({ abs(cell.start - $0) <= labelIndentSlack }) ?? true
        {
            aboveFirst = firstRow - 1
        }
        var apart: [Column] = []
        for cell in (wrapped + (aboveFirst.map { [$0] } ?? [])).flatMap(cellsOf)
        where !columns.contains(where: { $0.overlaps(cell) }) {
            if let index = apart.firstIndex(where: { $0.overlaps(cell) }) {
                apart[index].start = min(apart[index].start, cell.start)
                apart[index].end = max(apart[index].end, cell.end)
            } else {
                apart.append(Column(start: cell.start, end: cell.end))
            }
        }
        columns = (columns + apart).sorted { $0.start < $1.start }
        var rows: [Int: [String]] = [:]
        var numbers = [Int](repeating: 0, count: columns.count), filled = numbers
        for index in data {
            guard let placed = placed(split[index], in: columns) else { return nil }
            var row = [String](repeating: "", count: columns.count)
            for (column, cell) in placed {
                row[column] = cell.text
                filled[column] += 1
                // A number counts where it stands in its column: a sentence spaced out has
                // numbers, but not one under the other.
                if AlignedColumns.isNumber(cell.text), columns[column].overlaps(cell, slack: 2) { numbers[column] += 1 }
            }
            rows[index] = row
        }
        guard columns.indices.contains(where: { AlignedColumns.holdsNumbers(numbers: numbers[$0], filled: filled[$0]) }) else {
            return nil
        }
        var wrappedAbove = Set<Int>()
        func add(_ line: Int, to row: Int, before: Bool) {
            guard let placed = placed(cellsOf(line), in: columns), var target = rows[row] else { return }
            for (column, cell) in placed where !cell.text.isEmpty {
                let text = cell.text
                target[column] = target[column].isEmpty ? text : before ? text + " " + target[column] : target[column] + " " + text
            }
            rows[row] = target
        }
        if let aboveFirst {
            add(aboveFirst, to: firstRow, before: true)
            wrappedAbove.insert(firstRow)
        }
        // A wrapped line goes with the row above, but for the line right before a row when the
        // row above has its own label whole: pdftotext sets a row's figures on the middle line
        // of its label, so a label wrapped once stands half above the row's line.
        wrapped.sort()
        for line in wrapped {
            guard let previous = data.last(where: { $0 < line }) else { continue }
            let next = data.first { $0 > line }
            // A line opening with the row's number begins the row; one opening with a capital
            // does when the row above has its label whole.
            let opening = cellsOf(line).first?.text ?? ""
            let capital = opening.first?.isUppercase ?? false
            if let next, next == line + 1,
                isRowNumber(opening) || line > previous + 1 || !wrappedAbove.contains(previous) && capital
            {
                add(line, to: next, before: true)
                wrappedAbove.insert(next)
            } else {
                add(line, to: previous, before: false)
            }
        }
        // The header: the lines above, up to the caption or a blank line. A header cell is
        // centred over its column's cell, which reaches from the column before to the column's
        // right edge where numbers stand right, from its own left edge where text stands left.
        var top = aboveFirst ?? firstRow
        while top > below, firstRow - top < maximumHeaderLines, !isCaptionOrProse(lines[top - 1]) { top -= 1 }
        let numeric = columns.indices.map { column in data.contains { CellShape.isNumber(rows[$0]?[column] ?? "") } }
        let firstText = numeric.firstIndex(of: false) ?? columns.count
        var spans = columns.indices.map { column -> SpacedHeader.Span in
            var low = column > 0 ? columns[column - 1].end : 0, high = columns[column].end
            if !numeric[column] { low = columns[column].start }
            // Text set left reaches to the next column (a wrapped label's lines end short of it).
            if column + 1 < columns.count, !numeric[column + 1] || !numeric[column] { high = columns[column + 1].start }
            // The figures right of the row labels are the columns whose header may drift.
            let figures = numeric[column] && column > firstText ? Double(columns[column].start + columns[column].end) / 2 : nil
            return SpacedHeader.Span(low: low, high: high, figures: figures)
        }
        // Labels set left reach right as far as the figures after them reach left: the gap
        // between them is either's, so they meet at its middle (a header word in the gap is
        // not over two cells at once).
        for column in spans.indices.dropLast() where spans[column].high > spans[column + 1].low {
            let middle = (spans[column].high + spans[column + 1].low) / 2
            spans[column].high = middle
            spans[column + 1].low = middle
        }
        let header = SpacedHeader.header(lines: (top..<(aboveFirst ?? firstRow)).map(cellsOf), spans: spans)
        var edges = [Double(columns[0].start)]
        for (left, right) in zip(columns, columns.dropFirst()) { edges.append(Double(left.end + right.start) / 2) }
        edges.append(Double(columns.map(\.end).max() ?? 0))
        let body = data.compactMap { rows[$0] }
        return TextGrid(
            lines: top..<(lastLine + 1), rows: header.rows + body, unnamedColumns: header.unnamed, columnEdges: edges)
    }

    /// How far from the labels' left edge a label's first line may start (pdftotext sets a
    /// left-aligned text a character or two either way from line to line).
    static let labelIndentSlack = 2

    /// A header of more lines than this is text above the table.
    static let maximumHeaderLines = 12

    /// A line a table's header does not reach: blank, a caption line (label, title in capitals,
    /// "(Kèm theo …)", the unit), or a sentence longer than any header cell.
    static func isCaptionOrProse(_ line: String) -> Bool {
        let text = line.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return true }
        let lower = text.lowercased()
        let folded = VietnameseMarks.strippedKey(lower)
        // The folded line holds the marked spelling too ("Đơn vị tính", "Don vi tinh").
        if TableCaptionWords.isUnit(folded: folded) || text.hasPrefix("(") && text.hasSuffix(")") { return true }
        if TableCaptionWords.labels.contains(where: { folded.hasPrefix($0 + " ") }) { return true }
        let letters = text.filter(\.isLetter)
        if letters.count >= 4, letters == letters.uppercased() { return true }
        return !text.contains("  ") && text.count > 40
    }

    /// The cells placed in `columns` in order, each as near its column as the order allows, with
    /// the column each goes in; a line with more cells than columns has its neighbouring words
    /// joined first. Nil when the cells cannot be placed.
    private static func placed(_ line: [Cell], in columns: [Column]) -> [(Int, Cell)]? {
        var cells = line
        while cells.count > columns.count {
            // The two neighbouring texts closest together are one cell's words.
            let pairs = cells.indices.dropLast().filter { !CellShape.isNumber(cells[$0].text) && !CellShape.isNumber(cells[$0 + 1].text) }
            guard let index = pairs.min(by: { cells[$0 + 1].start - cells[$0].end < cells[$1 + 1].start - cells[$1].end }) else {
                return nil
            }
            cells[index] = Cell(start: cells[index].start, end: cells[index + 1].end, text: cells[index].text + " " + cells[index + 1].text)
            cells.remove(at: index + 1)
        }
        if cells.count == columns.count { return Array(cells.enumerated()) }
        var row: [(Int, Cell)] = []
        // Least total distance with the order kept: best[i][j] places cells i... in columns j....
        let n = cells.count, m = columns.count
        var best = [[Int]](repeating: [Int](repeating: Int.max / 4, count: m + 1), count: n + 1)
        best[n] = [Int](repeating: 0, count: m + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                best[i][j] = min(best[i][j + 1], columns[j].distance(to: cells[i]) + best[i + 1][j + 1])
            }
        }
        var i = 0, j = 0
        while i < n, j < m {
            if best[i][j] == columns[j].distance(to: cells[i]) + best[i + 1][j + 1] {
                row.append((j, cells[i]))
                i += 1
            }
            j += 1
        }
        return row
    }

    private static func median(_ values: [Int]) -> Int {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}
