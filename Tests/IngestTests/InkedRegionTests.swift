import BaocaoTestSupport
import Foundation
import Testing
@testable import Ingest

/// A page rendered for OCR is rendered only where something is drawn, and what OCR reads
/// there still lands where it is on the page.
@Suite struct InkedRegionTests {
    private func firstPage(_ pdf: Data, name: String) throws -> PageWork {
        let path = try Fixtures.temporaryFile(name, pdf)
        return try InputOpener.open(path, options: IngestOptions(ocr: .always)).read(page: 0)
    }

    @Test func onlyTheInkedPartOfAPageIsRenderedAndItsTextKeepsItsPlace() throws {
        // One line of 24-point type whose baseline is 72 points above the foot of an A4 page.
        let page = HandMadeFiles.pdf(mediaBox: "0 0 595 842", content: "BT /F1 24 Tf 72 72 Td (Bao cao tong hop) Tj ET")
        guard case .needsOCR(let shell, let image) = try firstPage(page, name: "mot-dong.pdf") else {
            Issue.record("the page should be rendered for OCR")
            return
        }
        #expect(shell.width == 595 && shell.height == 842)
        // The picture is the line and its margin, not the page: under 80 of 842 points tall.
        let pointsPerPixel = 72 / image.dpi
        #expect(Double(image.height) * pointsPerPixel < 80 && image.originY > 700)
        #expect(image.originX > 40 && image.originX < 72)

        let lines = try TesseractEngine(language: "vie").recognize(image, pageNumber: 1)
        #expect(lines.map(\.text) == ["Bao cao tong hop"])
        // Its box, in page points from the top: the capitals rise about 17 points above a
        // baseline 770 points down.
        let box = try #require(lines.first?.box)
        #expect(box.y > 745 && box.y < 760 && box.y + box.height > 765 && box.y + box.height < 780)
        #expect(box.x > 68 && box.x < 78)
    }

    @Test func aPageWithNothingDrawnHasNothingToRead() throws {
        let blank = HandMadeFiles.pdf(mediaBox: "0 0 595 842", content: "")
        guard case .ready(let page) = try firstPage(blank, name: "trang-trang.pdf") else {
            Issue.record("a blank page should not go to OCR")
            return
        }
        #expect(page.lines.isEmpty && page.source == .ocr && page.number == 1)
    }
}
