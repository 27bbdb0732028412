import BaocaoTestSupport
import Foundation
import Testing
@testable import Ingest

/// Each of `IngestLimits` refuses an input that goes over it, and lets through one that does not.
@Suite struct LimitTests {
    private func options(_ limits: IngestLimits, ocr: OCRPolicy = .auto) -> IngestOptions {
        IngestOptions(ocr: ocr, limits: limits)
    }

    private func readAll(_ path: String, _ options: IngestOptions) throws(IngestError) -> [PageWork] {
        let reader = try InputOpener.open(path, options: options)
        var pages: [PageWork] = []
        for index in 0..<reader.pageCount { pages.append(try reader.read(page: index)) }
        return pages
    }

    /// The ingest error `body` throws, nil when it throws none.
    private func error(_ body: () throws -> Void) -> IngestError? {
        do { try body() } catch { return error as? IngestError }
        return nil
    }

    @Test func documentWithMorePagesThanTheLimitIsRefused() throws {
        let refused = error { _ = try InputOpener.open(Fixtures.digitalPDF, options: options(IngestLimits(maxPages: 3))) }
        #expect(refused == .tooManyPages(count: 4, limit: 3))
        #expect(try InputOpener.open(Fixtures.digitalPDF, options: options(IngestLimits(maxPages: 4))).pageCount == 4)
        let text = try Fixtures.temporaryFile("ba-trang.txt", Data("Trang một\u{0C}Trang hai\u{0C}Trang ba\n".utf8))
        #expect(error { _ = try InputOpener.open(text, options: options(IngestLimits(maxPages: 2))) }
            == .tooManyPages(count: 3, limit: 2))
    }

    @Test func pageLargerThanTheLimitIsRefusedBeforeRendering() throws {
        let huge = try Fixtures.temporaryFile("rong.pdf", HandMadeFiles.pdf(mediaBox: "0 0 20000 600"))
        for policy in [OCRPolicy.never, .always] {
            #expect(error { _ = try readAll(huge, options(IngestLimits(), ocr: policy)) }
                == .pageTooLarge(page: 1, width: 20000, height: 600, limit: 14400))
        }
        let a4 = try Fixtures.temporaryFile("a4.pdf", HandMadeFiles.pdf(mediaBox: "0 0 595 842"))
        #expect(try readAll(a4, options(IngestLimits(), ocr: .never)).count == 1)
        #expect(error { _ = try readAll(a4, options(IngestLimits(maxPageSide: 600), ocr: .never)) }
            == .pageTooLarge(page: 1, width: 595, height: 842, limit: 600))
    }

    @Test func pdfPageWithMoreTextThanTheLimitIsRefused() throws {
        let refused = error { _ = try readAll(Fixtures.digitalPDF, options(IngestLimits(maxTextPerPage: 200), ocr: .never)) }
        guard case .textTooLong(let page, let characters, let limit) = refused else {
            Issue.record("expected textTooLong, got \(String(describing: refused))")
            return
        }
        #expect(page == 1 && limit == 200 && characters > 200)
        #expect(try readAll(Fixtures.digitalPDF, options(IngestLimits(), ocr: .never)).count == 4)
    }

    @Test func textFilePageWithMoreTextThanTheLimitIsRefused() throws {
        let line = String(repeating: "Số đơn thư tiếp nhận trong kỳ. ", count: 40)
        let path = try Fixtures.temporaryFile("dai.txt", Data("Mở đầu\u{0C}\(line)\n".utf8))
        let characters = line.unicodeScalars.count
        #expect(error { _ = try readAll(path, options(IngestLimits(maxTextPerPage: characters - 1))) }
            == .textTooLong(page: 2, characters: characters, limit: characters - 1))
        #expect(try readAll(path, options(IngestLimits(maxTextPerPage: characters))).count == 2)
    }

    @Test func imageWithASideOverTheLimitIsRefusedFromItsHeader() {
        let refused = error { _ = try InputOpener.open(Fixtures.fixture("page.png"), options: options(IngestLimits(maxImageSide: 500))) }
        guard case .imageSideTooLong(let width, let height, let limit) = refused else {
            Issue.record("expected imageSideTooLong, got \(String(describing: refused))")
            return
        }
        #expect(limit == 500 && max(width, height) > 500)
    }

    @Test func everyTIFFPageIsCheckedBeforeItIsDecoded() throws {
        let bomb = HandMadeFiles.tiff(pages: [(8, 8), (100_000, 100_000)])
        let path = try Fixtures.temporaryFile("bom.tiff", bomb)
        let reader = try InputOpener.open(path, options: IngestOptions())
        #expect(reader.pageCount == 2)
        guard case .needsOCR(_, let image) = try reader.read(page: 0) else {
            Issue.record("the first page should go to OCR")
            return
        }
        #expect(image.width == 8 && image.height == 8)
        #expect(error { _ = try reader.read(page: 1) } == .imageSideTooLong(width: 100_000, height: 100_000, limit: 32000))
        let wide = try Fixtures.temporaryFile("rong.tiff", HandMadeFiles.tiff(pages: [(8, 8), (20_000, 20_000)]))
        #expect(error { _ = try readAll(wide, IngestOptions()) }
            == .imageTooLarge(width: 20_000, height: 20_000, limit: 100_000_000))
    }

    @Test func declaredImageBombIsRefusedBeforePopplerDecodesIt() throws {
        let bomb = try Fixtures.temporaryFile("bom.pdf", HandMadeFiles.pdfWithImage(width: 100_000, height: 100_000))
        #expect(error { _ = try readAll(bomb, options(IngestLimits(), ocr: .always)) }
            == .imageSideTooLong(width: 100_000, height: 100_000, limit: 32000))
        let wide = try Fixtures.temporaryFile("rong.pdf", HandMadeFiles.pdfWithImage(width: 20_000, height: 20_000))
        #expect(error { _ = try readAll(wide, options(IngestLimits(), ocr: .always)) }
            == .imageTooLarge(width: 20_000, height: 20_000, limit: 100_000_000))
        // Its text layer is read without rendering, so the declared image does not matter there.
        #expect(try readAll(bomb, options(IngestLimits(), ocr: .never)).count == 1)
        let small = try Fixtures.temporaryFile("nho.pdf", HandMadeFiles.pdfWithImage(width: 40, height: 60))
        #expect(try readAll(small, options(IngestLimits(), ocr: .always)).count == 1)
    }

    @Test func renderingStaysUnderTheSideLimit() throws {
        // A rule from top to bottom: the inked region, which is what is rendered, is the page's height.
        let tall = try Fixtures.temporaryFile(
            "cao.pdf", HandMadeFiles.pdf(mediaBox: "0 0 600 3000", content: "2 w 300 0 m 300 3000 l S"))
        let pages = try readAll(tall, options(IngestLimits(maxImageSide: 4000), ocr: .always))
        guard case .needsOCR(_, let image) = pages.first else {
            Issue.record("the page should be rendered for OCR")
            return
        }
        #expect(max(image.width, image.height) <= 4000 && image.height > 3000)
    }

    @Test func limitMessagesAreOneLineAndNameTheirFlag() {
        let errors: [(IngestError, String)] = [
            (.tooManyPages(count: 9000, limit: 5000), "--max-pages"),
            (.pageTooLarge(page: 2, width: .infinity, height: 10, limit: 14400), "--max-page-size"),
            (.textTooLong(page: 3, characters: 2_000_000, limit: 1_000_000), "--max-text-per-page"),
            (.imageSideTooLong(width: 100_000, height: 10, limit: 32000), "--max-image-side"),
            (.ocrTimedOut(page: 4, seconds: 60), "--page-timeout"),
        ]
        for (error, flag) in errors {
            #expect(error.description.contains(flag) && !error.description.contains("\n"))
        }
        #expect(IngestError.ocrTimedOut(page: 4, seconds: 60).description == "page 4: OCR took longer than 60 s (--page-timeout)")
    }

    // What poppler would run for a page is counted before it runs (it cannot be stopped once
    // it has started): forms expanded by their uses, inline images wherever they are; and a
    // page whose text poppler cut at its tiny-glyph cap says so.

    static let hostile = Fixtures.fixture("hostile")

    /// A form drawn three times by a form the page draws once, each drawing two filled squares.
    private static let nestedForms = HandMadeFiles.file([
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Fm0 5 0 R >> >> >>",
        "<< /Length 7 >>\nstream\n/Fm0 Do\nendstream",
        "<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /Fm1 6 0 R >> >> /Length 23 >>\n"
            + "stream\n/Fm1 Do /Fm1 Do /Fm1 Do\nendstream",
        "<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Length 25 >>\nstream\n0 0 1 1 re f 2 2 1 1 re f\nendstream",
    ])

    @Test func formsAreCountedOnceAndMultipliedByTheirUses() throws {
        let path = try Fixtures.temporaryFile("forms.pdf", Self.nestedForms)
        let cost = DrawingCost(objects: try #require(PDFObjects(path: path)))
        // The page's Do, then Fm0: three Do and three times Fm1's four operators.
        #expect(cost.tally(ofPage: 0)?.operators == 1 + 3 + 3 * 4)
        #expect(try readAll(path, options(IngestLimits(), ocr: .never)).count == 1)
    }

    @Test func aDrawingThatFansOutIsRefusedBeforePopplerRunsIt() throws {
        for name in ["r2-form-fan-out.pdf", "r2-form-fan-out-no-text.pdf"] {
            let start = Date()
            #expect(error { _ = try readAll("\(Self.hostile)/\(name)", options(IngestLimits(), ocr: .never)) }
                == .drawingTooLarge(page: 1, limit: DrawingCost.maximumOperators))
            #expect(Date().timeIntervalSince(start) < 5, "\(name)")
        }
    }

    @Test func inlineImagesInsideCompressedStreamsAndFormsAreChecked() throws {
        for name in ["r3-inline-image-flate.pdf", "r3-inline-image-in-form.pdf"] {
            for ocr in [OCRPolicy.never, .auto] {
                #expect(error { _ = try readAll("\(Self.hostile)/\(name)", options(IngestLimits(), ocr: ocr)) }
                    == .imageSideTooLong(width: 60000, height: 60000, limit: 32000), "\(name)")
            }
        }
    }

    @Test func aPageCutAtPopplersTinyGlyphCapSaysSo() throws {
        let pages = try readAll("\(Self.hostile)/r3-tiny-glyphs.pdf", options(IngestLimits(), ocr: .never))
        guard case .ready(let page)? = pages.first else {
            Issue.record("the page was not read from its text layer")
            return
        }
        #expect(page.notices == [TinyGlyphCap.notice(page: 1)])
        // An ordinary report has nothing to say.
        for work in try readAll(Fixtures.digitalPDF, options(IngestLimits(), ocr: .never)) {
            if case .ready(let page) = work { #expect(page.notices.isEmpty) }
        }
    }
}
