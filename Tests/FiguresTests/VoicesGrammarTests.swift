import DocumentModel
import Figures
import Testing

/// Classes of errors found on the written set in other voices (Benchmarks/figures/voices), each
/// fixed by a general rule and checked on sentences written for it.
@Suite("Clause grammar, other voices")
struct VoicesGrammarTests {
    @Test("labelled items without a unit in the parentheses after a whole count count what it counts")
    func unitlessBreakdownItems() {
        let found = figures("Số đơn thuộc thẩm quyền của Sở là 84 đơn (khiếu nại 62, tố cáo 22).")
        #expect(found.first(raw: "62")?.measureColumn == "don.thuoc_tham_quyen")
        #expect(found.first(raw: "62")?.typeColumn == "khieu_nai")
        #expect(found.first(raw: "22")?.measureColumn == "don.thuoc_tham_quyen")
        #expect(found.first(raw: "22")?.typeColumn == "to_cao")
        // Levels and outcomes label items too; the type comes from the head when the label names none.
        let cases = figures("Huyện đã giải quyết 47 vụ việc tố cáo (cấp huyện 19, cấp xã 28).")
        #expect(cases.first(raw: "19")?.measureColumn == "vu_viec.da_giai_quyet")
        #expect(cases.first(raw: "28")?.typeColumn == "to_cao")
        let outcomes = figures("Đã giải quyết 18 vụ việc (tố cáo đúng 2, khiếu nại đúng 16).")
        #expect(outcomes.first(raw: "2")?.measureColumn.hasPrefix("vu_viec") == true)
        #expect(outcomes.first(raw: "16")?.typeColumn == "khieu_nai")
    }

    @Test("after a share, or as the value of a comparison, a unitless number counts nothing")
    func unitlessItemsThatAreNoCounts() {
        // Do the 6 and the 32 split the 38 resolved or the 51 due? The text does not say.
        let share = figures("Chủ tịch UBND tỉnh giải quyết xong 41/55 đơn (KN 9, TC 32), đạt tỷ lệ 74,5%.")
        #expect(share.first(raw: "9")?.measureColumn == "")
        #expect(share.first(raw: "32")?.measureColumn == "")
        // Labels that name neither a type nor a level are left as the public bench's gold leaves them.
        let ages = figures("Xã phải giải quyết 512 đơn (đơn mới 497, đơn cũ 15).")
        #expect(ages.first(raw: "497")?.measureColumn == "")
        let comparison = figures("Sở đã tiếp 642 lượt công dân (năm trước là 588).")
        #expect(comparison.first(raw: "588")?.measureColumn == "")
    }

    @Test("handling said in the passive after the petitions reads as the verb before them")
    func passiveHandling() {
        let found = figures("Qua phân loại, 960 đơn đã được xử lý, trong đó 175 đơn được chuyển đến cơ quan có thẩm quyền, 64 đơn được hướng dẫn, 301 đơn được lưu do trùng lặp.")
        #expect(found.first(raw: "960 đơn")?.measureColumn == "don.da_xu_ly")
        #expect(found.first(raw: "175 đơn")?.measureColumn == "don.chuyen")
        #expect(found.first(raw: "64 đơn")?.measureColumn == "don.huong_dan")
        #expect(found.first(raw: "301 đơn")?.measureColumn == "don.luu")
        // Cases are not forwarded or archived: the passive says nothing of them.
        #expect(onlyFigure("Có 12 vụ việc được chuyển sang năm sau.")?.measureColumn != "don.chuyen")
    }

    @Test("the total after 'trên tổng số' says its own status after its noun")
    func totalWithItsOwnStatus() {
        let found = figures("Đã được giải quyết 44 đơn tố cáo trên tổng số 50 đơn phải giải quyết.")
        #expect(found.first(raw: "44 đơn")?.measureColumn == "don.da_giai_quyet")
        #expect(found.first(raw: "50 đơn")?.measureColumn == "don.phai_giai_quyet")
        let cases = figures("Đã giải quyết 1.530 vụ việc khiếu nại trên tổng số 1.702 vụ việc phải giải quyết.")
        #expect(cases.first(raw: "1.702 vụ việc")?.measureColumn == "vu_viec")
        #expect(cases.first(raw: "1.530 vụ việc")?.measureColumn == "vu_viec.da_giai_quyet")
        // Cases an enforcement office must settle are no complaints'.
        let enforcement = figures("Tổng số vụ việc phải giải quyết loại này là 2.870 vụ, tương ứng số tiền trên 9 nghìn tỷ đồng.")
        #expect(enforcement.first(raw: "2.870 vụ")?.measureColumn == "")
    }

    @Test("the persons a delegation brought are received with it")
    func personsOfDelegations() {
        let named = figures("Có 13 đoàn đông người với 251 người đến trình bày về giá bồi thường.")
        #expect(named.first(raw: "13 đoàn")?.measureColumn == "tiep_cong_dan.doan")
        #expect(named.first(raw: "251 người")?.measureColumn == "tiep_cong_dan.nguoi")
        let total = figures("Trụ sở tiếp công dân tỉnh đã đón 14 đoàn đông người, với tổng số 386 người.")
        #expect(total.first(raw: "386 người")?.measureColumn == "tiep_cong_dan.nguoi")
        // People far from any delegation are a crowd, not persons received.
        #expect(onlyFigure("Khoảng 60 người dân đã tập trung trước cổng nhà máy.")?.measureColumn == "")
    }

    @Test("words after the noun that say a backlog or duplicates settle the status")
    func backlogAndDuplicates() {
        #expect(onlyFigure("Huyện tập trung xử lý dứt điểm 11 vụ khiếu nại tồn đọng, kéo dài.")?.measureColumn == "vu_viec.dang_giai_quyet")
        let duplicates = figures("Thanh tra tỉnh nhận được 2.104 đơn, trong đó có 1.388 đơn trùng lặp, không rõ địa chỉ.")
        #expect(duplicates.first(raw: "2.104 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(duplicates.first(raw: "1.388 đơn")?.measureColumn == "don.luu")
    }

    @Test("'số lượt công dân' opens a clause whose bare numeral counts visits")
    func visitsCountedByTheirNoun() {
        let found = onlyFigure("Số lượt công dân được tiếp trong năm là 534.")
        #expect(found?.measureColumn == "tiep_cong_dan.luot")
        #expect(found?.value == 534)
    }

    @Test("a paragraph's opening type label types its figures that name none")
    func openingTypeLabel() {
        let found = figures("1. Về khiếu nại: Sở phải giải quyết 58 vụ việc; đã giải quyết 51/58 vụ việc. Còn 7 vụ việc đang xác minh.")
        #expect(found.first(raw: "58 vụ việc")?.typeColumn == "khieu_nai")
        #expect(found.first(raw: "51/58 vụ việc")?.typeColumn == "khieu_nai")
        #expect(found.first(raw: "7 vụ việc")?.typeColumn == "khieu_nai")
        // A label naming two types, or none, types nothing.
        #expect(figures("Về khiếu nại, tố cáo: đã giải quyết 40 vụ việc.").first(raw: "40 vụ việc")?.typeColumn == "")
        #expect(figures("Kết quả: đã giải quyết 40 vụ việc.").first(raw: "40 vụ việc")?.typeColumn == "")
    }

    @Test("the petition noun inside a breakdown's label does not hide the label from the total")
    func petitionNounInLabel() {
        let found = figures("Quận nhận 654 đơn thư các loại, trong đó đơn khiếu nại 97 đơn, tố cáo 31 đơn.")
        #expect(found.first(raw: "654 đơn thư")?.typeColumn == "")
        #expect(found.first(raw: "97 đơn")?.typeColumn == "khieu_nai")
    }

    @Test("a share in parentheses after a rate counts what the rate's clause says was done")
    func shareAfterRate() {
        let found = figures("Tỷ lệ giải quyết vụ việc đạt 90,4% (1.377/1.523 vụ việc).")
        #expect(found.first(raw: "1.377/1.523 vụ việc")?.measureColumn == "vu_viec.da_giai_quyet")
        let petitions = figures("Các cơ quan đã giải quyết đạt 86% (1.290/1.500 đơn thuộc thẩm quyền).")
        #expect(petitions.first(raw: "1.290/1.500 đơn")?.measureColumn == "don.da_giai_quyet")
    }

    @Test("in a plan, cases named as pending are counted as pending, not read as a target")
    func pendingCasesInAPlan() {
        let headings = [("IV", "PHƯƠNG HƯỚNG NĂM 2027")]
        let focus = figures("Tập trung giải quyết dứt điểm 8 vụ việc khiếu nại đông người kéo dài.", headings: headings)
        #expect(focus.first(raw: "8 vụ việc")?.measureColumn == "vu_viec.dang_giai_quyet")
        let backlog = figures("Giải quyết dứt điểm 4 vụ việc tồn đọng ở xã Tân Lập; tiến hành 12 cuộc thanh tra.", headings: headings)
        #expect(backlog.first(raw: "4 vụ việc")?.measureColumn == "vu_viec.dang_giai_quyet")
        #expect(backlog.first(raw: "12 cuộc")?.measureColumn == "")
    }

    @Test("a plan named in one item of a list of inspections is not said of the next")
    func planOfOneItem() {
        let found = figures("Thanh tra Bộ thực hiện 27 cuộc, trong đó 19 cuộc theo kế hoạch và 8 cuộc đột xuất.")
        #expect(found.first(raw: "19 cuộc")?.measureColumn == "thanh_tra.cuoc")
        #expect(found.first(raw: "8 cuộc")?.measureColumn == "thanh_tra.cuoc")
        // A plan named before the figure's own item still makes it a target.
        #expect(onlyFigure("Theo kế hoạch năm 2027, Thanh tra tỉnh triển khai 35 cuộc thanh tra.")?.measureColumn == "")
        let decision = figures("Thanh tra Sở làm việc theo kế hoạch được phê duyệt tại Quyết định 2417, với 64 cuộc thanh tra.")
        #expect(decision.first(raw: "64 cuộc")?.measureColumn == "")
    }

    @Test("'còn' right after the counted noun says the cases are still open")
    func stillOpen() {
        let found = figures("Thành phố đang xem xét lại 47 vụ việc còn khiếu nại, dự kiến xong trong quý I.")
        #expect(found.first(raw: "47 vụ việc")?.measureColumn == "vu_viec.dang_giai_quyet")
    }

    @Test("'lần tổ chức đối thoại' counts dialogues")
    func timesHeldDialogues() {
        let found = figures("Trong 5 lần tổ chức đối thoại, có 31 ý kiến của người dân được nêu ra.")
        #expect(found.first(raw: "5 lần")?.measureColumn == "doi_thoai.cuoc")
    }

    @Test("a type label before the figure's verb types the figure")
    func labelBeforeVerb() {
        let found = figures("Cụ thể: khiếu nại đã giải quyết 53 đơn, tố cáo 12 đơn.")
        #expect(found.first(raw: "53 đơn")?.typeColumn == "khieu_nai")
        #expect(found.first(raw: "12 đơn")?.typeColumn == "to_cao")
        // A body before its verb is no label.
        #expect(figures("Thanh tra tỉnh đã giải quyết 53 đơn.").first(raw: "53 đơn")?.typeColumn == "")
        // Type words inside the clause, after another figure, open no label.
        let visits = figures("Ban đã tiếp 410 lượt người đến KNTC và PAKN giải quyết 398 vụ việc.")
        #expect(visits.first(raw: "398 vụ việc")?.typeColumn == "")
    }
}
