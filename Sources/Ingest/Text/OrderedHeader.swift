/// A text table's header read by the order of its cells when their places cannot name the
/// columns: `pdftotext -layout` sets each header line by its own words, so a dense line (one
/// space between neighbouring cells: "Khiếu Tố nghị,") is squeezed far off the figures under
/// it, by a different amount in each cell, and no one offset (`SpacedHeader.drifted`) moves it
/// back. What it keeps is the order: the words of one line stand left to right as their cells
/// do, and a cell's lines stand one under the other in the order of the cells. So the header's
/// lines are paired with each other in order (each text with the text of its own cell on the
/// neighbouring line, never crossing), which builds each cell's stack of lines; a piece over
/// stacks apart from each other is a merged cell; and when there are as many stacks as
/// columns, the k-th stack heads the k-th column. Any other count is a guess: nil.
enum OrderedHeader {
    /// A text of the header where it stands: a piece, or a word of a piece found to hold the
    /// first lines of several cells run together.
    struct Text {
        var line: Int
        var start: Int
        var end: Int
        var text: String
        /// The piece the text is or was split from.
        var piece: Int
        var split = false

        var middle: Double { Double(start + end) / 2 }

        func overlaps(_ other: Text) -> Bool { min(end, other.end) > max(start, other.start) }

        var words: [Text] {
            var out: [Text] = []
            var at = start
            for word in text.split(separator: " ") {
                out.append(Text(line: line, start: at, end: at + word.count, text: String(word), piece: piece, split: true))
                at += word.count + 1
            }
            return out
        }
    }

    /// How far apart (middles, in characters) two lines of one cell may stand: pdftotext
    /// squeezes a dense line more than the sparse lines over and under it.
    static let lineReach = 6.0
    /// How near the texts of a neighbouring line the words of a piece must stand, one each, to
    /// be the first lines of several cells run together ("Khiếu Tố nghị," over "nại | cáo phản").
    static let runTogetherReach = 3.0
    /// How far off the middle of the texts under it a merged cell may stand: the dense line
    /// under it is squeezed by a few characters (`SpacedHeader.mergedSlack` where the header
    /// stands as printed).
    static let mergedReach = 3.0

    static func header(lines: [[SpacedColumns.Cell]], spans: [SpacedHeader.Span]) -> SpacedHeader.Header? {
        var pieces: [Text] = []
        for (line, cells) in lines.enumerated() {
            for cell in cells { pieces.append(Text(line: line, start: cell.start, end: cell.end, text: cell.text, piece: pieces.count)) }
        }
        // Cells run together are told apart first: the merged cells stand over several of them.
        let all = split(pieces)
        let merged = mergedCells(pieces, units: all)
        let taken = Set(merged.flatMap(\.pieces))
        let units = all.filter { !taken.contains($0.piece) }
        var stacks = stacks(of: units)
        // Merged cells over their columns, by the line they stand on.
        var over: [(text: String, line: Int, columns: [Int])] = []
        // A stack whose lines all stand above those of the stacks either side of it heads
        // columns, a merged cell the centring on its words missed ("Tố cáo" set between its two
        // columns, "Khiếu nại" right over the middle one of its three).
        var heads: [[Int]] = []
        if stacks.count > spans.count {
            let found = stacks.indices.filter { index in
                index > 0 && index + 1 < stacks.count && stacks[index].allSatisfy { unit in
                    [stacks[index - 1], stacks[index + 1]].allSatisfy { side in side.allSatisfy { units[$0].line > units[unit].line } }
                }
            }
            guard stacks.count - found.count == spans.count else { return nil }
            heads = found.map { stacks[$0] }
            let dropped = Set(found)
            stacks = stacks.indices.filter { !dropped.contains($0) }.map { stacks[$0] }
        }
        guard stacks.count == spans.count else { return nil }
        // Each stack stands near its column: no further off it than a header drifts.
        for (stack, span) in zip(stacks, spans) {
            let reach = extent(of: stack.map { units[$0] })
            guard reach.end > span.low - SpacedHeader.maximumDrift, reach.start < span.high + SpacedHeader.maximumDrift else { return nil }
        }
        var columnOfUnit: [Int: Int] = [:]
        for (column, stack) in stacks.enumerated() { for unit in stack { columnOfUnit[unit] = column } }
        let leaf = stacks.map { stack in
            stack.map { units[$0] }.sorted { ($0.line, $0.start) < ($1.line, $1.start) }.map(\.text).joined(separator: " ")
        }
        var covered = Set<Int>()
        for head in heads {
            let texts = head.map { units[$0] }
            let last = texts.map(\.line).max() ?? 0
            guard let columns = run(under: extent(of: texts), last: last, stacks: stacks.map { $0.map { units[$0] } }, spans: spans, covered: covered)
            else { return nil }
            covered.formUnion(columns)
            let text = texts.sorted { ($0.line, $0.start) < ($1.line, $1.start) }.map(\.text).joined(separator: " ")
            over.append((text, extent(of: texts).line, Array(columns)))
        }
        for cell in merged {
            let columns = units.indices.filter { units[$0].line > cell.last && units[$0].overlaps(cell.extent) }.compactMap { columnOfUnit[$0] }
            over.append((cell.text, cell.extent.line, columns))
        }
        var above = [[String]](repeating: [], count: spans.count)
        for cell in over.sorted(by: { $0.line < $1.line }) {
            // A merged cell covers two columns or more.
            guard let first = cell.columns.min(), let last = cell.columns.max(), last > first else { return nil }
            for column in first...last { above[column].append(cell.text) }
        }
        let count = (above.map(\.count).max() ?? 0) + 1
        let rows = (0..<count).map { row in spans.indices.map { row < above[$0].count ? above[$0][row] : leaf[$0] } }
        return SpacedHeader.Header(rows: rows, unnamed: [])
    }

    /// A piece with the lines right under it that continue it (one shorter piece each, centred
    /// under it) over two texts or more of one line below, centred on the texts under it: a
    /// merged cell. A piece split as cells run together (`split`) is none.
    private static func mergedCells(_ pieces: [Text], units: [Text]) -> [(text: String, extent: Text, last: Int, pieces: [Int])] {
        var out: [(text: String, extent: Text, last: Int, pieces: [Int])] = []
        var taken = Set<Int>()
        let splitPieces = Set(units.filter(\.split).map(\.piece))
        for piece in pieces where !taken.contains(piece.piece) && !splitPieces.contains(piece.piece) {
            guard !pieces.contains(where: { $0.line < piece.line && $0.overlaps(piece) && !taken.contains($0.piece) }) else { continue }
            var text = piece.text, last = piece.line
            var continuation: [Int] = []
            while true {
                let near = pieces.filter { $0.line > last && $0.line - last <= SpacedHeader.cellLineGap && $0.overlaps(piece) }
                let nextLine = near.map(\.line).min()
                let next = near.filter { $0.line == nextLine }
                guard next.count == 1, let only = next.first, only.end - only.start < piece.end - piece.start,
                    abs(only.middle - piece.middle) <= SpacedHeader.continuationSlack
                else { break }
                continuation.append(only.piece)
                text += " " + only.text
                last = only.line
            }
            let below = units.filter { $0.line > last && $0.overlaps(piece) }
            guard Dictionary(grouping: below, by: \.line).values.contains(where: { $0.count >= 2 }),
                abs(extent(of: below).middle - piece.middle) <= mergedReach
            else { continue }
            out.append((text, piece, last, [piece.piece] + continuation))
            taken.insert(piece.piece)
            taken.formUnion(continuation)
        }
        return out
    }

    /// Whether the words of `unit` pair, in order and one each, with two texts or more of a
    /// line within a cell's reach above or below it.
    private static func runTogether(_ unit: Text, among texts: [Text]) -> Bool {
        let words = unit.words
        guard words.count > 1 else { return false }
        for offset in [1, -1, 2, -2] where abs(offset) <= SpacedHeader.cellLineGap {
            let other = texts.filter { $0.line == unit.line + offset }
            if Set(pairs(words, other, reach: runTogetherReach).map(\.1)).count >= 2 { return true }
        }
        return false
    }

    /// The units split into words where a piece holds cells run together, until none does (a
    /// line split shows the lines next to it where theirs run together too).
    private static func split(_ pieces: [Text]) -> [Text] {
        var units = pieces
        var changed = true
        while changed {
            changed = false
            for index in units.indices where !units[index].split && units[index].text.contains(" ") {
                if runTogether(units[index], among: units) {
                    units.replaceSubrange(index...index, with: units[index].words)
                    changed = true
                    break
                }
            }
        }
        return units
    }

    /// The pairs (indices into `upper`, `lower`) of an order-keeping one-to-one matching of two
    /// lines' texts, each pair overlapping or no further apart than `reach`: the most pairs, then
    /// the least distance.
    private static func pairs(_ upper: [Text], _ lower: [Text], reach: Double) -> [(Int, Int)] {
        let a = upper.indices.sorted { upper[$0].start < upper[$1].start }
        let b = lower.indices.sorted { lower[$0].start < lower[$1].start }
        let n = a.count, m = b.count
        guard n > 0, m > 0 else { return [] }
        // best[i][j]: (pairs, -distance) placing a[i...] against b[j...].
        var best = [[(Int, Double)]](repeating: [(Int, Double)](repeating: (0, 0), count: m + 1), count: n + 1)
        func better(_ x: (Int, Double), _ y: (Int, Double)) -> Bool { x.0 != y.0 ? x.0 > y.0 : x.1 > y.1 }
        func pairable(_ i: Int, _ j: Int) -> Double? {
            let (x, y) = (upper[a[i]], lower[b[j]])
            let distance = abs(x.middle - y.middle)
            return distance <= reach || x.overlaps(y) ? distance : nil
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                var choice = better(best[i + 1][j], best[i][j + 1]) ? best[i + 1][j] : best[i][j + 1]
                if let distance = pairable(i, j) {
                    let with = (best[i + 1][j + 1].0 + 1, best[i + 1][j + 1].1 - distance)
                    if better(with, choice) { choice = with }
                }
                best[i][j] = choice
            }
        }
        var out: [(Int, Int)] = []
        var i = 0, j = 0
        while i < n, j < m {
            if let distance = pairable(i, j), best[i][j] == (best[i + 1][j + 1].0 + 1, best[i + 1][j + 1].1 - distance) {
                out.append((a[i], b[j]))
                i += 1
                j += 1
            } else if best[i][j] == best[i + 1][j] {
                i += 1
            } else {
                j += 1
            }
        }
        return out
    }

    /// Each cell's texts: every line paired in order with the lines a cell's gap below it, the
    /// nearest first; a word split from a piece and paired with nothing stays with the words of
    /// its piece (over the stack it overlaps, else beside the nearest). Left to right.
    private static func stacks(of units: [Text]) -> [[Int]] {
        var parent = Array(units.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index { index = parent[index] }
            return index
        }
        var down = Set<Int>(), up = Set<Int>()
        for line in Set(units.map(\.line)).sorted() {
            for offset in 1...SpacedHeader.cellLineGap {
                let upper = units.indices.filter { units[$0].line == line && !down.contains($0) }
                let lower = units.indices.filter { units[$0].line == line + offset && !up.contains($0) }
                for (x, y) in pairs(upper.map { units[$0] }, lower.map { units[$0] }, reach: lineReach) {
                    parent[root(lower[y])] = root(upper[x])
                    down.insert(upper[x])
                    up.insert(lower[y])
                }
            }
        }
        for index in units.indices where !down.contains(index) && !up.contains(index) {
            let unit = units[index]
            let siblings = units.indices.filter { $0 != index && units[$0].piece == unit.piece }
            guard !siblings.isEmpty else { continue }
            let roots = Set(siblings.map(root))
            let under = units.indices.first { other in
                units[other].line != unit.line && abs(units[other].line - unit.line) <= SpacedHeader.cellLineGap && units[other].overlaps(unit)
                    && roots.contains(root(other))
            }
            let gap = { (other: Int) in min(abs(units[other].start - unit.end), abs(unit.start - units[other].end)) }
            guard let target = under ?? siblings.min(by: { gap($0) < gap($1) }) else { continue }
            parent[root(index)] = root(target)
        }
        let groups = Dictionary(grouping: units.indices, by: root)
        func key(_ stack: [Int]) -> (Double, Int, Int) {
            (extent(of: stack.map { units[$0] }).middle, stack.map { units[$0].line }.min() ?? 0, stack.min() ?? 0)
        }
        return groups.values.map { $0.sorted() }.sorted { key($0) < key($1) }
    }

    /// The columns a merged cell found as a stack of its own heads: two or more neighbouring
    /// figure columns, those whose own headers it stands over among them (else the one whose
    /// cell's middle is nearest), none whose header reaches up to its last line, none another merged
    /// cell of its line heads; of these, the run whose cells' middle and whose own headers'
    /// middle are nearest its middle (pdftotext centres a merged cell over the cells it covers),
    /// each column at a cost (`runColumnCost`), the first on a tie.
    /// What each column a merged cell found as a stack is taken over costs, in characters off
    /// its middle: a run grown by a column on each side keeps its middle, and only its words
    /// say whether the cell covers them.
    static let runColumnCost = 2.0

    private static func run(under head: Text, last: Int, stacks: [[Text]], spans: [SpacedHeader.Span], covered: Set<Int>) -> ClosedRange<Int>? {
        let over = stacks.indices.filter { column in stacks[column].contains { $0.overlaps(head) } }
        let nearest = spans.indices.filter { spans[$0].figures != nil }.min { abs(spans[$0].middle - head.middle) < abs(spans[$1].middle - head.middle) }
        let anchors = over.isEmpty ? nearest.map { [$0] } ?? [] : over
        guard let low = anchors.min(), let high = anchors.max() else { return nil }
        func allowed(_ column: Int) -> Bool {
            spans[column].figures != nil && !covered.contains(column) && stacks[column].allSatisfy { $0.line > last }
        }
        var best: (range: ClosedRange<Int>, distance: Double)?
        for first in spans.indices where first <= low {
            for last in spans.indices where last >= high && last > first {
                guard (first...last).allSatisfy(allowed) else { continue }
                // The cells' borders are known only roughly (the first figure column's cell reaches
                // back to the labels): the middle of its columns' cells and that of their own
                // headers both speak.
                let own = extent(of: (first...last).flatMap { stacks[$0] })
                let distance = abs(Double(spans[first].low + spans[last].high) / 2 - head.middle) + abs(own.middle - head.middle)
                    + runColumnCost * Double(last - first + 1)
                if best.map({ distance < $0.distance }) ?? true { best = (first...last, distance) }
            }
        }
        return best?.range
    }

    private static func extent(of texts: [Text]) -> Text {
        Text(line: texts.map(\.line).min() ?? 0, start: texts.map(\.start).min() ?? 0, end: texts.map(\.end).max() ?? 0, text: "", piece: -1)
    }
}
