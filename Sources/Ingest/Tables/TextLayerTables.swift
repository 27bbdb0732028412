import DocumentModel

/// The tables of a text-layer page: whether the text stands in columns at all (cheap, asked of
/// every page), and the characters of the page placed in the cells of the grids its rules draw.
struct TextLayerTables {
    let scalars: [Unicode.Scalar]
    let boxes: [PDFRect]
    let runs: [PDFFontRun]

    init(text: String, boxes: [PDFRect], runs: [PDFFontRun]) {
        scalars = Array(text.unicodeScalars)
        self.boxes = boxes
        self.runs = runs
    }

    /// Text printed side by side in columns: three columns or more on three bands of the
    /// page, or a second column starting at the same place on four bands. That is what a table
    /// looks like, and what running text, a letterhead or a signature block (centred beside
    /// the recipients) does not. Only such pages are rendered to look for ruling lines.
    var standsInColumns: Bool {
        let pieces = self.pieces()
        guard pieces.count >= 6 else { return false }
        var wide = 0
        var secondColumns: [Double] = []
        var band: [Box] = []
        func close() {
            let columns = TextLayerTables.sideBySide(band)
            if columns.count >= 3 { wide += 1 }
            if columns.count >= 2 { secondColumns.append(columns[1]) }
            band.removeAll(keepingCapacity: true)
        }
        for piece in pieces.sorted(by: { $0.y + $0.height / 2 < $1.y + $1.height / 2 }) {
            if let first = band.first, abs((piece.y + piece.height / 2) - (first.y + first.height / 2)) > first.height * 0.4 {
                close()
            }
            band.append(piece)
        }
        close()
        if wide >= 3 { return true }
        secondColumns.sort()
        return secondColumns.indices.contains { index in
            index + 3 < secondColumns.count && secondColumns[index + 3] - secondColumns[index] <= 2
        }
    }

    /// The left edges of the pieces of one band that stand apart from one another.
    private static func sideBySide(_ band: [Box]) -> [Double] {
        var lefts: [Double] = []
        var right = -Double.infinity
        for box in band.sorted(by: { $0.x < $1.x }) where box.x > right {
            lefts.append(box.x)
            right = box.maxX
        }
        return lefts
    }

    /// Runs of text on one line of the text layer with no wide gap inside: words of one cell
    /// make one piece, the cells of a row apart from each other several.
    private func pieces() -> [Box] {
        var pieces: [Box] = []
        var current: Box?
        var previous: PDFRect?
        for index in scalars.indices where index < boxes.count {
            let scalar = scalars[index]
            if scalar == "\n" {
                if let box = current { pieces.append(box) }
                current = nil
                previous = nil
                continue
            }
            guard !ScalarClass.isWhitespace(scalar) else { continue }
            let r = boxes[index]
            let box = Box(x: r.x1, y: r.y1, width: r.x2 - r.x1, height: r.y2 - r.y1)
            if let last = previous, let open = current {
                let height = max(last.y2 - last.y1, r.y2 - r.y1, 1)
                if r.x1 - last.x2 > height * 0.9 || r.x2 < last.x1 - height * 0.5 {
                    pieces.append(open)
                    current = box
                } else {
                    current = open.union(box)
                }
            } else {
                current = box
            }
            previous = r
        }
        if let box = current { pieces.append(box) }
        return pieces
    }

    /// The page's characters placed in the cells of `grids`; characters outside every grid stay
    /// with the page's lines.
    func contents(of grids: [RuledGrid]) -> [GridContent] {
        var contents = grids.map { GridContent(grid: $0) }
        let styles = runs.map { FontStyle(fontName: $0.fontName) }
        var run = 0
        var lastPlaced: (grid: Int, cell: Int, index: Int)?
        for index in scalars.indices where index < boxes.count {
            let scalar = scalars[index]
            guard !ScalarClass.isWhitespace(scalar) else { continue }
            let r = boxes[index]
            let x = (r.x1 + r.x2) / 2, y = (r.y1 + r.y2) / 2
            guard let g = grids.firstIndex(where: { $0.box.contains(x: x, y: y) }),
                let cell = grids[g].cellIndex(x: x, y: y)
            else { continue }
            while run < runs.count, runs[run].end < index { run += 1 }
            let font = run < runs.count && runs[run].start <= index ? run : nil
            // A space in the text, a line break or another cell's text between two characters
            // of a cell separates them.
            let adjacent = lastPlaced.map { $0.grid == g && $0.cell == cell && $0.index == index - 1 } ?? false
            contents[g].cells[cell].add(
                String(scalar), box: Box(x: r.x1, y: r.y1, width: r.x2 - r.x1, height: r.y2 - r.y1),
                spaceBefore: !adjacent || gapBefore(index), bold: font.map { styles[$0].bold } ?? false,
                size: font.map { runs[$0].fontSize })
            lastPlaced = (g, cell, index)
        }
        return contents
    }

    /// Two neighbouring characters stand apart by more than a letter's spacing.
    private func gapBefore(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        let a = boxes[index - 1], b = boxes[index]
        return b.x1 - a.x2 > max(a.y2 - a.y1, b.y2 - b.y1, 1) * 0.25
    }
}

extension Box {
    func contains(x px: Double, y py: Double) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }
}
