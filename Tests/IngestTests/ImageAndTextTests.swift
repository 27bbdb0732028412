import BaocaoTestSupport
import DocumentModel
import Foundation
import Testing
@testable import Ingest

@Suite struct ImageAndTextTests {
    @Test func pngIsOnePageForOCR() throws {
        let reader = try InputOpener.open(Fixtures.fixture("page.png"), options: IngestOptions())
        #expect(reader.pageCount == 1)
        guard case .needsOCR(let page, let image) = try reader.read(page: 0) else {
            Issue.record("an image must go to OCR")
            return
        }
        #expect(image.dpi == 150)
        #expect(abs(page.width - 595) < 5)  // A4 width back in points
    }

    @Test func multiPageTIFF() throws {
        let reader = try InputOpener.open(Fixtures.fixture("pages.tiff"), options: IngestOptions())
        #expect(reader.pageCount == 2)
        guard case .needsOCR(let second, let image) = try reader.read(page: 1) else {
            Issue.record("a TIFF page must go to OCR")
            return
        }
        #expect(second.number == 2)
        #expect(image.dpi == 100)
    }

    @Test func textFileKeepsLinesBlankLinesAndFormFeeds() throws {
        let text = "BÁO CÁO\nKết quả công tác\n\nĐoạn thứ hai.\n\u{0C}Trang hai\n\u{0C}"
        let path = try Fixtures.temporaryFile("bao-cao.txt", Data(text.utf8))
        let reader = try InputOpener.open(path, options: IngestOptions())
        #expect(reader.pageCount == 2)
        guard case .ready(let first) = try reader.read(page: 0), case .ready(let second) = try reader.read(page: 1) else {
            Issue.record("text pages are ready at once")
            return
        }
        #expect(first.lines.map(\.text) == ["BÁO CÁO", "Kết quả công tác", "", "Đoạn thứ hai."])
        #expect(second.lines.map(\.text) == ["Trang hai"])
    }

    @Test func decomposedTextIsComposed() throws {
        let decomposed = "Nghi\u{0323} quyê\u{0301}t"
        let path = try Fixtures.temporaryFile("nfd.txt", Data(decomposed.utf8))
        guard case .ready(let page) = try InputOpener.open(path, options: IngestOptions()).read(page: 0) else { return }
        #expect(page.lines.first?.text.unicodeScalars.count == "Nghị quyết".unicodeScalars.count)
    }
}
