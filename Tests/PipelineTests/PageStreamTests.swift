import BaocaoTestSupport
import DocumentModel
import Foundation
import Ingest
import Testing
@testable import Pipeline

@Suite struct PageStreamTests {
    @Test func textLayerPagesStreamInOrder() async throws {
        let pool = OCRWorkerPool(workers: 2, language: "vie")
        var numbers: [Int] = []
        for try await page in PageStream.pages(of: Fixtures.digitalPDF, options: IngestOptions(), ocr: pool) {
            numbers.append(page.number)
            #expect(page.source == .text)
        }
        #expect(numbers == [1, 2, 3, 4])
    }

    /// With a lane free, a second reader reads some of the pages; the stream is the same
    /// as one reader's, and the lane is free again at its end.
    @Test func aSecondReaderTakesAFreeLaneAndGivesItBack() async throws {
        let pool = OCRWorkerPool(workers: 2, language: "vie")
        var alone: [Page] = []
        for try await page in PageStream.pages(of: Fixtures.digitalPDF, options: IngestOptions(), ocr: pool) {
            alone.append(page)
        }
        let lanes = ReadingLanes(capacity: 2)
        var shared: [Page] = []
        for try await page in PageStream.pages(of: Fixtures.digitalPDF, options: IngestOptions(), ocr: pool, lanes: lanes) {
            shared.append(page)
        }
        #expect(shared.map(\.number) == [1, 2, 3, 4])
        #expect(shared.map { $0.lines.map(\.text) } == alone.map { $0.lines.map(\.text) })
        #expect(lanes.peak == 1 && lanes.inUse == 0)

        // Every lane held by documents: no second reader.
        let busy = ReadingLanes(capacity: 1)
        busy.enter()
        for try await _ in PageStream.pages(of: Fixtures.digitalPDF, options: IngestOptions(), ocr: pool, lanes: busy) {}
        #expect(busy.peak == 1 && busy.inUse == 1)
    }

    /// OCR runs ahead on two workers, yet pages come out in order and no more than the
    /// window of rendered pictures is alive at once.
    @Test func scannedPagesStreamInOrderWithBoundedPictures() async throws {
        let pool = OCRWorkerPool(workers: 2, language: "vie")
        let gauge = PictureGauge()
        // Low resolution keeps the test quick; the bound is what is checked.
        let options = IngestOptions(dpi: 100)
        var pages: [Page] = []
        for try await page in PageStream.pages(
            of: Fixtures.scannedPDF, options: options, ocr: pool, window: 2, gauge: gauge, onPageCount: nil)
        {
            pages.append(page)
        }
        #expect(pages.map(\.number) == [1, 2, 3, 4])
        #expect(pages.allSatisfy { $0.source == .ocr && !$0.lines.isEmpty && $0.confidence != nil })
        #expect(gauge.peak >= 1 && gauge.peak <= 2)
    }

    @Test func aBadInputEndsItsStreamWithTheError() async {
        let pool = OCRWorkerPool(workers: 1, language: "vie")
        await #expect(throws: IngestError.fileNotFound) {
            for try await _ in PageStream.pages(of: "/khong/co/tep.pdf", options: IngestOptions(), ocr: pool) {}
        }
    }
}
