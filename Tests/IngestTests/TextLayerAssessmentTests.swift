import Testing
@testable import Ingest

/// Whether a page's text layer is its text, or the page is a scan under a printed header.
@Suite struct TextLayerAssessmentTests {
    static let a4 = 595.0 * 842
    static let header = "68 CÔNG BÁO/Số 577 + 578/Ngày 07-3-2023 ĐIỀU ƯỚC QUỐC TẾ"
    static let paragraph = String(repeating: "Ủy ban nhân dân tỉnh đã tiếp nhận và xử lý đơn thư của công dân. ", count: 4)

    /// A picture of `fraction` of the page's height, the page's full width.
    static func picture(_ fraction: Double) -> [PDFRect] {
        [PDFRect(x1: 0, y1: 100, x2: 595, y2: 100 + 842 * fraction)]
    }

    @Test func aScanStoppingShortOfThePageUnderAHeaderIsOCRd() {
        // A gazette's first page: a printed running header, then a scan over 43% of the page.
        let page = TextLayerAssessment(text: Self.header, pageArea: Self.a4) { Self.picture(0.43) }
        #expect(!page.isUsable)
    }

    @Test func aPageSizedScanUnderAStampIsOCRd() {
        let page = TextLayerAssessment(text: Self.header + " " + Self.header, pageArea: Self.a4) { Self.picture(0.9) }
        #expect(!page.isUsable)
    }

    @Test func textBesideAPictureIsText() {
        // A digital page with a chart: its paragraphs are in the text layer.
        #expect(TextLayerAssessment(text: Self.paragraph, pageArea: Self.a4) { Self.picture(0.43) }.isUsable)
        // A short page (a signature, a last line) with a small logo stays text too.
        #expect(TextLayerAssessment(text: Self.header, pageArea: Self.a4) { Self.picture(0.1) }.isUsable)
    }
}
