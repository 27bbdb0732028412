import DocumentModel
import Figures
import Testing

/// Shapes of #14's ten classes the grammar read wrong in the written shapes set
/// (Benchmarks/figures/shapes), each fixed by a general rule.
@Suite("Clause grammar, round three")
struct RoundThreeGrammarTests {
    @Test("a type label written with a dash names one type")
    func dashedLabel() {
        let found = figures("Ban đã nhận 530 đơn, thư (KNTC 310 đơn, KN-PA 220 đơn).")
        #expect(found.map(\.measureColumn) == Array(repeating: "don.tiep_nhan", count: 3))
        #expect(found.map(\.typeColumn) == ["", "", "kien_nghi_phan_anh"])
    }

    @Test("a numeral without a unit counts the noun its clause opens with, and so does its coordinate")
    func countedNounBeforeTheNumber() {
        let found = figures("Số đơn thuộc thẩm quyền 75, không thuộc thẩm quyền 640.")
        #expect(found.map(\.measureColumn) == ["don.thuoc_tham_quyen", "don.khong_thuoc_tham_quyen"])
        #expect(onlyFigure("Qua phân loại, số đơn trùng là 212.")?.measureColumn == "don.luu")
        #expect(onlyFigure("Số người dự họp là 40.")?.measureColumn == "")
    }

    @Test("a count grouped in thousands after 'năm' is a count, not a year")
    func countAfterYearWord() {
        #expect(onlyFigure("Tổng số đơn thư phát sinh trong năm 1.874 đơn.")?.measureColumn == "don.tiep_nhan")
        #expect(figures("Trong năm 2026 đơn vị đã hoàn thành kế hoạch.").allSatisfy { $0.measureColumn.isEmpty })
    }

    @Test("a school grade is a label, not a count")
    func gradeLabel() {
        #expect(figures("Các em học sinh từ lớp 3 đến lớp 5 đều được hỏi.").isEmpty)
    }

    @Test("cases whose own words name a complaint are complaint cases in any sentence")
    func typedCases() {
        let found = figures("Qua phân loại có 6 vụ KN đúng, 22 vụ KN sai.")
        #expect(found.map(\.measureColumn) == ["vu_viec", "vu_viec"])
        #expect(found.map(\.typeColumn) == ["khieu_nai", "khieu_nai"])
    }

    @Test("persons breaking down a delegation are the persons received")
    func delegationMembers() {
        let found = figures("Ban tiếp công dân đã tiếp 40 lượt công dân; trong đó có 3 đoàn đông người (45 người).")
        #expect(found.first(raw: "45 người")?.measureColumn == "tiep_cong_dan.nguoi")
    }

    @Test("plans, places and a body's own recommendations are no figures")
    func notFigures() {
        #expect(onlyFigure("Năm tới Sở dự kiến tiến hành 15 cuộc thanh tra hành chính.")?.measureColumn == "")
        #expect(figures("Huyện đã tổ chức 20 cuộc đối thoại. Năm tới huyện xây dựng 4 điểm tiếp công dân.")
            .first(raw: "4 điểm")?.measureColumn == "")
        #expect(figures("Huyện tổ chức 5 điểm tiếp xúc cử tri.").first?.measureColumn == "doi_thoai.cuoc")
        #expect(onlyFigure("Viện kiểm sát đã ban hành 9 kiến nghị khắc phục vi phạm trong giải quyết khiếu nại.")?.measureColumn == "")
    }
}
