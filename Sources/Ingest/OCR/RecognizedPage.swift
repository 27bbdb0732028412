import DocumentModel

/// What OCR read on a page: its lines, and the ruled tables found on the picture (their rows
/// stand among the lines, one line per row).
public struct RecognizedPage: Sendable {
    public var lines: [Line]
    /// Nil when the page holds no table.
    public var tables: [PageTable]?
}

extension TesseractEngine {
    /// Recognises a page picture. Ruled tables are read cell by cell on the picture with their
    /// rules whitened (no rule read as "|" or "1"), the rest of the page around them as usual.
    public func read(_ image: GrayImage, pageNumber: Int, timeout: Double? = nil) throws(IngestError) -> RecognizedPage {
        let started = ContinuousClock.now
        let prepared = ScanTables.prepare(image)
        guard !prepared.grids.isEmpty else {
            return RecognizedPage(lines: try recognize(image, pageNumber: pageNumber, timeout: timeout), tables: nil)
        }
        let lines = try recognize(prepared.pageWithoutTables(), pageNumber: pageNumber, timeout: timeout)
        let inked = prepared.inkedCells()
        var contents = prepared.grids.map { GridContent(grid: $0) }
        for dash in inked where dash.dash {
            contents[dash.grid].cells[dash.cell].add("-", box: prepared.grids[dash.grid].box(of: prepared.grids[dash.grid].cells[dash.cell]), spaceBefore: false)
        }
        let cells = inked.filter { !$0.dash }
        let left = timeout.map { max(0.001, $0 - (ContinuousClock.now - started) / .seconds(1)) }
        let words = try recognize(prepared.image, regions: cells.map(\.region), pageNumber: pageNumber, timeout: left)
        for (cell, read) in zip(cells, words) {
            // Left to right, so the words of each printed line of the cell come in reading order.
            for word in read.flatMap(\.spans).sorted(by: { ($0.box?.x ?? 0) < ($1.box?.x ?? 0) }) {
                guard let box = word.box, let text = TesseractEngine.withoutRuleMarks(word.text) else { continue }
                contents[cell.grid].cells[cell.cell].add(text, box: box, spaceBefore: true)
            }
        }
        try rereadNumbers(&contents, regions: cells, image: prepared.image, pageNumber: pageNumber, timeout: timeout, started: started)
        let (spliced, tables) = TableSplicer.insert(contents, into: lines)
        return RecognizedPage(lines: spliced, tables: tables.isEmpty ? nil : tables)
    }

    /// Cells misread in columns of numbers (`MisreadNumbers`) read again for digits only; the
    /// new reading is kept when it is a number.
    private func rereadNumbers(
        _ contents: inout [GridContent], regions: [(grid: Int, cell: Int, region: PixelBox, dash: Bool)], image: GrayImage,
        pageNumber: Int, timeout: Double?, started: ContinuousClock.Instant
    ) throws(IngestError) {
        let misread = contents.indices.flatMap { grid in MisreadNumbers.cells(of: contents[grid]).map { (grid, $0) } }
        let again = misread.compactMap { grid, cell in regions.first { $0.grid == grid && $0.cell == cell } }
        guard !again.isEmpty else { return }
        let left = timeout.map { max(0.001, $0 - (ContinuousClock.now - started) / .seconds(1)) }
        let words = try recognize(image, regions: again.map(\.region), pageNumber: pageNumber, timeout: left, digitsOnly: true)
        for (cell, read) in zip(again, words) {
            let spans = read.flatMap(\.spans).sorted { ($0.box?.x ?? 0) < ($1.box?.x ?? 0) }
            guard CellShape.isNumber(spans.map(\.text).joined()) else { continue }
            var text = CellText()
            for word in spans {
                if let box = word.box { text.add(word.text, box: box, spaceBefore: false) }
            }
            contents[cell.grid].cells[cell.cell] = text
        }
    }

    /// A word of a cell without the bars a trace of a whitened rule is read as ("soát |",
    /// "|"); nil when nothing else is left. A table's text never holds a bar.
    static func withoutRuleMarks(_ word: String) -> String? {
        let kept = word.filter { $0 != "|" && $0 != "¦" }
        return kept.contains { $0.isLetter || $0.isNumber || $0.isPunctuation || $0.isSymbol } ? kept : nil
    }
}
