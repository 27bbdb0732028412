/// The header of a table aligned with spaces, rebuilt from where its words stand on its own
/// lines. `pdftotext -layout` centres each header cell's lines over the cell, one line apart or
/// two, and sets the header a few characters off the figures below it (most where the header
/// is dense), so a header word is placed by the header's geometry first: words standing one
/// under the other are one cell (a stack), the stacks left to right are the columns left to
/// right, and a piece standing over stacks apart from each other is a merged cell over their
/// columns, a header row of its own. A stack whose middle stands outside the cell of the column
/// it falls to is a guess, and a guess gives a figure a wrong meaning: that column gets no
/// header rather than the guess.
enum SpacedHeader {
    /// Where a column's cell reaches, in characters.
    struct Span: Sendable, Equatable {
        var low: Int
        var high: Int
        /// The middle of a figure column's numbers (nil for the row numbers, labels and text):
        /// where its header is found when the header drifts (`drifted`).
        var figures: Double? = nil

        var middle: Double { Double(low + high) / 2 }
        var width: Int { max(high - low, 1) }
    }

    /// A text of the header where it stands: a piece, or a word of a piece too wide for one cell.
    private struct Unit {
        var line: Int
        var start: Int
        var end: Int
        var text: String
        /// The piece the unit is or was split from.
        var piece = 0
        var split = false

        var middle: Double { Double(start + end) / 2 }

        func overlaps(_ other: Unit) -> Bool { min(end, other.end) > max(start, other.start) }
    }

    /// How many lines apart two texts of one cell may stand (pdftotext leaves a line between
    /// the lines of a cell set beside a taller one).
    static let cellLineGap = 2
    /// How far off the middle of the texts below it a merged cell's middle may stand.
    static let mergedSlack = 1.5
    /// How far outside its column's cell a stack's middle may stand and still be its header.
    static let stackSlack = 2.0
    /// How much wider than its cell one line of a cell's words may stand (pdftotext's
    /// characters are the page's average width, a header's are wider).
    static let lineWidthSlack = 2
    /// How far off a merged cell's middle a shorter line below it may stand and still continue
    /// it ("Kết quả giải" over "quyết").
    static let continuationSlack = 2.0

    /// The header rows: one, or one more for each level of merged cells above the columns' own
    /// headers; a merged cell repeats its text in every column it covers, a column without one
    /// repeats its own header. Empty when no column has a header.
    struct Header: Sendable, Equatable {
        var rows: [[String]] = []
        /// Columns the header leaves unnamed (their words could not be placed without a guess).
        var unnamed: [Int] = []
    }

    static func header(lines: [[SpacedColumns.Cell]], spans: [Span]) -> Header {
        guard !spans.isEmpty else { return Header() }
        var pieces: [Unit] = []
        for (line, cells) in lines.enumerated() {
            for cell in cells { pieces.append(Unit(line: line, start: cell.start, end: cell.end, text: cell.text, piece: pieces.count)) }
        }
        let plain = placement(of: pieces, spans: spans)
        // More cells than columns were each put in the column nearest (a merged cell over
        // three columns falls into its middle one with the cell under it): the order of the
        // cells reads them without that guess where it can (`OrderedHeader`).
        guard !plain.unsure.isEmpty else { return plain.crowded ? OrderedHeader.header(lines: lines, spans: spans) ?? plain.header : plain.header }
        return drifted(pieces, spans: spans) ?? OrderedHeader.header(lines: lines, spans: spans) ?? plain.header
    }

    /// How far (in characters, either way) pdftotext may set a header off its figures.
    static let maximumDrift = 12
    /// A drift is read off this many figure columns or more: over fewer, cells of a dense line
    /// fall into some reading by chance (three cells one space apart read alike two ways).
    static let minimumDriftColumns = 4
    /// How far apart the offsets of a header's cells from their figures may be and still be one
    /// drift (a dense line is squeezed unevenly, by a character or two a cell).
    static let driftSpread = 4.0

    /// The header read with the figure columns' cells moved by one drift, when that reads it
    /// whole and alike. pdftotext sets a dense header line several characters off its figures
    /// (its words, wider than the grid's average character, push each other along), so each
    /// cell of the header stands beside its column, not over it. A drift is evidence only when
    /// it holds for the whole row: moved by it, every figure column gets header words, no word
    /// is left over a border or off its cell, and each column's words stand off its figures by
    /// about the same offset (one drift, not a guess per column). When several drifts read the
    /// header so, they must read it alike; else nil and the columns stay unnamed.
    private static func drifted(_ pieces: [Unit], spans: [Span]) -> Header? {
        let figures = spans.indices.filter { spans[$0].figures != nil }
        guard figures.count >= minimumDriftColumns else { return nil }
        var found: [Header] = []
        for drift in -maximumDrift...maximumDrift where drift != 0 {
            var moved = spans
            for column in figures {
                moved[column].low += drift
                moved[column].high += drift
            }
            let read = placement(of: pieces, spans: moved)
            guard read.unsure.isEmpty, !read.overCells, figures.allSatisfy({ read.middles[$0] != nil }) else { continue }
            let offsets = figures.compactMap { column in spans[column].figures.flatMap { centre in read.middles[column].map { centre - $0 } } }
            guard let low = offsets.min(), let high = offsets.max(), high - low <= driftSpread else { continue }
            found.append(read.header)
        }
        guard let first = found.first, found.allSatisfy({ $0 == first }) else { return nil }
        return first
    }

    /// The header as the spans read it, with the columns it could not name without a guess
    /// (`unsure`) and the middle of each named column's own words.
    private struct Placement {
        var header: Header
        var unsure: Set<Int>
        var middles: [Int: Double]
        /// A piece's words went to several columns with header words under it (`placement`).
        var overCells = false
        /// There were more stacks than columns, each put in the column nearest (`assign`).
        var crowded = false
    }

    private static func placement(of pieces: [Unit], spans: [Span]) -> Placement {
        var contested = Set<Int>()
        var leaves: [Unit] = []
        for piece in pieces {
            let (units, lost) = pieceUnits(piece, spans: spans)
            leaves += units
            contested.formUnion(lost)
        }
        // Merged cells: a piece over texts below it that stand apart from each other, with the
        // lines right under it that continue it (one piece each, centred under it).
        var merged: [(unit: Unit, text: String, below: [Int])] = []
        var taken = Set<Int>()
        for (index, piece) in pieces.enumerated() where !taken.contains(index) {
            // A merged cell heads its columns: no text of theirs stands above it.
            guard !pieces.indices.contains(where: { pieces[$0].line < piece.line && pieces[$0].overlaps(piece) && !taken.contains($0) })
            else { continue }
            var text = piece.text, lastLine = piece.line
            var continuation: [Int] = []
            while true {
                let near = pieces.indices.filter { pieces[$0].line > lastLine && pieces[$0].line - lastLine <= cellLineGap && pieces[$0].overlaps(piece) }
                let nextLine = near.map { pieces[$0].line }.min()
                let next = near.filter { pieces[$0].line == nextLine }
                guard next.count == 1, let only = next.first, pieces[only].end - pieces[only].start < piece.end - piece.start,
                    abs(pieces[only].middle - piece.middle) <= continuationSlack
                else { break }
                continuation.append(only)
                text += " " + pieces[only].text
                lastLine = pieces[only].line
            }
            let below = leaves.indices.filter { leaves[$0].line > lastLine && leaves[$0].overlaps(piece) }
            // Centred over them: the first lines of neighbouring cells run together stand
            // off the middle of the lines below (pdftotext sets each over its own cell).
            guard groups(below.map { leaves[$0] }) >= 2, abs(extent(of: below.map { leaves[$0] }).middle - piece.middle) <= mergedSlack
            else { continue }
            merged.append((piece, text, below))
            taken.insert(index)
            taken.formUnion(continuation)
        }
        let units = leaves.filter { !taken.contains($0.piece) }
        let stacks = stacks(of: units, spans: spans)
        let placed = assign(stacks.map { extent(of: $0.map { units[$0] }) }, to: spans)
        var leafText = [String](repeating: "", count: spans.count)
        var uncertain = Set<Int>()
        var columnOfUnit: [Int: Int] = [:]
        for (stack, column) in zip(stacks, placed) {
            let middle = extent(of: stack.map { units[$0] }).middle
            let span = spans[column]
            // Words of one line standing nearest different columns, joined through the lines
            // above and below them, are several cells' words run together.
            let bridged = stack.contains { a in
                stack.contains { b in units[a].line == units[b].line && nearest(units[a], spans) != nearest(units[b], spans) }
            }
            guard !bridged, middle >= Double(span.low) - stackSlack, middle <= Double(span.high) + stackSlack else {
                uncertain.insert(column)
                continue
            }
            let text = stack.map { units[$0] }.sorted { ($0.line, $0.start) < ($1.line, $1.start) }.map(\.text).joined(separator: " ")
            leafText[column] = leafText[column].isEmpty ? text : leafText[column] + " " + text
            for unit in stack { columnOfUnit[unit] = column }
        }
        // A line of a figure column's cell is no wider than the cell (the PDF wraps it to fit):
        // a column whose words on one line reach further holds words of its neighbour's.
        for column in spans.indices where spans[column].figures != nil {
            let own = columnOfUnit.filter { $0.value == column }.map { units[$0.key] }
            for line in Set(own.map(\.line)) {
                let words = extent(of: own.filter { $0.line == line })
                if words.end - words.start > spans[column].width + lineWidthSlack { uncertain.insert(column) }
            }
        }
        // A column that lost words to a guess is not named by the words it kept either.
        for column in uncertain.union(contested) { leafText[column] = "" }
        var middles: [Int: Double] = [:]
        for column in spans.indices where !leafText[column].isEmpty {
            let own = columnOfUnit.filter { $0.value == column }.map { units[$0.key] }
            middles[column] = extent(of: own).middle
        }
        // A piece whose words went to several columns, each with header words of its own
        // under the piece, may be a merged cell set off the middle of its cells: its words are
        // none of those columns' own.
        var overCells = false
        for piece in Set(units.filter(\.split).map(\.piece)) {
            let own = Set(units.indices.filter { units[$0].piece == piece }.compactMap { columnOfUnit[$0] })
            let line = pieces[piece].line
            let under = Set(units.indices.filter { units[$0].line > line && units[$0].overlaps(pieces[piece]) }.compactMap { columnOfUnit[$0] })
            if own.count > 1, own.intersection(under).count > 1 { overCells = true }
        }
        // Each column's merged cells, top first.
        var over = [[String]](repeating: [], count: spans.count)
        for cell in merged.sorted(by: { $0.unit.line < $1.unit.line }) {
            let columns = cell.below.compactMap { leaf in units.firstIndex { same($0, leaves[leaf]) } }.compactMap { columnOfUnit[$0] }
            guard let first = columns.min(), let last = columns.max() else { continue }
            // A column without a header of its own is not named by the merged cell alone.
            for column in first...last where !leafText[column].isEmpty { over[column].append(cell.text) }
        }
        let unsure = uncertain.union(contested)
        guard leafText.contains(where: { !$0.isEmpty }) || over.contains(where: { !$0.isEmpty }) else {
            return Placement(header: Header(), unsure: unsure, middles: middles, overCells: overCells, crowded: stacks.count > spans.count)
        }
        let count = (over.map(\.count).max() ?? 0) + 1
        let rows = (0..<count).map { row in
            spans.indices.map { column in row < over[column].count ? over[column][row] : leafText[column] }
        }
        return Placement(
            header: Header(rows: rows, unnamed: spans.indices.filter { leafText[$0].isEmpty }), unsure: unsure, middles: middles,
            overCells: overCells, crowded: stacks.count > spans.count)
    }

    private static func same(_ a: Unit, _ b: Unit) -> Bool {
        a.line == b.line && a.start == b.start && a.end == b.end
    }

    /// A piece as units: whole, or word by word when it is wider than the cell whose middle is
    /// nearest (words one space apart over narrow columns), each word nearest a column's middle.
    /// A word over the gap between two cells, overlapping both about equally, is placed in
    /// neither, and neither are the piece's other words nearest them: no guess.
    private static func pieceUnits(_ piece: Unit, spans: [Span]) -> (units: [Unit], contested: Set<Int>) {
        let nearest = spans.min { abs($0.middle - piece.middle) < abs($1.middle - piece.middle) }
        let words = piece.text.split(separator: " ")
        guard let nearest, words.count > 1, (piece.end - piece.start) * 10 > nearest.width * 13 else { return ([piece], []) }
        var out: [(unit: Unit, column: Int)] = []
        var contested = Set<Int>()
        var start = piece.start
        for word in words {
            let unit = Unit(line: piece.line, start: start, end: start + word.count, text: String(word), piece: piece.piece, split: true)
            start += word.count + 1
            guard let column = spans.indices.min(by: { abs(spans[$0].middle - unit.middle) < abs(spans[$1].middle - unit.middle) })
            else { continue }
            let overlaps = spans.indices.map { (column: $0, overlap: min(unit.end, spans[$0].high) - max(unit.start, spans[$0].low)) }
                .filter { $0.overlap > 0 }.sorted { $0.overlap > $1.overlap }
            if overlaps.count > 1, overlaps[0].overlap - overlaps[1].overlap <= contestedMargin {
                contested.formUnion(overlaps.prefix(2).map(\.column))
            }
            out.append((unit, column))
        }
        return (out.filter { !contested.contains($0.column) }.map(\.unit), contested)
    }

    /// A word overlapping two cells by as many characters as each other (or fewer than this
    /// more) is over the border between them.
    static let contestedMargin = 0

    /// How many runs of characters the units cover, apart from each other by one blank or more.
    private static func groups(_ units: [Unit]) -> Int {
        var count = 0, reach = Int.min
        for unit in units.sorted(by: { $0.start < $1.start }) {
            if unit.start > reach { count += 1 }
            reach = max(reach, unit.end)
        }
        return count
    }

    /// Units one under the other (a few lines apart, overlapping) are one cell's; so are the
    /// neighbouring words of one piece nearest the same column.
    private static func stacks(of units: [Unit], spans: [Span]) -> [[Int]] {
        var parent = Array(units.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index { index = parent[index] }
            return index
        }
        for a in units.indices {
            for b in units.indices where b > a {
                let (x, y) = (units[a], units[b])
                let stacked = x.line != y.line && abs(x.line - y.line) <= cellLineGap && x.overlaps(y)
                let sameWords = x.split && x.piece == y.piece && nearest(x, spans) == nearest(y, spans)
                if stacked || sameWords { parent[root(b)] = root(a) }
            }
        }
        let groups = Dictionary(grouping: units.indices, by: root)
        // Left to right; stacks centred alike (a cell's words over the words of the cell below it)
        // top first. A dictionary's order changes from run to run, and so would the header's text.
        func key(_ stack: [Int]) -> (Double, Int, Int) {
            (extent(of: stack.map { units[$0] }).middle, stack.map { units[$0].line }.min() ?? 0, stack.first ?? 0)
        }
        return groups.values.map { $0.sorted() }.sorted { key($0) < key($1) }
    }

    /// The column whose cell's middle is nearest the unit's.
    private static func nearest(_ unit: Unit, _ spans: [Span]) -> Int {
        spans.indices.min { abs(spans[$0].middle - unit.middle) < abs(spans[$1].middle - unit.middle) } ?? 0
    }

    private static func extent(of units: [Unit]) -> Unit {
        Unit(line: 0, start: units.map(\.start).min() ?? 0, end: units.map(\.end).max() ?? 0, text: "")
    }

    /// The column of each stack, in order: each its own column, at the least total distance,
    /// when there are no more stacks than columns; else each the column nearest.
    private static func assign(_ stacks: [Unit], to spans: [Span]) -> [Int] {
        let n = stacks.count, m = spans.count
        func cost(_ i: Int, _ j: Int) -> Double { abs(stacks[i].middle - spans[j].middle) }
        guard n <= m else {
            return stacks.indices.map { i in spans.indices.min { cost(i, $0) < cost(i, $1) } ?? 0 }
        }
        // best[i][j]: stacks i... in columns j..., in order.
        var best = [[Double]](repeating: [Double](repeating: .infinity, count: m + 1), count: n + 1)
        best[n] = [Double](repeating: 0, count: m + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                best[i][j] = min(best[i][j + 1], cost(i, j) + best[i + 1][j + 1])
            }
        }
        var out: [Int] = []
        var i = 0, j = 0
        while i < n, j < m {
            if best[i][j] == cost(i, j) + best[i + 1][j + 1] {
                out.append(j)
                i += 1
            }
            j += 1
        }
        return out
    }
}
