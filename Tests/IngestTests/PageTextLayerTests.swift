import BaocaoTestSupport
import DocumentModel
import Testing
@testable import Ingest

/// What a PDF's text layer holds that is not what a reader of the page sees: text drawn
/// invisibly or in white, and text typed in a legacy Vietnamese font (fixtures from
/// scripts/make-hostile.py's "wrong answers" section).
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

    @Test(arguments: [("BT 3 Tr (x) Tj ET", true), ("q\n7\nTr", true), ("3 Tr", true), ("BT 0 Tr 13 Tr 0.3 Tr ET", false),
                      ("(3 Trong) Tj", true), ("(Trong 3) Tj", false), ("", false)])
    func aLookForTheOperatorThatHidesText(content: String, hides: Bool) {
        #expect(ContentPainter.mayHideText(Array(content.utf8)) == hides)
    }

    /// Text drawn sideways on a page that is not turned (a landscape table in a gazette) is
    /// left as poppler lays it out; only `/Rotate` turns a page's text upright.
    @Test func sidewaysTextOnAnUnturnedPageStaysAsItIs() throws {
        let content = "BT /F1 12 Tf 0 1 -1 0 300 100 Tm (Danh sach nhan vien nghiep vu cua doanh nghiep) Tj ET"
        let path = try Fixtures.temporaryFile("sideways.pdf", HandMadeFiles.pdf(mediaBox: "0 0 595 842", content: content))
        let reader = try InputOpener.open(path, options: IngestOptions(ocr: .never))
        guard case .ready(let page) = try reader.read(page: 0) else {
            Issue.record("a text page is ready at once")
            return
        }
        #expect(page.width < page.height)
        let box = try #require(page.lines.first?.box)
        #expect(box.height > box.width)
    }

    /// A .VnTime text layer came out as "§· tiÕp nhËn" with no notice.
    @Test func tcvn3TextLayerIsConvertedWithANotice() throws {
        let page = try #require(ready(try pages("wa-vntime.pdf", ocr: .never)).first)
        #expect(page.lines.map(\.text) == [
            "Báo cáo kết quả tiếp công dân quý III", "Trong quý III, Ban Tiếp công dân huyện đã tiếp 46 lượt công dân.",
            "Đã tiếp nhận 38 đơn khiếu nại và 12 đơn tố cáo của nhân dân.", "Đã giải quyết xong 31 đơn, đạt tỷ lệ 81,6%.",
        ])
        #expect(page.notices == [PageTextLayer.tcvn3Notice])
        // Each letter keeps its box: the spans' edges still hold two per character.
        let line = try #require(page.lines.first)
        #expect(line.spans.allSatisfy { ($0.edges?.count ?? 0) == 2 * $0.text.unicodeScalars.count })
    }

    /// Unicode text layers, Vietnamese included, are never taken for TCVN3.
    @Test func unicodeTextLayerIsLeftAlone() throws {
        let reader = try InputOpener.open(Fixtures.digitalPDF, options: IngestOptions())
        for index in 0..<reader.pageCount {
            guard case .ready(let page) = try reader.read(page: index) else { continue }
            #expect(page.notices.isEmpty)
        }
    }

    @Test func aHyphenBetweenWordsStaysAHyphen() {
        let layer = PageTextLayer(text: "Hµ Néi - n-íc", boxes: Array(repeating: PDFRect(x1: 0, y1: 0, x2: 1, y2: 1), count: 13), runs: [
            PDFFontRun(start: 0, end: 12, fontName: "ABCDEF+.VnTime", fontSize: 12),
        ])
        #expect(layer.convertingTCVN3()?.text == "Hà Nội - nước")
    }
}
