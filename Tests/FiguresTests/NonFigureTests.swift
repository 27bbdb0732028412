import DocumentModel
import Testing

@testable import Figures

@Suite("Numerals that are never figures")
struct NonFigureTests {
    @Test(
        "dates, years, terms, codes, labels and phone numbers give no figure",
        arguments: [
            "Hội nghị họp ngày 12/3/2021 tại hội trường.",
            "Kế hoạch được ký vào tháng 9/2019.",
            "Năm 2022 là năm bản lề.",
            "Đại hội nhiệm kỳ 2025-2030 thành công.",
            "Giai đoạn 2016 – 2020 đã khép lại.",
            "Thực hiện Công văn số 412-CV/HU của Huyện ủy.",
            "Theo Nghị quyết số 18-NQ/TW của Trung ương.",
            "Căn cứ Quyết định 27/2018/QĐ-UBND của tỉnh.",
            "Đề án số 05 được thông qua.",
            "Dịch Covid-19 đã được kiểm soát.",
            "Đường dây nóng 0912.345.678 luôn mở.",
            "Lãnh đạo huyện tiếp dân vào ngày 5 và 25 hằng tháng.",
            "Đây là đợt thi đua thứ 3 của tỉnh.",
            "Trong 9 tháng đầu năm, tình hình ổn định.",
            "Sửa đổi các khoản 2, 3 và 5 Điều 14 như sau:",
            "“4. Bổ sung quy định về tiếp công dân.",
            "a) Giai đoạn 1 (2026 - 2028) tập trung rà soát.",
        ])
    func nonFigures(sentence: String) {
        #expect(figures(sentence).isEmpty)
    }

    @Test("a section label at the start of a block is not a figure")
    func sectionLabel() {
        #expect(figures("3. Tăng cường công tác tiếp dân.").isEmpty)
    }

    @Test("footnote markers are neither figures nor kept in the sentence")
    func footnoteMarkers() throws {
        let figure = try #require(onlyFigure("Xã đã nhận 45 đơn[^7] trong quý."))
        #expect(figure.value == 45)
        #expect(figure.sentence == "Xã đã nhận 45 đơn trong quý.")
    }

    @Test("\"số N\" names a document or an item, but \"dân số\" and \"tổng số\" count")
    func numberWord() {
        #expect(figures("Theo Thông báo số 14 và câu hỏi số 6 của cử tri.").isEmpty)
        #expect(figures("Dân số 41.250 người, tổng số 9.800 hộ.").values == [41250, 9800])
    }

    @Test("a four-digit count before its unit is not a year")
    func countLikeYear() throws {
        let figure = try #require(onlyFigure("Phong trào có 1936 mô hình tiêu biểu."))
        #expect(figure.value == 1936)
    }

    @Test("\"đơn vị\" is a unit of organisation, not a petition")
    func unitIsNotPetition() throws {
        let figure = try #require(onlyFigure("Huyện đã tiếp nhận 14 đơn vị hành chính mới."))
        #expect(figure.unit == "đơn vị")
        #expect(figure.measureColumn == "")
    }

    @Test("no date, code or organisational unit is ever a petition figure")
    func noPetitionFromNonFigures() {
        let found = figures(
            "Ngày 20/10/2023, huyện tiếp nhận đơn theo Kế hoạch số 77/KH-UBND, giao 12 đơn vị rà soát trong nhiệm kỳ 2021-2026."
        )
        #expect(found.allSatisfy { $0.measureColumn.isEmpty })
        #expect(found.values == [12])
    }
}
