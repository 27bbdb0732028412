import DocumentModel
import Testing
@testable import Ingest

@Suite struct TextLayerReaderTests {
    /// Boxes for `text` set left to right, 7 points a letter, with extra room before the
    /// scalar offsets in `jumps`.
    private func boxes(_ text: String, jumps: [Int: Double] = [:]) -> [PDFRect] {
        var x = 50.0
        return text.unicodeScalars.enumerated().map { index, _ in
            x += jumps[index] ?? 0
            defer { x += 7 }
            return PDFRect(x1: x, y1: 100, x2: x + 7, y2: 114)
        }
    }

    @Test func tableCellsOnOneLineAreKeptApart() {
        let text = "ĐẦU TƯCỘNG"
        // "CỘNG" stands in the next cell, 40 points to the right of "TƯ".
        let reader = TextLayerReader(text: text, boxes: boxes(text, jumps: [6: 40]), runs: [])
        let line = reader.lines()[0]
        #expect(line.text == "ĐẦU TƯ CỘNG")
        #expect(line.spans.map(\.text).joined() == line.text)
    }

    @Test func lettersOfOneWordStayTogether() {
        let text = "tiếp nhận 1.234 đơn"
        let line = TextLayerReader(text: text, boxes: boxes(text, jumps: [3: 1.5]), runs: []).lines()[0]
        #expect(line.text == text)
    }
}
