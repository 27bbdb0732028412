import DocumentModel
import Testing

@testable import Structure

@Suite struct FlowTests {
    @Test func sentenceCutByAPageBreakAndFootnotesIsRejoined() {
        let document = PageFixtures.structureText(
            """
            I. TÌNH HÌNH CHUNG

            Huyện đã triển khai các nghị quyết<sup>1</sup> và hướng dẫn<sup>2</sup> của cấp trên, tổ chức quán triệt đến các chi bộ, đồng thời

            <sup>1</sup> Nghị quyết số 12-NQ/HU ngày 05/3/2023.

            <sup>2</sup> Hướng dẫn số 07-HD/BTG.
            """,
            """
            giao cho các đoàn thể theo dõi việc thực hiện.

            Kết quả bước đầu được nhân dân đồng tình.
            """)
        let paragraphs = document.blocks.filter { $0.kind == .paragraph }
        #expect(paragraphs.map(\.referencedText) == [
            "Huyện đã triển khai các nghị quyết[^1] và hướng dẫn[^2] của cấp trên, tổ chức quán triệt đến các chi bộ, đồng thời giao cho các đoàn thể theo dõi việc thực hiện.",
            "Kết quả bước đầu được nhân dân đồng tình.",
        ])
        #expect(paragraphs.first?.pages == PageRange(first: 1, last: 2))
        #expect(document.footnotes.map(\.number) == [1, 2])
    }

    @Test func laidOutParagraphContinuesAcrossPagesPastFootnotes() {
        var first = LayoutPage(number: 1)
        first.pageNumber()
        first.body("Công tác cải cách hành chính được quan tâm chỉ đạo, các thủ tục", indent: true)
        first.footnote("1Gồm 215 thủ tục cấp huyện.", full: false)
        var second = LayoutPage(number: 2)
        second.pageNumber()
        second.body("Ủy ban nhân dân huyện công khai đầy đủ tại bộ phận một cửa.", full: false)
        second.body("Người dân đánh giá cao sự phục vụ.", indent: true, full: false)
        let document = PageFixtures.structure([first.page, second.page])
        #expect(document.blocks.map(\.text) == [
            "Công tác cải cách hành chính được quan tâm chỉ đạo, các thủ tục Ủy ban nhân dân huyện công khai đầy đủ tại bộ phận một cửa.",
            "Người dân đánh giá cao sự phục vụ.",
        ])
        #expect(document.furniture.map(\.kind) == [.pageNumber, .pageNumber])
    }

    @Test func footnoteSpanningTwoPagesIsJoined() {
        var first = LayoutPage(number: 1)
        first.body("Thực hiện chính sách an sinh xã hội, tỉnh đã chỉ đạo các huyện rà soát, lập danh sách", indent: true)
        first.body("các hộ nghèo, hộ cận nghèo và người lao động mất việc làm do dịch bệnh kịp thời.", full: false)
        first.spans([("Tỉnh đã hỗ trợ người dân gặp khó khăn", false), ("1", true), (".", false)], indent: true)
        first.footnote("1Hỗ trợ 250 hộ nghèo, 120 hộ cận nghèo và các đối tượng")
        var second = LayoutPage(number: 2)
        second.body("Các xã hoàn thành chi trả đúng hạn.", indent: true, full: false)
        second.footnote("bảo trợ xã hội trên địa bàn tỉnh.", full: false)
        let document = PageFixtures.structure([first.page, second.page])
        // The footnote's words, and a box on each page it was printed on.
        let read = document.footnotes.map { Footnote(number: $0.number, text: $0.text, citations: $0.citations, page: $0.page) }
        #expect(read == [
            Footnote(number: 1, text: "Hỗ trợ 250 hộ nghèo, 120 hộ cận nghèo và các đối tượng bảo trợ xã hội trên địa bàn tỉnh.", page: 1)
        ])
        #expect(document.footnotes.map { $0.boxes.map(\.page) } == [[1, 2]])
        #expect(document.blocks.map(\.referencedText).suffix(2) == ["Tỉnh đã hỗ trợ người dân gặp khó khăn[^1].", "Các xã hoàn thành chi trả đúng hạn."])
    }

    @Test func hardLineBreaksInsideAParagraphAreJoined() {
        let document = PageFixtures.structureText(
            """
            Trong năm, Ban Thường vụ Huyện ủy đã lãnh đạo các cấp ủy, chính quyền tập trung
            thực hiện các nhiệm vụ trọng tâm, trong đó chú trọng công tác dân vận của chính
            quyền và giải quyết kịp thời các kiến nghị của nhân dân.
            Các đoàn thể phối hợp tốt với chính quyền.
            - Tổ chức 12 hội nghị đối thoại với nhân dân tại các xã, thị trấn trên địa bàn.
            """)
        #expect(document.blocks.map(\.kind) == [.paragraph, .paragraph, .item])
        #expect(document.blocks.first?.text.hasSuffix("giải quyết kịp thời các kiến nghị của nhân dân.") == true)
    }
}
