import DocumentModel
import Figures
import Testing

/// Shapes the clause grammar read wrong on real reports (issue #14, round two): complainants
/// counting cases, proposals of a body, an assembly's debate, elections, slashes that are
/// totals or comparisons, dates glued by a dash.
@Suite("Clause grammar, round two")
struct RoundTwoGrammarTests {
    @Test("cases counted by the party members and bodies who complained")
    func complainants() {
        let found = figures(
            "Ủy ban kiểm tra đã giải quyết khiếu nại kỷ luật của 31 đảng viên; phải giải quyết tố cáo 12 tổ chức đảng và 405 đảng viên.")
        #expect(found.map(\.measureColumn) == ["vu_viec.da_giai_quyet", "vu_viec", "vu_viec"])
        #expect(found.map(\.typeColumn) == ["khieu_nai", "to_cao", "to_cao"])
        let owning = figures("Còn 27 trường hợp có đơn khiếu nại, tố cáo gửi tỉnh, huyện phải giải quyết dứt điểm.")
        #expect(owning.first(raw: "27 trường hợp")?.measureColumn.hasPrefix("vu_viec") == true)
        #expect(owning.first(raw: "27 trường hợp")?.typeColumn == "")
    }

    @Test("persons accused in a denunciation are no cases")
    func accusedPersons() {
        #expect(onlyFigure("Gia đình bà H. đã làm đơn tố cáo 3 người hàng xóm.")?.measureColumn == "")
        #expect(onlyFigure("Đoàn đã kiểm tra 14 tổ chức đảng trong năm.")?.measureColumn == "")
    }

    @Test("a body's own proposals are no figures; what citizens raise is")
    func proposals() {
        #expect(onlyFigure("Trên cơ sở ý kiến của cử tri, Ban Thường trực đề xuất với Quốc hội 5 kiến nghị.")?.measureColumn == "")
        #expect(onlyFigure("Báo cáo của Ủy ban Mặt trận cũng nêu 7 kiến nghị với Chính phủ.")?.measureColumn == "")
        #expect(onlyFigure("Tại buổi làm việc ở thôn, người dân nêu 6 ý kiến về giá bồi thường.")?.measureColumn == "doi_thoai.y_kien")
    }

    @Test("opinions of an assembly's debate are the deputies', not voters'")
    func assemblyDebate() {
        let found = figures("Cử tri theo dõi kỳ họp. Trong phiên chất vấn, Hội đồng nhận được 27 ý kiến đại biểu với 35 lượt chất vấn.")
        #expect(found.first(raw: "27 ý kiến")?.measureColumn == "")
        #expect(onlyFigure("Kỳ họp ghi nhận 14 ý kiến tham gia tranh luận của đại biểu, được cử tri quan tâm.")?.measureColumn == "doi_thoai.y_kien")
        #expect(onlyFigure("Đề nghị sở làm rõ 3 ý kiến đó trước cử tri.")?.measureColumn == "")
    }

    @Test("voters of an election or a poll are no audience")
    func elections() {
        #expect(onlyFigure("Cuộc thăm dò được thực hiện với 2.400 cử tri ở thủ đô.")?.measureColumn == "")
        #expect(figures("Sáng 14-11 cử tri nước này đã đi bầu quốc hội mới.").isEmpty)
    }

    @Test("a day and month glued by a dash are a date")
    func dashedDayMonth() {
        let found = figures("Ngày 17-09 huyện tiếp 45 lượt công dân.")
        #expect(found.values == [45])
    }

    @Test("a total after a breakdown in parentheses, and a comparison after a change")
    func slashes() {
        let total = figures("Năm nay đã giải quyết 132 đơn (120 KN, 12 TC)/160 đơn thuộc thẩm quyền.")
        #expect(total.first(raw: "132 đơn")?.denominator == 160)
        #expect(total.first(raw: "132 đơn")?.measureColumn == "don.da_giai_quyet")
        #expect(!total.values.contains(160))
        let compared = figures("Số lượt tiếp công dân giảm 6% (305/325 lượt) so với cùng kỳ.")
        #expect(compared.first(raw: "305/325 lượt")?.denominator == nil)
        #expect(compared.first(raw: "305/325 lượt")?.value == 305)
        let share = figures("Đã giải quyết 48/52 đơn, đạt 92%.")
        #expect(share.first(raw: "48/52 đơn")?.denominator == 52)
    }

    @Test("cases in a breakdown after 'trong đó' count what their head counts")
    func genericBreakdown() {
        let found = figures("Thanh tra tỉnh tiếp nhận 230 đơn khiếu nại, trong đó 64 trường hợp của người dân xã An Hòa.")
        #expect(found.map(\.measureColumn) == ["don.tiep_nhan", "don.tiep_nhan"])
        #expect(found.map(\.typeColumn) == ["khieu_nai", "khieu_nai"])
    }

    @Test("a sentence about crime that names no complaint keeps its cases out of every clause")
    func crimeSentence() {
        let found = figures("Đã kết thúc xác minh 18 vụ việc; khởi tố mới 3 vụ án, truy tố 9 bị can.")
        #expect(found.first(raw: "18 vụ việc")?.measureColumn == "")
        #expect(onlyFigure("Năm qua tòa án hai cấp đã giải quyết 4.100 vụ việc.")?.measureColumn == "")
    }

    @Test("people taken in by a shelter are not citizens received")
    func shelters() {
        let found = figures("Trung tâm bảo trợ đã tiếp nhận 320 lượt người lang thang, trong đó có 41 lượt trẻ em.")
        #expect(found.allSatisfy { $0.measureColumn == "" })
    }

    @Test("elders who spoke at a dialogue attended it")
    func eldersSpeaking() {
        #expect(onlyFigure("Trong cuộc đối thoại với chính quyền, 7 cụ đại diện phát biểu.")?.measureColumn == "doi_thoai.luot_tham_du")
    }
}
