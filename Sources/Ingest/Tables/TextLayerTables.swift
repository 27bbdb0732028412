import DocumentModel
import VietnameseText

/// The tables of a text-layer page: whether the text stands in columns at all (cheap, asked of
/// every page), and the characters of the page placed in the cells of the grids its rules draw.
struct TextLayerTables {
    /// The page text, read scalar by scalar beside `boxes` (one box per scalar).
    let text: String
    let boxes: [PDFRect]
    let runs: [PDFFontRun]

    init(text: String, boxes: [PDFRect], runs: [PDFFontRun]) {
        self.text = text
        self.boxes = boxes
        self.runs = runs
    }

    /// Text printed side by side in columns: three columns or more on two bands of the page,
    /// or a second column starting at the same place on three bands. That is what a table
    /// looks like, and what running text, a letterhead or a signature block (centred beside
    /// the recipients) does not. Only such pages are looked at for ruling lines.
    var standsInColumns: Bool {
        let bands = self.bands(withText: false)
        guard bands.reduce(0, { $0 + $1.count }) >= 6 else { return false }
        var wide = 0
        var secondColumns: [Double] = []
        for band in bands {
            let columns = TextPiece.sideBySide(band)
            if columns.count >= 3 { wide += 1 }
            if columns.count >= 2 { secondColumns.append(columns[1].box.x) }
        }
        return wide >= 2 || TextLayerTables.alignedEdges(secondColumns, bands: 3) >= 1
    }

    /// How many places at least `bands` of the `edges` (x positions, right edges negated)
    /// share, within two points.
    private static func alignedEdges(_ edges: [Double], bands: Int) -> Int {
        let sorted = edges.sorted()
        var places = 0
        var index = 0
        while index + bands - 1 < sorted.count {
            if sorted[index + bands - 1] - sorted[index] <= 2 {
                places += 1
                let place = sorted[index]
                while index < sorted.count, sorted[index] - place <= 2 { index += 1 }
            } else {
                index += 1
            }
        }
        return places
    }

    /// The pieces of the page grouped into bands, top to bottom: pieces whose middles stand
    /// at one height, left to right. Their text is gathered only `withText`.
    func bands(withText: Bool = true) -> [[TextPiece]] {
        var bands: [[TextPiece]] = []
        var band: [TextPiece] = []
        for piece in pieces(withText: withText).sorted(by: { $0.middle < $1.middle }) {
            if let first = band.first, abs(piece.middle - first.middle) > first.box.height * 0.4 {
                bands.append(band.sorted { $0.box.x < $1.box.x })
                band.removeAll(keepingCapacity: true)
            }
            band.append(piece)
        }
        if !band.isEmpty { bands.append(band.sorted { $0.box.x < $1.box.x }) }
        return bands
    }

    /// Runs of text on one line of the text layer with no wide gap inside: words of one cell
    /// make one piece, the cells of a row apart from each other several.
    private func pieces(withText: Bool) -> [TextPiece] {
        var pieces: [TextPiece] = []
        var current: TextPiece?
        var previous: PDFRect?
        for (index, scalar) in zip(boxes.indices, text.unicodeScalars) {
            if scalar == "\n" {
                if let piece = current { pieces.append(piece) }
                current = nil
                previous = nil
                continue
            }
            guard !ScalarClass.isWhitespace(scalar) else {
                if withText, current != nil { current?.text.unicodeScalars.append(" ") }
                continue
            }
            let r = boxes[index]
            let box = Box(x: r.x1, y: r.y1, width: r.x2 - r.x1, height: r.y2 - r.y1)
            if let last = previous, var open = current {
                let height = max(last.y2 - last.y1, r.y2 - r.y1, 1)
                if r.x1 - last.x2 > height * 0.9 || r.x2 < last.x1 - height * 0.5 {
                    pieces.append(open)
                    current = TextPiece(box: box, text: withText ? String(scalar) : "")
                } else {
                    open.box = open.box.union(box)
                    if withText { open.text.unicodeScalars.append(scalar) }
                    current = open
                }
            } else {
                current = TextPiece(box: box, text: withText ? String(scalar) : "")
            }
            previous = r
        }
        if let piece = current { pieces.append(piece) }
        return pieces
    }

    /// The page's characters placed in the cells of `grids`; characters outside every grid stay
    /// with the page's lines.
    func contents(of grids: [RuledGrid], ruled: Bool = true) -> [GridContent] {
        var contents = grids.map { GridContent(grid: $0, ruled: ruled) }
        let styles = runs.map { FontStyle(fontName: $0.fontName) }
        var run = 0
        var lastPlaced: (grid: Int, cell: Int, index: Int)?
        for (index, scalar) in zip(boxes.indices, text.unicodeScalars) {
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
            if adjacent {
                let before = boxes[index - 1]
                if abs(y - (before.y1 + before.y2) / 2) > abs(x - (before.x1 + before.x2) / 2) {
                    contents[g].steps.upright += 1
                } else {
                    contents[g].steps.across += 1
                }
            }
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
