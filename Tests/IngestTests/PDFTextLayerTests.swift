import BaocaoTestSupport
import DocumentModel
import Testing
@testable import Ingest

@Suite struct PDFTextLayerTests {
    private func readAll(_ path: String, options: IngestOptions = IngestOptions()) throws -> [PageWork] {
        let reader = try InputOpener.open(path, options: options)
        return try (0..<reader.pageCount).map { try reader.read(page: $0) }
    }

    private func readyPages(_ work: [PageWork]) -> [Page] {
        work.compactMap { if case .ready(let page) = $0 { return page } else { return nil } }
    }

    @Test func digitalSampleComesFromItsTextLayer() throws {
        let pages = readyPages(try readAll(Fixtures.digitalPDF))
        #expect(pages.count == 4)
        #expect(pages.allSatisfy { $0.source == .text })
        let first = pages[0]
        #expect(first.width > 500 && first.width < 700)  // A4 is 595 points wide
        #expect(first.lines.contains { $0.text == "BÁO CÁO" })
        #expect(first.text.contains("Nghị quyết số 25-NQ/TW"))
    }

    @Test func linesCarryBoxesFontsAndBoldness() throws {
        let page = readyPages(try readAll(Fixtures.digitalPDF))[0]
        let title = try #require(page.lines.first { $0.text == "BÁO CÁO" })
        #expect(title.bold)
        let box = try #require(title.box)
        #expect(box.width > 20 && box.height > 5 && box.y > 0 && box.maxY < page.height)
        let body = try #require(page.lines.first { $0.text.hasPrefix("Huyện Lâm Phong là huyện") })
        #expect(body.fontSize == 14)
        #expect(!body.bold)
        // Footnote bodies at the bottom of the page are set smaller than the body text.
        let footnote = try #require(page.lines.first { $0.text.hasPrefix("2Gồm: Chỉ thị số") })
        #expect((footnote.fontSize ?? 99) < 12)
        #expect((footnote.box?.y ?? 0) > (body.box?.y ?? .infinity))
    }

    /// LibreOffice sets a footnote's number as its own raised run; poppler reads it as a
    /// separate line, once even at the end of the page. It is put back before its text.
    @Test func footnoteNumbersStandBeforeTheirText() throws {
        let page = readyPages(try readAll(Fixtures.digitalPDF))[0]
        #expect(page.lines.contains { $0.text.hasPrefix("1Trong đó:") })
        #expect(page.lines.contains { $0.text.hasPrefix("2Gồm: Chỉ thị số") })
        #expect(!page.lines.contains { $0.text == "1" || $0.text == "2" })
        // The body's own raised marker stays inside its sentence.
        #expect(page.lines.contains { $0.text.hasSuffix("tố cáo 2; Ủy ban nhân dân huyện") })
    }

    @Test func spansConcatenateToTheLineText() throws {
        for page in readyPages(try readAll(Fixtures.digitalPDF)) {
            for line in page.lines {
                #expect(line.spans.map(\.text).joined() == line.text)
            }
        }
    }

    @Test func ocrNeverLeavesTextLayerPagesAlone() throws {
        let work = try readAll(Fixtures.digitalPDF, options: IngestOptions(ocr: .always, dpi: 72))
        #expect(work.allSatisfy { if case .needsOCR = $0 { return true } else { return false } })
    }

    @Test func scannedSampleIsSentToOCRAtItsOwnResolution() throws {
        let work = try readAll(Fixtures.scannedPDF)
        #expect(work.count == 4)
        for item in work {
            guard case .needsOCR(let page, let image) = item else {
                Issue.record("a scanned page was taken from a text layer")
                continue
            }
            #expect(page.source == .ocr)
            // The samples are scanned at 200 dpi; rendering at 300 would only upsample.
            #expect(abs(image.dpi - 200) < 2)
            #expect(image.pixels.count == image.width * image.height)
        }
    }

    @Test func renderingRespectsThePixelCap() throws {
        let options = IngestOptions(ocr: .always, dpi: 300, maxPixels: 1_000_000)
        guard case .needsOCR(_, let image) = try readAll(Fixtures.digitalPDF, options: options)[0] else {
            Issue.record("expected a rendered page")
            return
        }
        #expect(image.width * image.height <= 1_000_000)
        #expect(image.dpi < 300)
    }
}
