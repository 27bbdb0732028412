import DocumentModel
import Figures
import Testing

/// Text scraped onto one line (issue #14, branch `figflat`): what carries across sentences is
/// scoped by what the language scopes, not by the line the scrape left.
@Suite struct FlatTextGrammarTests {
    @Test("a question inside a paragraph opens its answer, as a question paragraph does")
    func questionInsideAParagraph() {
        // An interview whose turns a scrape ran into one paragraph.
        let answered = figures(
            "Bà Lâm Thị Quế: Năm qua huyện nhận 1.870 đơn, trong đó 402 đơn thuộc thẩm quyền. PV: Còn khiếu nại, tố cáo thì sao, thưa bà? Bà Lâm Thị Quế: Khiếu nại là 318 đơn, tố cáo 57 đơn.")
        #expect(answered.first(raw: "402 đơn")?.measureColumn == "don.thuoc_tham_quyen")
        #expect(answered.first(raw: "318 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(answered.first(raw: "57 đơn")?.measureColumn == "don.tiep_nhan")
        // News voice: a deputy's question and the director's answer in one paragraph; what the
        // question names carries into the answer.
        let debated = figures(
            "Đại biểu Hà Văn Tuấn hỏi: Vì sao xã Tân Mỹ còn 23 vụ việc khiếu nại chưa giải quyết? Trả lời, Giám đốc Sở cho biết với 23 vụ việc này, Sở đã giải quyết 14 vụ việc.")
        #expect(debated.first(raw: "14 vụ việc")?.typeColumn == "khieu_nai")
        // No question between: the answer goes on with the verb before.
        let continued = figures("Năm qua huyện nhận 1.870 đơn, trong đó 402 đơn thuộc thẩm quyền. Đã giải quyết 318 đơn, còn 57 đơn đang xác minh.")
        #expect(continued.first(raw: "318 đơn")?.measureColumn == "don.da_giai_quyet")
        #expect(continued.first(raw: "57 đơn")?.measureColumn == "don.dang_giai_quyet")
    }

    @Test("a breakdown whose label names a type breaks down a head of that type, not the last head before")
    func labelledBreakdownTakesItsOwnType() {
        // Two paragraphs of a report run into one: the list of types, then a breakdown of one of them.
        let found = figures(
            "Số đơn đủ điều kiện xử lý là 640 đơn, gồm: 250 đơn khiếu nại, 30 đơn tố cáo và 360 đơn kiến nghị, phản ánh. Phân loại đơn khiếu nại theo nội dung: bồi thường, hỗ trợ 120 đơn; tranh chấp đất đai 70 đơn; chính sách xã hội 60 đơn.")
        #expect(found.first(raw: "120 đơn")?.typeColumn == "khieu_nai")
        #expect(found.first(raw: "70 đơn")?.typeColumn == "khieu_nai")
        // News voice, with no label of a type: the breakdown goes on breaking down the last head.
        let unlabelled = figures(
            "Huyện nhận 90 đơn khiếu nại và 40 đơn tố cáo. Cụ thể: xã Tân Mỹ 25 đơn; xã Phú An 15 đơn.")
        #expect(unlabelled.first(raw: "25 đơn")?.typeColumn == "to_cao")
    }

    @Test("a block longer than any paragraph speaks of reception where the sentences around a figure do")
    func receptionIsReadFromTheSentencesAround() {
        let reception = "Năm 2026, Ban Tiếp công dân tỉnh tiếp 1.420 lượt công dân đến trình bày."
        let between = "Hội nghị diễn ra trong không khí cởi mở. Nhiều ý kiến đánh giá cao sự chủ động của các địa phương. Công tác phối hợp giữa các ngành được cải thiện rõ rệt. Lãnh đạo tỉnh ghi nhận những cố gắng của cơ sở. Một số huyện vẫn còn chậm trễ trong báo cáo."
        let cases = "Trong năm, toàn tỉnh có 640 vụ việc khiếu nại, tố cáo đông người, phức tạp. Phần lớn đã được giải quyết ổn thỏa. Hội nghị cũng khen thưởng 12 tập thể."
        // A news article on one line: the cases stand five sentences after the reception.
        let flat = figures([reception, between, cases].joined(separator: " "))
        let laidOut = figures(reception, between, cases)
        #expect(flat.first(raw: "640 vụ việc")?.measureColumn == laidOut.first(raw: "640 vụ việc")?.measureColumn)
        #expect(flat.first(raw: "640 vụ việc")?.measureColumn == "vu_viec")
        // A paragraph speaks as a whole: right after the reception, the cases are the ones received.
        let near = figures(reception + " " + cases)
        #expect(near.first(raw: "640 vụ việc")?.measureColumn == "vu_viec.tiep_nhan")
    }
}
