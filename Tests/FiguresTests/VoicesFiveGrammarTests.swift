import DocumentModel
import Figures
import Testing

/// Classes the fifth round of new voices showed (issue #14: a central reception committee, a
/// National Assembly delegation, a labour department, a ministry with footnotes, a chairman's
/// conclusion notice), each a rule of the clause grammar or a lexicon entry, checked on sentences
/// written for it.
@Suite("Clause grammar, fifth voices")
struct VoicesFiveGrammarTests {
    @Test("petitions a sender named with 'do' passed on were received, not forwarded")
    func passedOnBySender() {
        let received = onlyFigure("Số đơn do Văn phòng Đoàn ĐBQH và Ban Dân nguyện chuyển về là 342 đơn.")
        #expect(received?.measureColumn == "don.tiep_nhan")
        // The noun's type may stand between it and "do".
        let typed = onlyFigure("Số đơn khiếu nại do Thanh tra tỉnh chuyển về xã trong quý là 6.")
        #expect(typed?.measureColumn == "don.tiep_nhan")
        #expect(typed?.typeColumn == "khieu_nai")
        // "do" giving a reason names no sender: the body forwarded them.
        let forwarded = onlyFigure("Do không thuộc thẩm quyền, Thanh tra huyện đã chuyển 56 đơn đến Tòa án nhân dân huyện.")
        #expect(forwarded?.measureColumn == "don.chuyen")
    }

    @Test("petitions 'xử lý xong' are processed; cases 'xử lý xong' are settled")
    func processedToTheEnd() {
        #expect(onlyFigure("Văn phòng tiếp công dân đã xử lý xong 815 đơn.")?.measureColumn == "don.da_xu_ly")
        #expect(onlyFigure("Thanh tra huyện đã xử lý xong 12 vụ việc khiếu nại.")?.measureColumn == "vu_viec.da_giai_quyet")
    }

    @Test("cases a body urges others to resolve are not resolved")
    func urgedNotResolved() {
        let urged = onlyFigure("Thanh tra tỉnh đã theo dõi, đôn đốc giải quyết 31 vụ việc khiếu nại đông người.")
        #expect(urged?.measureColumn == "vu_viec")
        #expect(urged?.typeColumn == "khieu_nai")
        #expect(onlyFigure("Thanh tra tỉnh đã giải quyết 31 vụ việc khiếu nại.")?.measureColumn == "vu_viec.da_giai_quyet")
        // Where nothing names a complaint, urged cases are not said to be one's: no row beats a
        // resolved one.
        #expect(onlyFigure("Văn phòng đã đôn đốc giải quyết 17 vụ việc phức tạp.")?.measureColumn ?? "" == "")
    }

    @Test("persons after a slash beside delegations are the persons received with them")
    func delegationsSlashPersons() {
        let found = figures("Các xã đã tiếp 5 đoàn đông người/96 người, chủ yếu về đền bù.")
        #expect(found.first(raw: "5 đoàn")?.measureColumn == "tiep_cong_dan.doan")
        #expect(found.first(raw: "96 người")?.measureColumn == "tiep_cong_dan.nguoi")
    }

    @Test("sessions counted right after a reception verb are reception sessions, whatever else the clause names")
    func receptionSessionsByTheirVerb() {
        // A title with "Thanh tra" before the verb makes no inspection.
        #expect(onlyFigure("Ông Lê Văn Tâm, Chánh Thanh tra tỉnh, đã tiếp định kỳ 7 buổi.")?.measureColumn == "tiep_cong_dan.buoi")
        // A dialogue said after a comma is another act.
        let found = figures("Giám đốc Sở tiếp công dân định kỳ 4 buổi, trực tiếp đối thoại với 12 hộ dân.")
        #expect(found.first(raw: "4 buổi")?.measureColumn == "tiep_cong_dan.buoi")
        // Sessions named by their own words keep their kind: a body "tiếp" inspections it hosts.
        #expect(onlyFigure("Mỗi năm xã phải tiếp 15 cuộc thanh tra, kiểm tra của cấp trên.")?.measureColumn == "thanh_tra.cuoc")
    }

    @Test("a claim to a benefit is an application, not a petition")
    func benefitClaims() {
        #expect(onlyFigure("Trung tâm Dịch vụ việc làm đã nhận 2.140 đơn đề nghị hưởng trợ cấp thất nghiệp.")?.measureColumn ?? "" == "")
        // A request to review a decision is still a petition.
        #expect(onlyFigure("Thanh tra tỉnh tiếp nhận 44 đơn đề nghị xem xét lại quyết định thu hồi đất.")?.measureColumn == "don.tiep_nhan")
    }

    @Test("a breakdown after a change splits the count before the change")
    func breakdownAfterAChange() {
        let found = figures(
            "Phòng đã tiếp nhận 260 đơn, giảm 12 đơn so với năm 2025; trong đó: khiếu nại 140 đơn, tố cáo 20 đơn, kiến nghị, phản ánh 100 đơn.")
        #expect(found.first(raw: "12 đơn")?.measureColumn ?? "" == "")
        #expect(found.first(raw: "140 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(found.first(raw: "140 đơn")?.typeColumn == "khieu_nai")
        #expect(found.first(raw: "20 đơn")?.typeColumn == "to_cao")
        // Without a breakdown opener a figure after a change goes on with it.
        #expect(figures("Số đơn tăng 12 đơn, 9 đơn so với quý trước.").first(raw: "9 đơn")?.measureColumn ?? "" == "")
    }

    @Test("what kind of letter a unit names is said before the next comma")
    func unitWordsEndAtTheComma() {
        let found = figures("Sở tiếp nhận 120 đơn khiếu nại (về tiền lương 70 đơn, bảo hiểm y tế 50 đơn).")
        #expect(found.first(raw: "70 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(found.first(raw: "70 đơn")?.typeColumn == "khieu_nai")
        // The words right after the unit still make an application.
        #expect(onlyFigure("Công ty đã nhận 300 đơn bảo hiểm của khách hàng.")?.measureColumn ?? "" == "")
    }

    @Test("a numeral in square brackets against a word calls a note")
    func bracketedMarkers() {
        let found = figures("Toàn tỉnh tiếp nhận 918 đơn khiếu nại[4], tăng 3% so với năm trước.")
        #expect(found.first(raw: "918 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(!found.contains { $0.value == 4 && !$0.measureColumn.isEmpty })
        // A bracketed number set apart is no call ("Mục [2]" may be a label, not a petition either).
        #expect(!figures("Xem [2] 30 đơn.").contains { $0.value == 2 && !$0.measureColumn.isEmpty })
    }

    @Test("figures in parentheses that break no figure down take the type of their clause's noun")
    func typedNounBeforeParentheses() {
        let found = figures(
            "Trong năm, Thanh tra tỉnh tiếp nhận 300 đơn; đơn tố cáo chủ yếu về cán bộ địa chính (41 đơn) và cán bộ tư pháp (19 đơn).")
        #expect(found.first(raw: "41 đơn")?.typeColumn == "to_cao")
        #expect(found.first(raw: "19 đơn")?.typeColumn == "to_cao")
        // A breakdown of a figure keeps its own labels.
        let breakdown = figures("Thanh tra tỉnh tiếp nhận 60 đơn khiếu nại (tố cáo 8 đơn kèm theo).")
        #expect(breakdown.first(raw: "8 đơn")?.typeColumn == "to_cao")
    }

    @Test("footnote items share the type of the figure citing them")
    func footnoteTypes() {
        let found = figures(
            "Về khiếu nại, đã giải quyết 50 vụ việc khiếu nại; còn 9 vụ việc khiếu nại quá hạn[^1].",
            footnotes: [1: "Huyện Bắc Hà 5 vụ việc, huyện Nam Hà 4 vụ việc."])
        #expect(found.first(raw: "5 vụ việc")?.typeColumn == "khieu_nai")
        #expect(found.first(raw: "4 vụ việc")?.measureColumn == "vu_viec.dang_giai_quyet")
    }

    @Test("'và' joins two outcomes of one label")
    func outcomesJoined() {
        #expect(onlyFigure("Khiếu nại đúng và đúng một phần 14 vụ việc.")?.typeColumn == "khieu_nai")
        // Two types joined name none.
        #expect(onlyFigure("Thanh tra huyện đã tiếp nhận khiếu nại và tố cáo 30 đơn.")?.typeColumn ?? "" == "")
    }

    @Test("a lone 'đoàn' right after the reception verb is a delegation received")
    func delegationsByTheirVerb() {
        let found = figures("Chủ tịch UBND huyện tiếp đột xuất 3 đoàn (47 người).")
        #expect(found.first(raw: "3 đoàn")?.measureColumn == "tiep_cong_dan.doan")
        #expect(found.first(raw: "47 người")?.measureColumn == "tiep_cong_dan.nguoi")
        // Officials' delegations are no crowd of citizens.
        #expect(onlyFigure("Chủ tịch tỉnh tiếp 3 đoàn công tác của Bộ Tài chính.")?.measureColumn ?? "" == "")
    }

    @Test("recommendations a body has to send are its own")
    func bodysOwnRecommendations() {
        #expect(onlyFigure("Ban Thường trực Ủy ban MTTQ huyện có 4 kiến nghị gửi UBND huyện.")?.measureColumn ?? "" == "")
        #expect(onlyFigure("Các doanh nghiệp có 210 kiến nghị gửi Sở Công Thương.")?.measureColumn == "don.tiep_nhan")
    }
}
