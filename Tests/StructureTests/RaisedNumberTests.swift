import DocumentModel
import Testing
import VietnameseText

@testable import Structure

/// Raised numbers are read out of a line once, where it comes in, and leave no markup behind.
@Suite struct RaisedNumberTests {
    private func read(_ text: String) -> (text: String, raised: [RaisedNumber]) {
        RaisedNumberReader.read([.text(text)])
    }

    @Test func everyWrittenFormBecomesARaisedNumber() {
        let line = read("Kế hoạch<sup>3</sup>, Quyết định ⁽¹²⁾ và Công văn⁴ cùng Thông báo[^5] và^[6].")
        #expect(line.text == "Kế hoạch, Quyết định và Công văn cùng Thông báo và.")
        #expect(line.raised.map(\.value) == [3, 12, 4, 5, 6])
        #expect(line.raised.map(\.form) == [.tag, .parenthesised, .superscript, .reference, .reference])
        #expect(line.raised.map(\.offset) == [8, 20, 32, 47, 50])
        // The space before "⁽¹²⁾" goes with it: the call sits on the word it follows.
        #expect(line.raised.map(\.spaced) == [false, true, false, false, false])
    }

    @Test func exponentsOfUnitsStayInTheText() {
        let line = read("Diện tích 3.895 km<sup>2</sup>, nhà lưới 520 m² và 2 ha<sup>3</sup>; kho 40 m <sup>3</sup>")
        #expect(line.text == "Diện tích 3.895 km², nhà lưới 520 m² và 2 ha³; kho 40 m")
        #expect(line.raised.map(\.value) == [3])
        #expect(line.raised.first?.spaced == true)
    }

    @Test func otherTagsAreMarkupThatGoes() {
        #expect(read("Ngày 1<sup>st</sup> tháng").text == "Ngày 1 tháng")
        #expect(read("Năm ⁰¹ mới").raised.isEmpty)
    }

    @Test func raisedRunsOfATextLayerArePiecesOfTheirOwn() {
        var page = LayoutPage(number: 1)
        page.spans([("Xã đã hoàn thành kế hoạch năm", false), ("12", true), (". Các thôn", false)])
        let line = page.page.lines[0]
        #expect(LineAssembler.pieces(of: line) == [.text("Xã đã hoàn thành kế hoạch năm"), .raised(12), .text(". Các thôn")])
    }

    @Test func normalisationKeepsEachRaisedNumberAfterTheLettersItFollowed() throws {
        // "huy ện" rejoins, a no-break space collapses, a soft hyphen goes: the raised numbers
        // stay after "huyện" and "xã". The words are normalised before Structure reads the
        // page (NormalizeStage); the lines collapse the spaces that leaves.
        let normalized = TextNormalizer.normalize("Các huy ện<sup>1</sup> và\u{00A0}\u{00A0}các x\u{00AD}ã<sup>2</sup> đều")
        let read = read(normalized)
        let page = Page(number: 1, source: .text, lines: [Line(text: normalized)])
        let line = try #require(LineAssembler.lines(of: page).first)
        #expect(line.text == "Các huyện và các xã đều")
        #expect(line.raised.map(\.offset) == [9, 19])
        #expect(RaisedNumberReader.place(read.raised, from: read.text, in: line.text) == line.raised)
    }
}
