import BaocaoTestSupport
import DocumentModel
import Testing
@testable import Ingest

/// What a PDF's text layer holds that is not what a reader of the page sees: text drawn
/// invisibly or in white (fixtures from scripts/make-hostile.py's "wrong answers" section).
@Suite struct PageTextLayerTests {
    private func pages(_ name: String, ocr: OCRPolicy = .auto) throws -> [PageWork] {
        var options = IngestOptions()
        options.ocr = ocr
        let reader = try InputOpener.open(Fixtures.fixture("hostile/\(name)"), options: options)
        return try (0..<reader.pageCount).map { try reader.read(page: $0) }
    }

    private func ready(_ work: [PageWork]) -> [Page] {
        work.compactMap { if case .ready(let page) = $0 { return page } else { return nil } }
    }

    /// `3 Tr` text over no picture was read as the page's text (and its numbers as figures).
    @Test(arguments: ["wa-invisible-tr3.pdf", "wa-white-text.pdf"])
    func textNoReaderSeesIsLeftOut(name: String) throws {
        let page = try #require(ready(try pages(name, ocr: .never)).first)
        #expect(page.text.contains("Da tiep nhan 38 don khieu nai"))
        #expect(!page.text.contains("777"))
        #expect(!page.text.contains("999"))
        #expect(page.lines.count == 4)
    }

    /// The round-two fixture: one invisible line and one visible.
    @Test func invisibleLineBesideAVisibleOneIsLeftOut() throws {
        let page = try #require(ready(try pages("r2-invisible-text.pdf", ocr: .never)).first)
        #expect(page.text == "Bao cao")
    }

    /// An OCR program's invisible layer over a page-sized picture is the scan's text.
    @Test func invisibleTextOverAPictureIsTheScansText() throws {
        let page = try #require(ready(try pages("wa-ocr-layer.pdf")).first)
        #expect(page.source == .text)
        #expect(page.text.contains("Da tiep nhan 38 don khieu nai"))
        #expect(page.lines.count == 32)
    }
}
