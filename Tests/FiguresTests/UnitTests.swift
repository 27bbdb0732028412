import DocumentModel
import Testing

@testable import Figures

@Suite("Units")
struct UnitTests {
    @Test("a unit is the longest phrase that matches")
    func longestPhrase() throws {
        #expect(try #require(onlyFigure("Toàn tỉnh có 19 đơn vị hành chính cấp huyện.")).unit == "đơn vị")
        #expect(try #require(onlyFigure("Ban đã tiếp 12 lượt công dân.")).unit == "lượt công dân")
        #expect(try #require(onlyFigure("Xã đã nhận 7 đơn, thư của công dân.")).unit == "đơn thư")
        #expect(try #require(onlyFigure("Xã đã nhận 7 đơn của công dân.")).unit == "đơn")
    }

    @Test("phrases are tried longest first whatever order they are written in")
    func phrasesLongestFirst() {
        let lengths = UnitLexicon.phrases.map(\.count)
        #expect(lengths == lengths.sorted(by: >))
        #expect(Set(UnitLexicon.phrases).count == UnitLexicon.phrases.count)
    }
}
