import DocumentModel

/// The grid that crossing ruling lines draw: where rows and columns are divided, and the cells
/// (a cell is merged where the rule between two grid slots is missing).
struct RuledGrid: Sendable, Hashable {
    /// Top to bottom, outer edges included: `rowCount + 1` values.
    let rowEdges: [Double]
    /// Left to right, outer edges included: `columnCount + 1` values.
    let columnEdges: [Double]
    let cells: [Cell]
    /// The rules that draw the grid, collinear pieces joined.
    var rules: [RuleSegment] = []
    /// For every grid slot (row-major), the index of the cell covering it.
    private let slotOwner: [Int]

    init(rowEdges: [Double], columnEdges: [Double], cells: [Cell]) {
        self.rowEdges = rowEdges
        self.columnEdges = columnEdges
        self.cells = cells
        let columnCount = columnEdges.count - 1
        var owner = [Int](repeating: 0, count: max(0, (rowEdges.count - 1) * columnCount))
        for (index, cell) in cells.enumerated() {
            for row in cell.row..<(cell.row + cell.rowSpan) {
                for column in cell.column..<(cell.column + cell.columnSpan) { owner[row * columnCount + column] = index }
            }
        }
        slotOwner = owner
    }

    struct Cell: Sendable, Hashable {
        var row: Int
        var column: Int
        var rowSpan: Int
        var columnSpan: Int
    }

    var rowCount: Int { rowEdges.count - 1 }
    var columnCount: Int { columnEdges.count - 1 }

    var box: Box {
        let left = columnEdges.first ?? 0, top = rowEdges.first ?? 0
        return Box(x: left, y: top, width: (columnEdges.last ?? left) - left, height: (rowEdges.last ?? top) - top)
    }

    func box(of cell: Cell) -> Box {
        let left = columnEdges[cell.column], top = rowEdges[cell.row]
        return Box(
            x: left, y: top, width: columnEdges[cell.column + cell.columnSpan] - left,
            height: rowEdges[cell.row + cell.rowSpan] - top)
    }

    /// The index in `cells` of the cell holding the point, nil outside the grid.
    func cellIndex(x: Double, y: Double) -> Int? {
        guard let row = RuledGrid.band(of: y, in: rowEdges), let column = RuledGrid.band(of: x, in: columnEdges) else {
            return nil
        }
        return slotOwner[row * columnCount + column]
    }

    /// The band `value` falls in between consecutive `edges`, nil outside them.
    static func band(of value: Double, in edges: [Double]) -> Int? {
        guard let first = edges.first, let last = edges.last, value >= first, value < last else { return nil }
        var low = 0, high = edges.count - 1
        while high - low > 1 {
            let middle = (low + high) / 2
            if edges[middle] <= value { low = middle } else { high = middle }
        }
        return low
    }
}

extension RuledGrid {
    /// The grids drawn by `segments`: each set of rules that cross one another, with at least two
    /// rows and two columns between them. `slack` (points) is how far apart strokes may be and
    /// still meet, and how close two parallel rules may be and still be one.
    static func grids(from segments: [RuleSegment], slack: Double) -> [RuledGrid] {
        let horizontal = merged(segments.filter { $0.axis == .horizontal }, slack: slack)
        let vertical = merged(segments.filter { $0.axis == .vertical }, slack: slack)
        let rules = horizontal + vertical
        var groups = UnionFind(count: rules.count)
        for (i, h) in horizontal.enumerated() {
            for (j, v) in vertical.enumerated() where h.meets(v, slack: slack) {
                groups.union(i, horizontal.count + j)
            }
        }
        var members: [Int: [RuleSegment]] = [:]
        for index in rules.indices { members[groups.find(index), default: []].append(rules[index]) }
        return members.values
            .compactMap { grid(of: $0, slack: slack) }
            .sorted { ($0.rowEdges[0], $0.columnEdges[0]) < ($1.rowEdges[0], $1.columnEdges[0]) }
    }

    /// One grid from crossing rules, nil when they enclose fewer than two rows or two columns.
    private static func grid(of rules: [RuleSegment], slack: Double) -> RuledGrid? {
        let horizontal = rules.filter { $0.axis == .horizontal }
        let vertical = rules.filter { $0.axis == .vertical }
        guard horizontal.count >= 2, vertical.count >= 2 else { return nil }
        var rows = edges(horizontal.map(\.position), slack: slack)
        var columns = edges(vertical.map(\.position), slack: slack)
        // A table without side (or top, bottom) borders: the rules running past the outermost
        // crossing ones bound it.
        extend(&columns, to: horizontal.map(\.start).min(), horizontal.map(\.end).max(), slack: slack)
        extend(&rows, to: vertical.map(\.start).min(), vertical.map(\.end).max(), slack: slack)
        guard rows.count >= 3, columns.count >= 3 else { return nil }
        let cells = mergedCells(rows: rows, columns: columns, horizontal: horizontal, vertical: vertical, slack: slack)
        var grid = RuledGrid(rowEdges: rows, columnEdges: columns, cells: cells)
        grid.rules = rules
        return grid
    }

    /// Slots joined into cells wherever no rule divides them.
    private static func mergedCells(
        rows: [Double], columns: [Double], horizontal: [RuleSegment], vertical: [RuleSegment], slack: Double
    ) -> [Cell] {
        let rowCount = rows.count - 1, columnCount = columns.count - 1
        var slots = UnionFind(count: rowCount * columnCount)
        for row in 0..<rowCount {
            for column in 0..<columnCount {
                let slot = row * columnCount + column
                if column + 1 < columnCount,
                    !divided(at: columns[column + 1], from: rows[row], to: rows[row + 1], by: vertical, slack: slack)
                {
                    slots.union(slot, slot + 1)
                }
                if row + 1 < rowCount,
                    !divided(at: rows[row + 1], from: columns[column], to: columns[column + 1], by: horizontal, slack: slack)
                {
                    slots.union(slot, slot + columnCount)
                }
            }
        }
        var extent: [Int: (top: Int, left: Int, bottom: Int, right: Int)] = [:]
        for row in 0..<rowCount {
            for column in 0..<columnCount {
                let root = slots.find(row * columnCount + column)
                let current = extent[root] ?? (row, column, row, column)
                extent[root] = (
                    min(current.top, row), min(current.left, column), max(current.bottom, row), max(current.right, column)
                )
            }
        }
        // A group of slots that is not a rectangle (a rule missing at an odd place) is read as
        // its bounding rectangle; slots another cell already covers are left to it.
        var covered = Set<Int>()
        var cells: [Cell] = []
        for (top, left, bottom, right) in extent.values.sorted(by: { ($0.top, $0.left) < ($1.top, $1.left) }) {
            let slotsOfCell = (top...bottom).flatMap { row in (left...right).map { row * columnCount + $0 } }
            guard !slotsOfCell.contains(where: covered.contains) else { continue }
            covered.formUnion(slotsOfCell)
            cells.append(Cell(row: top, column: left, rowSpan: bottom - top + 1, columnSpan: right - left + 1))
        }
        return cells
    }

    /// A rule runs along `position` over most of `lower...upper`.
    private static func divided(
        at position: Double, from lower: Double, to upper: Double, by rules: [RuleSegment], slack: Double
    ) -> Bool {
        let covered = rules.lazy.filter { abs($0.position - position) <= slack }
            .reduce(0) { $0 + $1.overlap(from: lower, to: upper) }
        return covered >= (upper - lower) * 0.5
    }

    /// Positions of parallel rules, those closer than `slack` taken as one (a double rule).
    private static func edges(_ positions: [Double], slack: Double) -> [Double] {
        var edges: [Double] = []
        var group: [Double] = []
        for position in positions.sorted() {
            if let last = group.last, position - last > slack {
                edges.append(group.reduce(0, +) / Double(group.count))
                group.removeAll()
            }
            group.append(position)
        }
        if !group.isEmpty { edges.append(group.reduce(0, +) / Double(group.count)) }
        return edges
    }

    private static func extend(_ edges: inout [Double], to lower: Double?, _ upper: Double?, slack: Double) {
        guard let first = edges.first, let last = edges.last else { return }
        if let lower, lower < first - 3 * slack { edges.insert(lower, at: 0) }
        if let upper, upper > last + 3 * slack { edges.append(upper) }
    }

    /// Collinear pieces of one rule joined: a rule broken where it crosses another, or drawn
    /// cell by cell, is one rule.
    static func merged(_ segments: [RuleSegment], slack: Double) -> [RuleSegment] {
        var lines: [[RuleSegment]] = []
        for segment in segments.sorted(by: { $0.position < $1.position }) {
            if let last = lines.last?.last, segment.position - last.position <= slack {
                lines[lines.count - 1].append(segment)
            } else {
                lines.append([segment])
            }
        }
        var out: [RuleSegment] = []
        for line in lines {
            let weight = line.reduce(0) { $0 + max($1.length, 1) }
            let position = line.reduce(0) { $0 + $1.position * max($1.length, 1) } / weight
            var current: RuleSegment?
            for piece in line.sorted(by: { $0.start < $1.start }) {
                if var open = current, piece.start <= open.end + slack {
                    open.end = max(open.end, piece.end)
                    open.thickness = max(open.thickness, piece.thickness)
                    current = open
                } else {
                    if let open = current { out.append(open) }
                    current = RuleSegment(
                        axis: piece.axis, position: position, start: piece.start, end: piece.end, thickness: piece.thickness)
                }
            }
            if let open = current { out.append(open) }
        }
        return out
    }
}
