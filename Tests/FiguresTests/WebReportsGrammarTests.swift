import DocumentModel
import Figures
import Testing

/// Classes of misses found on excerpts of public web pages (provincial and ministry reports,
/// portal news; the external `webdev` half), each fixed by a general rule and checked here on
/// sentences written for it: invented places and numbers, nothing taken from those pages.
@Suite("Clause grammar, reports published on the web")
struct WebReportsGrammarTests {
    @Test("a change said before its comparison is a change, and so is a count joined to it")
    func changeBeforeComparison() {
        let visits = figures("Toàn huyện đã tiếp 512 lượt công dân, giảm so với cùng kỳ năm trước là 31 lượt.")
        #expect(visits.first(raw: "512 lượt công dân")?.measureColumn == "tiep_cong_dan.luot")
        #expect(visits.first(raw: "31 lượt")?.measureColumn == "")
        let petitions = figures("Tổng số đơn tiếp nhận trong kỳ là 318 đơn, tăng so với cùng kỳ năm 2025 27 đơn.")
        #expect(petitions.first(raw: "318 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(petitions.first(raw: "27 đơn")?.measureColumn == "")
        let joined = figures("Huyện Lộc Sơn tiếp 604 lượt công dân, với 688 người, tăng 52 lượt và 77 người so với năm 2025.")
        #expect(joined.first(raw: "688 người")?.measureColumn == "tiep_cong_dan.nguoi")
        #expect(joined.first(raw: "77 người")?.measureColumn == "")
        // The count compared with, set apart or named without a period, keeps its reading.
        let apart = figures("Năm nay Sở nhận 405 đơn, giảm so với năm 2025 (462 đơn).")
        #expect(apart.first(raw: "462 đơn")?.measureColumn == "don.tiep_nhan")
        let base = figures("Quận nhận 19 đơn, tăng so với 13 đơn của năm trước.")
        #expect(base.first(raw: "13 đơn")?.measureColumn == "don.tiep_nhan")
    }

    @Test("an inquiry under way is pending, and a tense before a chain of inquiry verbs is the last verb's")
    func inquiryUnderWay() {
        let verified = figures("Các cơ quan chức năng đang thẩm tra, xác minh 17 đơn (12 khiếu nại, 5 kiến nghị).")
        #expect(verified.first(raw: "17 đơn")?.measureColumn == "don.dang_giai_quyet")
        #expect(verified.first(raw: "12 khiếu nại")?.measureColumn == "don.dang_giai_quyet")
        #expect(verified.first(raw: "12 khiếu nại")?.typeColumn == "khieu_nai")
        #expect(onlyFigure("Huyện đang tiếp tục xem xét giải quyết 214 vụ việc.")?.measureColumn == "vu_viec.dang_giai_quyet")
        let one = onlyFigure("Thanh tra huyện đang xác minh 6 đơn tố cáo.")
        #expect(one?.measureColumn == "don.dang_giai_quyet")
        #expect(one?.typeColumn == "to_cao")
        // "còn lại" with a count right after it opens that count, and leaves the one before alone.
        let remainder = figures("Phòng nhận 70 đơn, đã xử lý 58 đơn còn lại 12 đơn đang xem xét xử lý.")
        #expect(remainder.first(raw: "58 đơn")?.measureColumn == "don.da_xu_ly")
        #expect(remainder.first(raw: "12 đơn")?.measureColumn == "don.dang_giai_quyet")
        // Done inquiries stay done.
        #expect(onlyFigure("Huyện đã xem xét, giải quyết 40 vụ việc.")?.measureColumn == "vu_viec.da_giai_quyet")
        let done = figures("Xã đã giải quyết 30 đơn, còn 4 đơn.")
        #expect(done.first(raw: "30 đơn")?.measureColumn == "don.da_giai_quyet")
        #expect(done.first(raw: "4 đơn")?.measureColumn == "don.dang_giai_quyet")
    }

    @Test("inspection conclusions issued count the inspections they ended")
    func conclusionsIssued() {
        #expect(onlyFigure("Thanh tra tỉnh đã ban hành 14 kết luận thanh tra trách nhiệm.")?.measureColumn == "thanh_tra.cuoc")
        let ended = figures("Toàn tỉnh đã triển khai 9 cuộc thanh tra, đã kết thúc và ban hành 6 kết luận thanh tra về quản lý đất đai.")
        #expect(ended.first(raw: "9 cuộc")?.measureColumn == "thanh_tra.cuoc")
        #expect(ended.first(raw: "6 kết luận")?.measureColumn == "thanh_tra.cuoc")
        // Conclusions a body has had on it, and conclusions of checks, count no inspection.
        #expect(onlyFigure("Công ty Sông Mã đã từng có 2 kết luận thanh tra về dự án này.")?.measureColumn == "")
        #expect(onlyFigure("Sở đã ban hành 3 kết luận kiểm tra.")?.measureColumn == "")
    }
}
