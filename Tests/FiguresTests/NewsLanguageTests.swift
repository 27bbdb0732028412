import DocumentModel
import Figures
import Testing

/// The language of news about reception and complaints (issue #14, `news6`): counts of other
/// periods set beside the reported one, a share told as two counts, "con số", bookings that are
/// no visits, visits named by where citizens came, a part set apart, cases named by their
/// outcome, targets written as bounds. Every sentence is written for these tests.
@Suite("News language")
struct NewsLanguageTests {
    @Test("counts given period by period take the clause's verb, not the change or the 'còn' that links them")
    func periodByPeriod() {
        let found = figures("Số đơn gửi đến Thanh tra huyện giảm qua các năm: năm 2023 là 618 đơn, năm 2024 là 540 đơn, năm 2025 còn 472 đơn.")
        #expect(found.first(raw: "618 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(found.first(raw: "540 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(found.first(raw: "472 đơn")?.measureColumn == "don.tiep_nhan")
        let visits = figures("Lượt công dân được tiếp tăng dần: năm 2024 là 230 lượt, năm 2025 là 275 lượt.")
        #expect(visits.first(raw: "230 lượt")?.measureColumn == "tiep_cong_dan.luot")
        #expect(visits.first(raw: "275 lượt")?.measureColumn == "tiep_cong_dan.luot")
        // What is said after the figure is its own state.
        let pending = figures("Năm 2025, xã nhận 41 đơn; năm 2026 còn 9 vụ việc chưa giải quyết.")
        #expect(pending.first(raw: "9 vụ việc")?.measureColumn == "vu_viec.dang_giai_quyet")
    }

    @Test("a count that fell to a number after a year or a 'số …' subject is no pending count")
    func fellTo() {
        let found = figures("Năm 2024, Ban tiếp nhận 310 đơn, đến năm 2026 chỉ còn 95 đơn.")
        #expect(found.first(raw: "310 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(found.first(raw: "95 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(onlyFigure("Năm nay, số đơn gửi đến xã Tân Mỹ chỉ còn 27 đơn.")?.measureColumn == "don.tiep_nhan")
        // Without a period or a count as subject, "chỉ còn" leaves cases still open.
        let open = figures("Sau đối thoại, chỉ còn 4 vụ việc khiếu nại đang xác minh.")
        #expect(open.first(raw: "4 vụ việc")?.measureColumn == "vu_viec.dang_giai_quyet")
    }

    @Test("the count compared with is of what its figure counts; the change is none")
    func comparedWith() {
        let found = figures("Quý III, Thanh tra thành phố tiếp nhận 214 đơn khiếu nại, tăng 38 đơn so với quý II (176 đơn).")
        #expect(found.first(raw: "214 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(found.first(raw: "38 đơn")?.measureColumn ?? "" == "")
        #expect(found.first(raw: "176 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(found.first(raw: "176 đơn")?.typeColumn == "khieu_nai")
        let visits = figures("Huyện Yên Phụ tiếp 402 lượt công dân, nhiều hơn so với 350 lượt của năm trước.")
        #expect(visits.first(raw: "350 lượt")?.measureColumn == "tiep_cong_dan.luot")
        // No petition where the figure it is compared with is none.
        let divorces = figures("Tòa án huyện nhận 75 đơn xin ly hôn, tăng so với 60 đơn năm trước.")
        #expect(divorces.first(raw: "75 đơn")?.measureColumn ?? "" == "")
        #expect(divorces.first(raw: "60 đơn")?.measureColumn ?? "" == "")
    }

    @Test("a share told as two counts counts nothing received")
    func proportion() {
        let found = figures("Theo Chánh Thanh tra, cứ 5 đơn gửi đến Sở thì có 3 đơn về đất đai.")
        #expect(found.first(raw: "5 đơn")?.measureColumn ?? "" == "")
        #expect(found.first(raw: "3 đơn")?.measureColumn ?? "" == "")
        // A count after "thì" in a clause no "cứ N" opens is a count.
        let counted = figures("Khi rà soát lại thì có 12 đơn khiếu nại trùng lặp.")
        #expect(counted.first(raw: "12 đơn")?.measureColumn == "don.luu")
    }

    @Test("'con số N' names a figure, not a numbered thing")
    func theNumber() {
        let found = onlyFigure("Ông Hùng nhận định con số 128 vụ việc khiếu nại là cao nhất từ trước đến nay.")
        #expect(found?.measureColumn.hasPrefix("vu_viec") == true)
        #expect(found?.typeColumn == "khieu_nai")
        // "số N" after other words still names a thing.
        #expect(figures("Ông gửi đơn đến trụ sở số 14 đường Hòa Bình.").allSatisfy { $0.measureColumn.isEmpty })
    }

    @Test("online bookings are no visits received")
    func bookings() {
        let found = figures("Trụ sở tiếp công dân tỉnh tiếp 140 lượt công dân; cổng đặt lịch trực tuyến ghi nhận 860 lượt đăng ký.")
        #expect(found.first(raw: "140 lượt công dân")?.measureColumn == "tiep_cong_dan.luot")
        #expect(found.first(raw: "860 lượt")?.measureColumn ?? "" == "")
    }

    @Test("visits named by where citizens came are visits received, only there")
    func visitsComing() {
        #expect(onlyFigure("Trong tháng, 318 lượt công dân đến trụ sở tiếp dân của tỉnh.")?.measureColumn == "tiep_cong_dan.luot")
        #expect(onlyFigure("Gần 90 lượt công dân đến trình bày về giá bồi thường.")?.measureColumn == "tiep_cong_dan.luot")
        #expect(onlyFigure("Mỗi ngày có 2.400 lượt công dân đến làm thủ tục hành chính.")?.measureColumn ?? "" == "")
    }

    @Test("a part set apart with 'Riêng … có N' is of what came in, not of the state before")
    func setApart() {
        let found = figures("Thanh tra quận đã lưu 240 đơn trùng lặp.", "Riêng đơn tố cáo có 66 đơn, đều có tên người gửi.")
        #expect(found.first(raw: "240 đơn")?.measureColumn == "don.luu")
        #expect(found.first(raw: "66 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(found.first(raw: "66 đơn")?.typeColumn == "to_cao")
    }

    @Test("cases counted with their type and outcome after the unit are complaint cases")
    func casesByOutcome() {
        let found = onlyFigure("Qua xác minh, có 17 trường hợp tố cáo sai sự thật.")
        #expect(found?.measureColumn.hasPrefix("vu_viec") == true)
        #expect(found?.typeColumn == "to_cao")
        // Without an outcome the words after "trường hợp" say nothing of a complaint.
        #expect(onlyFigure("Có 17 trường hợp khiếu nại về tiền điện.")?.measureColumn ?? "" == "")
    }

    @Test("a bound set as a target counts nothing done")
    func targetBounds() {
        #expect(onlyFigure("Tỉnh đặt mục tiêu giảm số đơn vượt cấp xuống dưới 30 đơn.")?.measureColumn ?? "" == "")
        // A bound said of a result is a count.
        #expect(onlyFigure("Năm nay, số đơn khiếu nại vượt cấp đã giảm, còn dưới 30 đơn.")?.measureColumn.isEmpty == false)
    }
}

/// Types that news leaves far from the figure: a repetition of a typed count, and type words
/// before the length of a period.
@Suite("News language, types far from the figure")
struct NewsTypesTests {
    @Test("a count said again by its number takes the type its first mention named, and heads its sentence")
    func repeatedCount() {
        let found = figures(
            "Đại biểu Hà Văn Sơn hỏi vì sao 38 vụ việc khiếu nại về đền bù chưa được giải quyết.",
            "Trả lời, Giám đốc Sở cho biết với 38 vụ việc này, Sở đã giải quyết 25 vụ việc; 13 vụ việc còn lại đang xác minh.")
        let repeated = found.filter { $0.raw == "38 vụ việc" }
        #expect(repeated.count == 2)
        #expect(repeated.allSatisfy { $0.typeColumn == "khieu_nai" })
        #expect(found.first(raw: "25 vụ việc")?.typeColumn == "khieu_nai")
        #expect(found.first(raw: "13 vụ việc")?.typeColumn == "khieu_nai")
    }

    @Test("a bare numeral or a share that shares a number with a typed count is no repetition")
    func notRepetitions() {
        let found = figures(
            "Huyện nhận 12 đơn tố cáo; đã giải quyết 27/31 đơn khiếu nại.",
            "Kết quả xử lý đơn: chuyển đơn 40; hướng dẫn 27; lưu đơn 12.")
        #expect(found.first(raw: "27")?.measureColumn == "don.huong_dan")
        #expect(found.first(raw: "27")?.typeColumn == "")
        #expect(found.first(raw: "12")?.measureColumn == "don.luu")
        #expect(found.first(raw: "12")?.typeColumn == "")
    }

    @Test("an item typed by its breakdown's label is one part; the same number said later is another count")
    func breakdownItemNoAntecedent() {
        let found = figures(
            "Phường còn 16 đơn đang xem xét (trong đó: tố cáo: 2 đơn, đề nghị: 14 đơn).",
            "Xã phải giải quyết 520 đơn, đã giải quyết 506 đơn, còn 14 đơn đang xác minh.")
        #expect(found.filter { $0.value == 14 }.map(\.typeColumn) == ["kien_nghi_phan_anh", ""])
    }

    @Test("numerals joined by commas and 'và' before one unit all count in it")
    func sharedTrailingUnit() {
        let found = figures("Trong ba năm, Thanh tra huyện lần lượt nhận 96, 88 và 71 đơn tố cáo.")
        for raw in ["96", "88", "71 đơn"] {
            #expect(found.first(raw: raw)?.measureColumn == "don.tiep_nhan")
            #expect(found.first(raw: raw)?.typeColumn == "to_cao")
        }
        // Percentages joined so are no petitions.
        #expect(figures("Tỷ lệ giải quyết lần lượt là 91, 93 và 95%.").allSatisfy { $0.measureColumn.isEmpty })
    }

    @Test("type words before a number of months type the figure; they label no next item")
    func typeBeforeAPeriod() {
        let found = figures("Thanh tra tỉnh nhận gần 900 đơn thư khiếu nại, tố cáo trong 6 tháng.")
        #expect(found.first(raw: "gần 900 đơn thư")?.measureColumn == "don.tiep_nhan")
        #expect(found.first(raw: "gần 900 đơn thư")?.typeColumn == "")
        // Before a count, type words after a comma still label the next item.
        let list = figures("Huyện nhận 60 đơn khiếu nại, tố cáo 14 đơn.")
        #expect(list.first(raw: "60 đơn")?.typeColumn == "khieu_nai")
        #expect(list.first(raw: "14 đơn")?.typeColumn == "to_cao")
    }
}
