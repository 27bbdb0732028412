import DocumentModel
import Figures
import Testing

/// Classes of misses found on excerpts of public web pages (provincial and ministry reports,
/// portal news; the external `webdev` half), each fixed by a general rule and checked here on
/// sentences written for it: invented places and numbers, nothing taken from those pages.
@Suite("Clause grammar, reports published on the web")
struct WebReportsGrammarTests {
    @Test("persons said beside the visits received are persons, in 'lượt người' or after 'tương ứng'")
    func personsBesideVisits() {
        let comma = figures("Trụ sở tiếp công dân huyện Tân Lập đã tiếp 45 lượt, với 61 lượt người.")
        #expect(comma.first(raw: "45 lượt")?.measureColumn == "tiep_cong_dan.luot")
        #expect(comma.first(raw: "61 lượt người")?.measureColumn == "tiep_cong_dan.nguoi")
        let noComma = figures("Ban Tiếp công dân thị xã Hòa Vân tiếp 23 lượt với 29 lượt người (có 01 đoàn đông người với 8 người).")
        #expect(noComma.first(raw: "29 lượt người")?.measureColumn == "tiep_cong_dan.nguoi")
        #expect(noComma.first(raw: "8 người")?.measureColumn == "tiep_cong_dan.nguoi")
        let corresponding = figures("Năm 2025, các cơ quan hành chính huyện Lộc Sơn đã tiếp 1.204 lượt công dân, tương ứng với 1.530 người.")
        #expect(corresponding.first(raw: "1.530 người")?.measureColumn == "tiep_cong_dan.nguoi")
        let members = figures("Số đoàn đông người lên đến 12 đoàn với tổng cộng 208 người tham gia.")
        #expect(members.first(raw: "12 đoàn")?.measureColumn == "tiep_cong_dan.doan")
        #expect(members.first(raw: "208 người")?.measureColumn == "tiep_cong_dan.nguoi")
        // Alone, "lượt người" counts visits; people taking part in a dialogue attend it.
        #expect(onlyFigure("Tháng 3, phường Đông Hà tiếp 24 lượt người.")?.measureColumn == "tiep_cong_dan.luot")
        let dialogue = figures("Xã Phú Mỹ tổ chức 2 hội nghị đối thoại với 140 người tham gia.")
        #expect(dialogue.first(raw: "140 người")?.measureColumn == "doi_thoai.luot_tham_du")
    }

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

    @Test("an item labelled 'khác' after typed items takes none of their types")
    func otherKindsUntyped() {
        let visits = figures("Các sở, ngành tiếp 210 lượt, trong đó: khiếu nại 31 lượt, tố cáo 9 lượt, loại khác 170 lượt.")
        #expect(visits.first(raw: "9 lượt")?.typeColumn == "to_cao")
        #expect(visits.first(raw: "170 lượt")?.measureColumn == "tiep_cong_dan.luot")
        #expect(visits.first(raw: "170 lượt")?.typeColumn == "")
        let petitions = figures("Huyện tiếp nhận 96 đơn, trong đó: khiếu nại 40 đơn, tố cáo 6 đơn, lĩnh vực khác 50 đơn.")
        #expect(petitions.first(raw: "40 đơn")?.typeColumn == "khieu_nai")
        #expect(petitions.first(raw: "50 đơn")?.typeColumn == "")
        // Under a typed whole, "other" is another field of that type.
        let fields = figures("Huyện nhận 80 đơn khiếu nại, trong đó: đất đai 50 đơn, lĩnh vực khác 30 đơn.")
        #expect(fields.first(raw: "30 đơn")?.typeColumn == "khieu_nai")
    }

    @Test("a court's own cases are trials, not complaint cases")
    func courtCases() {
        let civil = figures("Đối với án dân sự, ngành thụ lý 812 vụ việc, đã giải quyết 640 vụ, đạt 78,8%.")
        #expect(civil.first(raw: "640 vụ")?.measureColumn == "")
        let quashed = figures("Năm 2025, số án toàn ngành bị hủy là 21 vụ, chiếm 1,2% tổng số án đã giải quyết; sửa 37 vụ.")
        #expect(quashed.first(raw: "21 vụ")?.measureColumn == "")
        #expect(quashed.first(raw: "37 vụ")?.measureColumn == "")
        #expect(onlyFigure("Án kinh doanh thương mại, ngành đã giải quyết 55 vụ.")?.measureColumn == "")
        // Complaints about a court's rulings are complaints.
        let complaints = figures("Đối với khiếu nại về án dân sự, Tòa án đã giải quyết 12 vụ việc khiếu nại.")
        #expect(complaints.first(raw: "12 vụ việc")?.measureColumn == "vu_viec.da_giai_quyet")
    }

    @Test("a kind of letter listed with petition types is a petition")
    func kindListedWithTypes() {
        #expect(onlyFigure("Tiếp nhận 318 đơn yêu cầu, khiếu nại, tố cáo, phản ánh, kiến nghị của công dân.")?.measureColumn == "don.tiep_nhan")
        #expect(onlyFigure("Sở nhận 27 đơn yêu cầu, kiến nghị của người dân.")?.measureColumn == "don.tiep_nhan")
        // Alone, or listed with other applications, such letters stay applications.
        #expect(onlyFigure("Ngân hàng nhận 90 đơn yêu cầu bồi thường.")?.measureColumn == "")
        #expect(onlyFigure("Công ty nhận 57 đơn xin thôi việc, nghỉ hưu trước tuổi.")?.measureColumn == "")
    }

    @Test("urging others to resolve, said last in a list of handling verbs, leaves the petitions the verb before it")
    func urgingAfterHandling() {
        #expect(onlyFigure("Thường trực HĐND tỉnh Tân Lạc đã tiếp nhận, xử lý, đôn đốc giải quyết 35 đơn thư.")?.measureColumn == "don.da_xu_ly")
        #expect(onlyFigure("Văn phòng đã tiếp nhận, đôn đốc giải quyết 14 đơn.")?.measureColumn == "don.tiep_nhan")
        // Urged alone, the petitions are still to be resolved.
        #expect(onlyFigure("Ban Dân nguyện đôn đốc giải quyết 23 đơn.")?.measureColumn == "don.phai_giai_quyet")
    }

    @Test("complainants counted with a 'khiếu kiện' are cases of no type")
    func untypedComplainants() {
        let dialogue = onlyFigure("UBND tỉnh Hòa Đông tổ chức đối thoại trực tiếp với 4 công dân có đơn khiếu kiện vượt cấp.")
        #expect(dialogue?.measureColumn.hasPrefix("vu_viec") == true)
        #expect(dialogue?.typeColumn == "")
        #expect(onlyFigure("Tham dự buổi làm việc có đại diện các sở và 5 hộ dân khiếu kiện.")?.measureColumn.hasPrefix("vu_viec") == true)
        #expect(onlyFigure("Năm 2025 có 132 trường hợp khiếu kiện đăng ký gặp lãnh đạo tỉnh.")?.measureColumn.hasPrefix("vu_viec") == true)
        // A crowd counted in persons is no case.
        #expect(onlyFigure("Sáng nay có 60 người khiếu kiện kéo đến trụ sở UBND xã.")?.measureColumn == "")
    }

    @Test("persons who stopped or refused taking part attended nothing")
    func notAttending() {
        #expect(onlyFigure("Trong buổi đối thoại, 2 công dân xin dừng tham gia vì lý do sức khỏe.")?.measureColumn == "")
        #expect(onlyFigure("Hội nghị đối thoại có 85 người tham gia.")?.measureColumn == "doi_thoai.luot_tham_du")
    }

    @Test("petitions listed before others share the jurisdiction said after the last of them")
    func sharedTrailingStatus() {
        let share = figures("Qua phân loại, có 42 đơn khiếu nại, 7/19 đơn tố cáo thuộc thẩm quyền giải quyết của các cơ quan hành chính.")
        #expect(share.first(raw: "42 đơn")?.measureColumn == "don.thuoc_tham_quyen")
        #expect(share.first(raw: "42 đơn")?.typeColumn == "khieu_nai")
        #expect(share.first(raw: "7/19 đơn")?.measureColumn == "don.thuoc_tham_quyen")
        let outside = figures("Qua phân loại, có 18 đơn khiếu nại và 6 đơn tố cáo không thuộc thẩm quyền.")
        #expect(outside.first(raw: "18 đơn")?.measureColumn == "don.khong_thuoc_tham_quyen")
        // A whole the next figure is taken from keeps its own reading.
        let whole = figures("Huyện nhận 90 đơn. Trong 38 đơn tố cáo, 21 đơn thuộc thẩm quyền.")
        #expect(whole.first(raw: "38 đơn")?.measureColumn != "don.thuoc_tham_quyen")
        #expect(whole.first(raw: "21 đơn")?.measureColumn == "don.thuoc_tham_quyen")
    }

    @Test("cases said with the petitions received are received")
    func casesOfPetitionsReceived() {
        let total = figures("Năm 2025, các cơ quan tỉnh Hòa Đông tiếp nhận 3.212 đơn thư với 2.804 vụ việc.")
        #expect(total.first(raw: "3.212 đơn thư")?.measureColumn == "don.tiep_nhan")
        #expect(total.first(raw: "2.804 vụ việc")?.measureColumn == "vu_viec.tiep_nhan")
        let comma = figures("Huyện đã tiếp nhận 418 đơn, với 377 vụ việc.")
        #expect(comma.first(raw: "377 vụ việc")?.measureColumn == "vu_viec.tiep_nhan")
        // Cases after petitions resolved are not said to be received.
        let resolved = figures("Huyện đã giải quyết 40 đơn với 31 vụ việc.")
        #expect(resolved.first(raw: "31 vụ việc")?.measureColumn != "vu_viec.tiep_nhan")
    }

    @Test("delegations named by the complaint they came with are delegations received")
    func delegationsByComplaint() {
        #expect(onlyFigure("Tháng 6, chỉ có 9 đoàn khiếu nại đến trụ sở tiếp công dân tỉnh.")?.measureColumn == "tiep_cong_dan.doan")
        #expect(onlyFigure("Xã tiếp 3 đoàn tố cáo về đất đai.")?.measureColumn == "tiep_cong_dan.doan")
        // Teams of officials are no delegations of citizens.
        #expect(onlyFigure("Huyện cử 4 đoàn kiểm tra xuống các xã.")?.measureColumn == "")
    }

    @Test("a web page's font-size buttons before a figure say no change")
    func fontSizeButtons() {
        let page = figures("Cổng thông tin điện tử tỉnh 05/12/2026 Tăng cỡ chữ Giảm cỡ chữ 84/97 ý kiến, kiến nghị của cử tri trước và sau kỳ họp thứ tám HĐND tỉnh đã được giải quyết")
        #expect(page.first(raw: "84/97 ý kiến, kiến nghị")?.measureColumn == "doi_thoai.y_kien")
        // A change is still a change.
        let change = figures("Tháng 5, huyện nhận 48 đơn, giảm 12 đơn so với tháng 4.")
        #expect(change.first(raw: "12 đơn")?.measureColumn == "")
    }
}
