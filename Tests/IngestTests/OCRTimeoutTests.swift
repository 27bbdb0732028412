import BaocaoTestSupport
import DocumentModel
import Testing
@testable import Ingest

@Suite struct OCRTimeoutTests {
    /// The top fifth of the scanned sample's first page: a title and a few lines of text.
    private func titleStrip() throws -> GrayImage? {
        let reader = try InputOpener.open(Fixtures.scannedPDF, options: IngestOptions(dpi: 150))
        guard case .needsOCR(_, let image) = try reader.read(page: 0) else { return nil }
        let rows = image.height / 5
        return GrayImage(width: image.width, height: rows, dpi: image.dpi, pixels: Array(image.pixels.prefix(image.width * rows)))
    }

    @Test func pageOverItsDeadlineFailsWithATimeout() throws {
        guard let strip = try titleStrip() else {
            Issue.record("expected a picture")
            return
        }
        let engine = try TesseractEngine(language: "vie")
        #expect(throws: IngestError.ocrTimedOut(page: 3, seconds: 0.001)) {
            try engine.recognize(strip, pageNumber: 3, timeout: 0.001)
        }
        // The same engine, given time, reads the page: the deadline was the page's, not the engine's.
        let lines = try engine.recognize(strip, pageNumber: 3, timeout: 60)
        #expect(lines.map(\.text).joined(separator: " ").contains("BÁO CÁO"))
    }
}
