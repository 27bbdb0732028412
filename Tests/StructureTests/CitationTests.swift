import DocumentModel
import Testing

@testable import Structure

/// Footnote calls come out as `Citation`s: the text holds no marks, each call its footnote
/// number and where it stands.
@Suite struct CitationTests {
    @Test func blocksCarryTheirCallsAsData() throws {
        let document = PageFixtures.structureText(
            """
            Huyện đã tập huấn cho cán bộ cơ sở<sup>1</sup> và kiểm tra 12 xã ⁽²⁾.

            <sup>1</sup> Gồm 12 lớp.

            ⁽²⁾ Trong quý I.
            """)
        let block = try #require(document.blocks.first)
        #expect(block.text == "Huyện đã tập huấn cho cán bộ cơ sở và kiểm tra 12 xã.")
        #expect(block.citations == [Citation(footnote: 1, offset: 34), Citation(footnote: 2, offset: 52)])
        #expect(block.referencedText == "Huyện đã tập huấn cho cán bộ cơ sở[^1] và kiểm tra 12 xã[^2].")
        #expect(document.footnotes.map(\.text) == ["Gồm 12 lớp.", "Trong quý I."])
    }

    @Test func headingsAndTitleLinesCarryTheirCalls() throws {
        let document = PageFixtures.structureText(
            """
            BÁO CÁO¹

            Thực hiện Kế hoạch số 05/KH-UBND, huyện báo cáo như sau:

            I. KẾT QUẢ

            1. Công tác tuyên truyền²

            Huyện tổ chức 20 buổi.

            ¹ Báo cáo định kỳ.

            ² Gồm cả tuyên truyền trên loa.
            """)
        #expect(document.title == [TitleLine(text: "BÁO CÁO", citations: [Citation(footnote: 1, offset: 7)])])
        let heading = try #require(document.blocks.first { $0.label == "1" })
        #expect(heading.level == .number)
        #expect(heading.text == "Công tác tuyên truyền")
        #expect(heading.citations == [Citation(footnote: 2, offset: 21)])
    }

    @Test func aConvertersReferenceMarkIsACallWhereverItStands() throws {
        let document = PageFixtures.structureText(
            """
            Huyện đã hoàn thành kế hoạch^[1]. Các xã đều đạt chỉ tiêu.

            ¹ Kế hoạch năm, xem thêm [^2].

            ² Số liệu quý IV.
            """)
        #expect(document.blocks.first?.referencedText == "Huyện đã hoàn thành kế hoạch[^1]. Các xã đều đạt chỉ tiêu.")
        let footnote = try #require(document.footnotes.first)
        #expect(footnote.text == "Kế hoạch năm, xem thêm.")
        #expect(footnote.citations == [Citation(footnote: 2, offset: 22)])
    }

    @Test func raisedNumbersCitingNoFootnoteLeaveWhatTheTextKeeps() {
        let document = PageFixtures.structureText("Năm 2023 tăng 10³ lần<sup>7</sup> so với năm 2020 ⁽⁸⁾.")
        #expect(document.blocks.map(\.referencedText) == ["Năm 2023 tăng 10³ lần so với năm 2020."])
        #expect(document.blocks.first?.citations == [])
    }
}

extension CitationTests {
    @Test func aNumberCarryingACallIsNoNumbering() {
        // The full line ends "Covid-"; the next starts "19" and the raised call: no "19." heading.
        var page = LayoutPage(number: 1)
        page.body("Các xã gặp nhiều khó khăn trong sản xuất, kinh doanh do đại dịch Covid-", indent: true)
        page.spans([("19", false), ("1", true), (". Ngay sau khi dịch được kiểm soát, các xã khôi phục sản xuất.", false)])
        page.footnote("1Từ tháng 3 năm 2020.", full: false)
        let document = PageFixtures.structure([page.page])
        #expect(document.blocks.map(\.referencedText) == [
            "Các xã gặp nhiều khó khăn trong sản xuất, kinh doanh do đại dịch Covid-19[^1]. Ngay sau khi dịch được kiểm soát, các xã khôi phục sản xuất."
        ])
    }
}
