import DocumentModel
import Figures
import Testing

/// Misreadings left by round three of #14: a compared pair of periods, sessions of citizen
/// reception, rates, inspections concluded in the sentence after their count, and changes.
@Suite("Clause grammar, round four")
struct RoundFourGrammarTests {
    @Test("a pair after a change in percent is two figures, the earlier period's without a measure")
    func comparedPeriods() {
        let found = figures("Huyện đã tiếp nhận 315 đơn, tăng 5% (315/300) so với năm trước.")
        let pair = found.filter { $0.raw == "315/300" }
        #expect(pair.map(\.value) == [315, 300])
        #expect(pair.allSatisfy { $0.denominator == nil })
        #expect(pair.last?.measureColumn == "")
        #expect(found.first(raw: "315 đơn")?.measureColumn == "don.tiep_nhan")
        // A share stays one figure with its denominator.
        let share = onlyFigure("Đã giải quyết 280/300 đơn thuộc thẩm quyền.")
        #expect(share?.value == 280)
        #expect(share?.denominator == 300)
    }

    @Test("sessions of citizen reception are tiep_cong_dan.buoi, without a type")
    func receptionSessions() {
        let found = figures("Lãnh đạo huyện đã tổ chức 36 buổi tiếp công dân định kỳ, tiếp 210 lượt công dân đến khiếu nại.")
        #expect(found.first(raw: "36 buổi")?.measureColumn == "tiep_cong_dan.buoi")
        #expect(found.first(raw: "36 buổi")?.typeColumn == "")
        #expect(found.first(raw: "210 lượt công dân")?.measureColumn == "tiep_cong_dan.luot")
        #expect(onlyFigure("Thanh tra tỉnh duy trì 24 buổi tiếp dân của Chánh Thanh tra.")?.measureColumn == "tiep_cong_dan.buoi")
        let share = onlyFigure("Các xã đã thực hiện 1.320/1.500 buổi tiếp công dân theo lịch.")
        #expect(share?.measureColumn == "tiep_cong_dan.buoi")
        #expect(share?.denominator == 1500)
        // Other sessions and the places of reception are not.
        #expect(onlyFigure("Huyện mở 36 buổi tập huấn cho cán bộ tiếp công dân.")?.measureColumn == "")
        #expect(onlyFigure("Huyện có 3 điểm tiếp công dân.")?.measureColumn == "")
    }

    @Test("a rate per period is a rule, not a count")
    func rates() {
        let found = figures(
            "Các xã đã tổ chức 48 buổi tiếp công dân định kỳ và 15 buổi tiếp dân đột xuất.",
            "Chủ tịch UBND xã tiếp công dân ít nhất 4 buổi/tháng.")
        #expect(found.first(raw: "48 buổi")?.measureColumn == "tiep_cong_dan.buoi")
        #expect(found.first(raw: "4 buổi")?.measureColumn == "")
        #expect(onlyFigure("Chủ tịch UBND xã tiếp công dân 2 lần/tuần.")?.measureColumn == "")
    }

    @Test("inspections concluded in the sentence after their count are inspections")
    func concludedInspections() {
        let found = figures("Năm qua, Thanh tra huyện tiến hành 6 cuộc thanh tra về đất đai. Đến nay đã kết luận 4 cuộc, đang thanh tra 2 cuộc.")
        #expect(found.map(\.measureColumn) == ["thanh_tra.cuoc", "thanh_tra.cuoc", "thanh_tra.cuoc"])
        #expect(found.map(\.value) == [6, 4, 2])
    }

    @Test("a change against an earlier period is no petition figure at 0.9")
    func changes() {
        let found = figures(
            "Trong kỳ, Ban đã tiếp 530 lượt công dân, giảm 140 lượt so với cùng kỳ; tiếp nhận 220 đơn, tăng 25 đơn so với năm 2025; "
                + "đã giải quyết 180 đơn, giảm 12 đơn.")
        #expect(found.first(raw: "530 lượt công dân")?.measureColumn == "tiep_cong_dan.luot")
        for change in ["140 lượt", "25 đơn", "12 đơn"] {
            let row = found.first(raw: change)
            #expect(row != nil, "\(change) is a figure")
            #expect(row.map { $0.measureColumn.isEmpty || $0.confidence < 0.9 } == true, "\(change) read as a count")
        }
    }
}
