import BaocaoTestSupport
import DocumentModel
import Foundation
import Testing
@testable import Ingest

@Suite struct RuledGridTests {
    private func rule(_ axis: RuleSegment.Axis, _ position: Double, _ start: Double, _ end: Double) -> RuleSegment {
        RuleSegment(axis: axis, position: position, start: start, end: end, thickness: 0.5)
    }

    /// Two header rows: the left column merged over both, the right header over two columns.
    @Test func missingRulesMergeCells() throws {
        let segments = [
            rule(.horizontal, 10, 0, 90), rule(.horizontal, 20, 30, 90), rule(.horizontal, 30, 0, 90),
            rule(.horizontal, 40, 0, 90),
            rule(.vertical, 0, 10, 40), rule(.vertical, 30, 10, 40), rule(.vertical, 60, 20, 40),
            rule(.vertical, 90, 10, 40),
        ]
        let grids = RuledGrid.grids(from: segments, slack: 2)
        #expect(grids.count == 1)
        let grid = try #require(grids.first)
        #expect(grid.rowEdges == [10, 20, 30, 40])
        #expect(grid.columnEdges == [0, 30, 60, 90])
        let spans = grid.cells.filter { $0.rowSpan > 1 || $0.columnSpan > 1 }
        #expect(spans.contains { $0.row == 0 && $0.column == 0 && $0.rowSpan == 2 && $0.columnSpan == 1 })
        #expect(spans.contains { $0.row == 0 && $0.column == 1 && $0.rowSpan == 1 && $0.columnSpan == 2 })
        #expect(grid.cells.count == 2 + 2 + 3)
        // The merged header answers for both its slots.
        #expect(grid.cellIndex(x: 40, y: 15) == grid.cellIndex(x: 80, y: 15))
        #expect(grid.cellIndex(x: 40, y: 25) != grid.cellIndex(x: 80, y: 25))
        #expect(grid.cellIndex(x: 95, y: 25) == nil)
    }

    /// An underline or a lone frame draws no table; a rule broken where it crosses another is one.
    @Test func strayRulesMakeNoGrid() {
        #expect(RuledGrid.grids(from: [rule(.horizontal, 10, 0, 200)], slack: 2).isEmpty)
        let frame = [rule(.horizontal, 0, 0, 50), rule(.horizontal, 20, 0, 50), rule(.vertical, 0, 0, 20), rule(.vertical, 50, 0, 20)]
        #expect(RuledGrid.grids(from: frame, slack: 2).isEmpty)
        let broken = RuledGrid.merged([rule(.horizontal, 10, 0, 40), rule(.horizontal, 10.5, 41, 90)], slack: 2)
        #expect(broken.count == 1 && broken[0].start == 0 && broken[0].end == 90)
    }

    @Test func cellLinesJoinWithASpaceButAWrappedNumberIsOne() {
        #expect(CellText.join(["Huyen B", "co ten dai"]) == "Huyen B co ten dai")
        #expect(CellText.join(["200", "5"]) == "2005")
        #expect(CellText.join(["Truoc", "1995"]) == "Truoc 1995")
    }
}

@Suite struct TextLayerTableTests {
    private func page(_ options: IngestOptions = IngestOptions()) throws -> PageWork {
        let path = try Fixtures.temporaryFile("table.pdf", TablePDF.data)
        return try InputOpener.open(path, options: options).read(page: 0)
    }

    @Test func aRuledTableIsReadCellByCell() throws {
        guard case .ready(let page) = try page() else {
            Issue.record("the text layer should be read")
            return
        }
        let table = try #require(page.tables?.first)
        #expect(page.tables?.count == 1)
        #expect(table.rowCount == 5 && table.columnCount == 4)
        #expect(table.ruled)
        func text(_ row: Int, _ column: Int) -> String? {
            table.cells.first { $0.row == row && $0.column == column }?.text
        }
        #expect(text(0, 0) == "STT")
        #expect(text(0, 2) == "Khieu nai")
        #expect(table.cells.first { $0.text == "Khieu nai" }?.columnSpan == 2)
        #expect(table.cells.first { $0.text == "STT" }?.rowSpan == 2)
        #expect(text(1, 3) == "Dang giai quyet")
        #expect(text(3, 1) == "Huyen B co ten dai")
        #expect(text(3, 2) == "1.234")
        #expect(text(3, 3) == "-")
        #expect(text(4, 0) == "")
        #expect(text(4, 1) == "Tong cong")
    }

    /// The page's text reads the table row by row, a tab between cells, where the table stands.
    @Test func pageTextReadsTheTableRowByRow() throws {
        guard case .ready(let page) = try page() else {
            Issue.record("the text layer should be read")
            return
        }
        let table = try #require(page.tables?.first)
        let rows = page.lines[table.lines].map(\.text)
        #expect(rows.count == 5)
        #expect(rows[0] == "STT\tDon vi\tKhieu nai\t")
        #expect(rows[3] == "2\tHuyen B co ten dai\t1.234\t-")
        #expect(page.lines.first?.text == "Bang 1")
        #expect(!page.lines.contains { $0.text == "Huyen A" || $0.text == "co ten dai" })
    }

    /// Columns of numbers without rules make a table: a band per row, a wrapped label
    /// joined to its row; the sentences above and below stay text.
    @Test func anUnruledTableIsReadFromItsColumns() throws {
        let path = try Fixtures.temporaryFile("unruled.pdf", TablePDF.unruled)
        guard case .ready(let page) = try InputOpener.open(path, options: IngestOptions()).read(page: 0) else {
            Issue.record("the text layer should be read")
            return
        }
        let table = try #require(page.tables?.first)
        #expect(!table.ruled)
        #expect(table.rowCount == 4 && table.columnCount == 4)
        let rows = page.lines[table.lines].map(\.text)
        #expect(rows == [
            "Don vi\tTiep nhan\tDa giai quyet\tTy le", "Huyen A\t1.204\t31\t93,9", "Huyen B co ten rat dai\t88\t-\t100",
            "Tong cong\t1.292\t31\t94,1",
        ])
        #expect(page.lines.first?.text == "Ket qua tiep nhan don trong nam nhu sau:")
        #expect(page.lines.last?.text == "Cac don con lai da duoc huong dan.")
    }

    /// A table printed sideways is left to the page's text, which reads its words whole; read
    /// across its rules, the letters of a word would stand on lines of their own.
    @Test func aSidewaysTableIsLeftToThePageText() throws {
        let path = try Fixtures.temporaryFile("sideways.pdf", TablePDF.sideways)
        guard case .ready(let page) = try InputOpener.open(path, options: IngestOptions()).read(page: 0) else {
            Issue.record("the text layer should be read")
            return
        }
        #expect(page.tables == nil)
        let text = page.lines.map(\.text).joined(separator: "\n")
        #expect(text.contains("Huyen A") && text.contains("Tiep nhan"), "\(text)")
    }

    /// A text page without columns is not rendered and has no table.
    @Test func runningTextHasNoTables() throws {
        let reader = try InputOpener.open(Fixtures.digitalPDF, options: IngestOptions())
        for index in 0..<reader.pageCount {
            guard case .ready(let page) = try reader.read(page: index) else { continue }
            #expect(page.tables == nil)
        }
    }

    /// The same table rendered and read by OCR: its rules are found on the picture, whitened,
    /// and each cell read alone; no rule comes back as a bar or a "1".
    @Test func aScannedTableIsReadCellByCell() throws {
        guard case .needsOCR(_, let image) = try page(IngestOptions(ocr: .always, dpi: 200)) else {
            Issue.record("OCR was asked for")
            return
        }
        let read = try TesseractEngine(language: "vie").read(image, pageNumber: 1)
        let table = try #require(read.tables?.first)
        #expect(table.rowCount == 5 && table.columnCount == 4)
        func text(_ row: Int, _ column: Int) -> String? {
            table.cells.first { $0.row == row && $0.column == column }?.text
        }
        #expect(text(2, 2) == "12")
        #expect(text(3, 2) == "1.234")
        #expect(text(3, 3) == "-")
        #expect(text(4, 2) == "1.246")
        #expect(text(2, 0) == "1")
        #expect(!table.cells.contains { $0.text.contains("|") })
        #expect(read.lines.contains { $0.text.contains("Bang") })
    }
}

/// Rules found on pictures drawn here: a warped scan slants a rule across a box wider than any
/// rule is thick; a shaded band of the same box is no rule.
@Suite struct RuleFinderTests {
    /// A white 200 dpi picture, 3 × 5 inches, with `ink` painted black.
    private func picture(_ ink: (Int, Int) -> Bool) -> GrayImage {
        let width = 600, height = 1000
        var pixels = [UInt8](repeating: 255, count: width * height)
        for y in 0..<height {
            for x in 0..<width where ink(x, y) { pixels[y * width + x] = 0 }
        }
        return GrayImage(width: width, height: height, dpi: 200, pixels: pixels)
    }

    @Test func aSlantedRuleOfAWarpedScanIsARule() throws {
        // Two pixels thick, drifting 30 pixels over 900 (about 1.9°): its box is 32 pixels
        // (11.5 pt) wide, thicker than the 4 pt a scanned rule may be.
        let image = picture { x, y in y >= 50 && y < 950 && x >= 300 + (y - 50) / 30 && x < 302 + (y - 50) / 30 }
        let rules = RuleFinder.scanned.rules(in: image).filter { $0.axis == .vertical }
        let rule = try #require(rules.first)
        #expect(rules.count == 1)
        #expect(abs(rule.position - 315.0 * 72 / 200) < 1)
        #expect(rule.length > 300)
        // Whitening takes the whole slanted stroke.
        #expect(rule.thickness >= 31 * 72.0 / 200)
    }

    @Test func aShadedBandIsNoRule() {
        let image = picture { x, y in y >= 50 && y < 950 && x >= 300 && x < 332 }
        #expect(RuleFinder.scanned.rules(in: image).filter { $0.axis == .vertical }.isEmpty)
    }
}
