import DocumentModel
import Figures
import Testing

/// Defects the rounds before left (issue #14, branch `figleft`): each a wrong or missing row a
/// user sees. Every sentence was written for these tests; each positive has a negative that
/// keeps its old reading.
@Suite("Clause grammar, defects left by the last rounds")
struct LeftDefectsTests {
    @Test("a sentence opened by 'Trong đó', 'Trong số đó', 'Trong số này' takes the type and scope of the head before it")
    func openedPartInheritsHead() {
        let comma = figures("Năm 2026, Thanh tra tỉnh Hòa Lâm tiếp nhận 60 đơn khiếu nại. Trong đó, 41 đơn thuộc thẩm quyền giải quyết.")
        #expect(comma.first(raw: "41 đơn")?.measureColumn == "don.thuoc_tham_quyen")
        #expect(comma.first(raw: "41 đơn")?.typeColumn == "khieu_nai")
        #expect(comma.first(raw: "41 đơn")?.scope == "Thanh tra tỉnh Hòa Lâm")
        let having = figures("Ban Tiếp công dân huyện Kim Bảng nhận 75 đơn tố cáo. Trong số đó có 19 đơn không thuộc thẩm quyền.")
        #expect(having.first(raw: "19 đơn")?.measureColumn == "don.khong_thuoc_tham_quyen")
        #expect(having.first(raw: "19 đơn")?.typeColumn == "to_cao")
        let news = figures(
            "Từ đầu năm, Công an huyện Tà Lùng đã nhận 38 vụ việc khiếu nại. Trong số này, 12 vụ việc đã giải quyết xong, còn 5 vụ việc đang xác minh.")
        #expect(news.first(raw: "12 vụ việc")?.measureColumn == "vu_viec.da_giai_quyet")
        #expect(news.first(raw: "12 vụ việc")?.typeColumn == "khieu_nai")
        #expect(news.first(raw: "5 vụ việc")?.typeColumn == "khieu_nai")
    }

    @Test("a part keeps its own type, and takes nothing from a head that counts another thing or less")
    func openedPartKeepsItsOwn() {
        let own = figures("Thanh tra tỉnh tiếp nhận 60 đơn khiếu nại. Trong đó, 8 đơn tố cáo thuộc thẩm quyền.")
        #expect(own.first(raw: "8 đơn")?.typeColumn == "to_cao")
        let households = figures("Cơ quan này cũng nhận 30 đơn kiến nghị, phản ánh. Trong đó, 45 hộ dân chưa đồng ý với phương án bồi thường.")
        #expect(households.first(raw: "45 hộ dân")?.measureColumn == "")
        let larger = figures("Thanh tra huyện Đông Phú nhận 20 đơn khiếu nại. Trong đó, 41 đơn thuộc thẩm quyền.")
        #expect(larger.first(raw: "41 đơn")?.typeColumn == "")
        // Without the opener the sentence is a count of its own: no type is carried.
        let unopened = figures("Thanh tra tỉnh Hòa Lâm tiếp nhận 60 đơn khiếu nại. Có 41 đơn thuộc thẩm quyền.")
        #expect(unopened.first(raw: "41 đơn")?.typeColumn == "")
    }

    @Test("a remaining count is pending: 'chỉ còn', 'hiện còn … chưa giải quyết', 'còn tồn', and a level its subject's state names")
    func remainingIsPending() {
        let overdue = onlyFigure("Đến cuối năm, số đơn quá hạn ở cấp xã chỉ còn 22 đơn.")
        #expect(overdue?.measureColumn == "don.dang_giai_quyet")
        let backlog = onlyFigure("Năm 2026, số vụ việc tồn đọng của huyện Mường Lát giảm còn 9 vụ việc.")
        #expect(backlog?.measureColumn == "vu_viec.dang_giai_quyet")
        let unresolved = onlyFigure("Ở thị xã Đồng Văn, số đơn chưa giải quyết chỉ còn 4 đơn.")
        #expect(unresolved?.measureColumn == "don.dang_giai_quyet")
        let only = onlyFigure("Sau đợt rà soát, huyện Yên Lạc chỉ còn 22 đơn.")
        #expect(only?.measureColumn == "don.dang_giai_quyet")
        #expect(only?.scope == "huyện Yên Lạc")
        let now = figures("Thanh tra tỉnh Bình Lâm đã giải quyết 140 đơn khiếu nại, hiện còn 22 đơn chưa giải quyết.")
        #expect(now.first(raw: "22 đơn")?.measureColumn == "don.dang_giai_quyet")
        let kept = onlyFigure("Qua rà soát, Ban Tiếp công dân còn tồn 22 đơn tố cáo.")
        #expect(kept?.measureColumn == "don.dang_giai_quyet")
        #expect(kept?.typeColumn == "to_cao")
    }

    @Test("a level of petitions sent, with no state in its subject, is what came in")
    func fallenLevelStaysReceived() {
        let sent = onlyFigure("Năm 2026, số đơn gửi đến phường Tân Định chỉ còn 19 đơn.")
        #expect(sent?.measureColumn == "don.tiep_nhan")
        let fell = onlyFigure("Năm 2025, số đơn gửi đến chỉ còn 300 đơn, giảm mạnh so với năm trước.")
        #expect(fell?.measureColumn == "don.tiep_nhan")
    }
}
