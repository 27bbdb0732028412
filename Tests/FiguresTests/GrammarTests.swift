import DocumentModel
import Figures
import Testing

/// The clause grammar: list items, breakdowns and later sentences inherit what their head says
/// and they do not; lexicons give the outcomes, persons, delegations and voters.
@Suite("Clause grammar")
struct GrammarTests {
    @Test("type and status carry across a list and its parenthesis")
    func typeCarriesAcrossList() {
        let found = figures(
            "Huyện phải giải quyết 80 đơn khiếu nại (kỳ trước chuyển sang 06 đơn, phát sinh mới 74 đơn); đã giải quyết 70/80 đơn, còn 10 đơn đang giải quyết.")
        #expect(found.map(\.typeColumn) == Array(repeating: "khieu_nai", count: 5))
        #expect(found.map(\.measureColumn) == [
            "don.phai_giai_quyet", "don.phai_giai_quyet", "don.tiep_nhan", "don.da_giai_quyet", "don.dang_giai_quyet",
        ])
        #expect(found.first(raw: "70/80 đơn")?.denominator == 80)
    }

    @Test("a type label before each item types that item, not the one before")
    func labelsBeforeNumbers() {
        let found = figures("Tiếp 500 lượt công dân, trong đó: khiếu nại 60 lượt, tố cáo 15 lượt, kiến nghị, phản ánh 425 lượt.")
        #expect(found.map(\.typeColumn) == ["", "khieu_nai", "to_cao", "kien_nghi_phan_anh"])
        #expect(found.allSatisfy { $0.measureColumn == "tiep_cong_dan.luot" })
        let bare = figures("Năm nay huyện nhận 900 đơn, gồm 130 khiếu nại, 20 tố cáo và 750 kiến nghị.")
        #expect(bare.map(\.typeColumn) == ["", "khieu_nai", "to_cao", "kien_nghi_phan_anh"])
        #expect(bare.allSatisfy { $0.measureColumn == "don.tiep_nhan" })
    }

    @Test("processing outcomes, negated ones included")
    func outcomes() {
        let found = figures(
            "Ban đã xử lý 350 đơn; chuyển 45 đơn đến cơ quan có thẩm quyền; hướng dẫn 80 đơn; lưu 35 đơn; có 400 đơn không thuộc thẩm quyền; không đủ điều kiện xử lý 28 đơn.")
        #expect(found.map(\.measureColumn) == [
            "don.da_xu_ly", "don.chuyen", "don.huong_dan", "don.luu", "don.khong_thuoc_tham_quyen", "don.khong_du_dieu_kien",
        ])
    }

    @Test("persons and delegations beside the visits of a reception")
    func personsAndDelegations() {
        let found = figures("Lãnh đạo huyện đã tiếp 520 lượt với 610 người; có 8 đoàn đông người (cấp huyện 3 đoàn, cấp xã 5 đoàn).")
        #expect(found.map(\.measureColumn) == [
            "tiep_cong_dan.luot", "tiep_cong_dan.nguoi", "tiep_cong_dan.doan", "tiep_cong_dan.doan", "tiep_cong_dan.doan",
        ])
        let cases = figures("Chủ tịch tỉnh tiếp 3.000 lượt công dân, với 2.100 vụ việc.")
        #expect(cases.map(\.measureColumn) == ["tiep_cong_dan.luot", "vu_viec.tiep_nhan"])
    }

    @Test("persons not received carry no reception measure")
    func personsElsewhere() {
        let found = figures("Huyện tiếp 90 lượt công dân; đã vận động 40 công dân trở về địa phương.")
        #expect(found.map(\.measureColumn) == ["tiep_cong_dan.luot", ""])
    }

    @Test("voters, their meetings and their recommendations are dialogue measures")
    func voters() {
        let found = figures("Đoàn tổ chức 06 điểm tiếp xúc với 310 cử tri, tổng hợp 1.800 ý kiến, kiến nghị; đã trả lời 1.750/1.800 kiến nghị.")
        #expect(found.map(\.measureColumn) == ["doi_thoai.cuoc", "doi_thoai.luot_tham_du", "doi_thoai.y_kien", "doi_thoai.y_kien"])
        #expect(onlyFigure("Có 180.000 cử tri đã đăng ký bỏ phiếu sớm.")?.measureColumn == "")
    }

    @Test("items of a list of inspections that drop the word still count inspections")
    func inspectionsList() {
        let found = figures("Thanh tra sở đã tiến hành 14 cuộc thanh tra, đã ban hành kết luận 09 cuộc, đang thanh tra 05 cuộc.")
        #expect(found.map(\.measureColumn) == Array(repeating: "thanh_tra.cuoc", count: 3))
    }

    @Test("plans and targets are not results")
    func plans() {
        #expect(onlyFigure("Thanh tra tỉnh sẽ tiến hành 30 cuộc thanh tra về đất đai.")?.measureColumn == "")
        #expect(onlyFigure("Huyện tập trung giải quyết dứt điểm 9 vụ việc khiếu nại kéo dài.")?.measureColumn == "vu_viec.dang_giai_quyet")
        let planned = figures(
            "Hoàn thành 7 cuộc thanh tra theo kế hoạch; giải quyết dứt điểm 4 vụ việc khiếu nại đông người.",
            headings: [("III", "NHIỆM VỤ NĂM 2027")])
        #expect(planned.map(\.measureColumn) == ["", "vu_viec.dang_giai_quyet"])
    }

    @Test("a breakdown sentence takes the verb of the sentence before it")
    func breakdownAfterHead() {
        let found = figures("Trong năm, Ban đã tiếp nhận 412 đơn. Cấp tỉnh 58 đơn; cấp huyện 247 đơn; cấp xã 107 đơn.")
        #expect(found.allSatisfy { $0.measureColumn == "don.tiep_nhan" })
        #expect(found.count == 4)
    }

    @Test("counts without a receiving verb are petitions received")
    func totalsWithoutVerb() {
        #expect(onlyFigure("Năm 2026, có 260 đơn khiếu nại liên quan đến đất đai.")?.measureColumn == "don.tiep_nhan")
        #expect(onlyFigure("Năm 2026, có 260 đơn khiếu nại liên quan đến đất đai.")?.typeColumn == "khieu_nai")
        #expect(onlyFigure("Công ty nhận được 40 đơn xin việc.")?.measureColumn == "")
    }

    @Test("numbers after a document or ordinal word are counts when a petition unit follows")
    func countsAfterLabelWords() {
        let found = figures("Đoàn tổ chức 20 cuộc tiếp xúc cử tri (trước kỳ họp 10 cuộc, sau kỳ họp 10 cuộc); Thanh tra huyện kết luận 6 cuộc thanh tra.")
        #expect(found.map(\.value) == [20, 10, 10, 6])
        #expect(found.map(\.measureColumn) == ["doi_thoai.cuoc", "doi_thoai.cuoc", "doi_thoai.cuoc", "thanh_tra.cuoc"])
        #expect(figures("Xe chạy trên quốc lộ 18 qua phường 3.").isEmpty)
    }

    @Test("a figure said only of the verb before \"thuộc thẩm quyền\" takes that verb")
    func verbBeforeJurisdiction() {
        #expect(onlyFigure("Đã giải quyết 820/900 đơn thuộc thẩm quyền.")?.measureColumn == "don.da_giai_quyet")
        #expect(onlyFigure("Trong đó có 300 đơn thuộc thẩm quyền.")?.measureColumn == "don.thuoc_tham_quyen")
    }

    @Test("a sure measure is one said in complaint talk; incidents and guesses are less sure")
    func confidence() {
        let report = figures(ConfidenceTests.reportOpening, "Huyện đã tiếp nhận 120 đơn khiếu nại.")
        #expect((report.first(raw: "120 đơn")?.confidence ?? 0) >= 0.9)
        let incident = onlyFigure("Trong năm, công an đã giải quyết 35 vụ việc an ninh trật tự.")
        #expect(incident.map { $0.measureColumn.isEmpty || $0.confidence < 0.9 } == true)
    }

    @Test("a dashed date is no figure; a count written in words is one")
    func datesAndWords() {
        let found = figures("Ngày 14-07-2026 Ban đã tiếp nhận bảy đơn khiếu nại và hai đơn tố cáo.")
        #expect(found.map(\.value) == [7, 2])
        #expect(found.map(\.measureColumn) == ["don.tiep_nhan", "don.tiep_nhan"])
        #expect(found.map(\.typeColumn) == ["khieu_nai", "to_cao"])
    }

    @Test("a footnote's sessions are what the citing sentence's sessions are")
    func footnoteSessions() {
        let found = figures(
            "Năm 2026, Chủ tịch UBND các xã đã tổ chức 21 cuộc đối thoại[^3] với công dân.",
            footnotes: [3: "Tiêu biểu: xã Tân An 11 cuộc, xã Bình Hòa 10 cuộc."])
        #expect(found.map(\.measureColumn) == ["doi_thoai.cuoc", "doi_thoai.cuoc", "doi_thoai.cuoc"])
        #expect(found.dropFirst().allSatisfy { $0.footnote == 3 })
    }

    @Test("a page number in a running header is no figure, a count in a capitals heading is one")
    func headers() {
        #expect(figures("QUỐC HỘI 7 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc 12").isEmpty)
        #expect(figures("KẾT QUẢ 3 NĂM THỰC HIỆN CHỈ THỊ").map(\.value) == [3])
    }
}
