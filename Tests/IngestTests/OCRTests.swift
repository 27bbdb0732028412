import BaocaoTestSupport
import DocumentModel
import Testing
@testable import Ingest

@Suite struct OCRTests {
    @Test func scannedSamplePageReadsAsVietnamese() throws {
        let reader = try InputOpener.open(Fixtures.scannedPDF, options: IngestOptions())
        guard case .needsOCR(_, let image) = try reader.read(page: 0) else {
            Issue.record("expected a picture")
            return
        }
        let lines = try TesseractEngine(language: "vie").recognize(image, pageNumber: 1)
        let text = lines.map(\.text).joined(separator: "\n")
        #expect(text.contains("BÁO CÁO"))
        #expect(text.contains("tiếp công dân"))
        // Words carry boxes in points inside the page, and confidences.
        let words = lines.flatMap(\.spans)
        #expect(words.count > 100)
        #expect(words.allSatisfy { ($0.box?.maxX ?? 0) <= 600 && ($0.confidence ?? -1) >= 0 })
        #expect(lines.allSatisfy { $0.text == $0.spans.map(\.text).joined(separator: " ") })
    }

    @Test func missingLanguageIsAClearError() {
        #expect(throws: IngestError.self) { try TesseractEngine(language: "khong-co") }
    }
}
