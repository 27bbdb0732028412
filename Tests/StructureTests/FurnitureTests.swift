import DocumentModel
import Testing

@testable import Structure

@Suite struct FurnitureTests {
    @Test func runningHeadersAndPageNumbersLeaveTheText() {
        let pages = (1...4).map { number in
            """
            CÔNG BÁO/Số \(10 + number)/Ngày 05-3-2024
            Nội dung trang \(number) của văn bản.
            \(number)
            """
        }
        let document = PageFixtures.structure(PageFixtures.textPages(pages))
        #expect(document.furniture.filter { $0.kind == .header }.map(\.page) == [1, 2, 3, 4])
        #expect(document.furniture.filter { $0.kind == .pageNumber }.map(\.text) == ["1", "2", "3", "4"])
        #expect(document.blocks.allSatisfy { !$0.text.contains("CÔNG BÁO") })
    }

    @Test func fontRunsThatTouchAreOneWord() {
        // A text layer sets "ệ" in a fallback font; extraction leaves a space between the runs.
        let runs = [("Tổng số 09 huy ", 85.2, 80.0), ("ệ", 165.6, 8.3), ("n trong tỉnh.", 173.9, 70.0)]
        let spans = runs.map { Span(text: $0.0, box: Box(x: $0.1, y: 100, width: $0.2, height: 18), fontSize: 14) }
        let text = runs.map(\.0).joined()
        let line = Line(text: text, box: Box(x: 85.2, y: 100, width: 160, height: 18), fontSize: 14, spans: spans)
        #expect(LineAssembler.pieces(of: line) == [.text("Tổng số 09 huyện trong tỉnh.")])
    }

    @Test func fontRunsWithARealSpaceStayApart() {
        let spans = [
            Span(text: "tự ", box: Box(x: 85, y: 100, width: 12, height: 18), fontSize: 14),
            Span(text: "nhiên", box: Box(x: 100.5, y: 100, width: 30, height: 18), fontSize: 14),
        ]
        let line = Line(text: "tự nhiên", box: Box(x: 85, y: 100, width: 46, height: 18), fontSize: 14, spans: spans)
        #expect(LineAssembler.pieces(of: line) == [.text("tự nhiên")])
    }
}
