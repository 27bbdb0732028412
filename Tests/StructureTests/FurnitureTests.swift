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
}
