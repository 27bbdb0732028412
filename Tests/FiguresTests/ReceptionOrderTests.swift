import DocumentModel
import Figures
import Testing

/// Reception figures whose verb is said far after them, and counts that only look like petitions
/// next to them; each checked on sentences written for it (Benchmarks/figures/voices, round seven).
@Suite("Reception and order, round seven")
struct ReceptionOrderTests {
    @Test("persons and their visits before a passive 'được … tiếp' said after both are received")
    func passiveAfterApposition() {
        let found = figures("Trong tháng có 86 người, tương ứng 41 lượt, được Phó Chủ tịch huyện trực tiếp tiếp tại trụ sở.")
        #expect(found.first(raw: "86 người")?.measureColumn == "tiep_cong_dan.nguoi")
        #expect(found.first(raw: "41 lượt")?.measureColumn == "tiep_cong_dan.luot")
        // A passive that goes on with something else receives nobody.
        let other = figures("Có 30 người, tương ứng 12 lượt, được địa phương tiếp tục vận động di dời.")
        #expect(other.first(raw: "30 người")?.measureColumn == "")
        #expect(other.first(raw: "12 lượt")?.measureColumn == "")
    }

    @Test("a lone 'đoàn' after its sentence named crowds counts delegations")
    func loneDelegationAfterNamedCrowds() {
        let found = figures("Riêng đoàn đông người, quận đã tiếp 4 đoàn với 95 người.")
        #expect(found.first(raw: "4 đoàn")?.measureColumn == "tiep_cong_dan.doan")
        #expect(found.first(raw: "95 người")?.measureColumn == "tiep_cong_dan.nguoi")
        // Without crowds named, a lone "đoàn" is an inspection team or a visiting party.
        #expect(figures("Sở đã thành lập 3 đoàn để kiểm tra các chợ.").first(raw: "3 đoàn")?.measureColumn == "")
    }

    @Test("visits named by the reception they were ('lượt tiếp') are received, and the breakdown after them too")
    func visitsNamedByReception() {
        let found = figures("Trong tổng số 120 lượt tiếp, nội dung khiếu nại 70 lượt, tố cáo 9 lượt.")
        #expect(found.first(raw: "120 lượt")?.measureColumn == "tiep_cong_dan.luot")
        #expect(found.first(raw: "70 lượt")?.measureColumn == "tiep_cong_dan.luot")
        #expect(found.first(raw: "70 lượt")?.typeColumn == "khieu_nai")
        // Contact sessions with voters are no visits received.
        #expect(onlyFigure("Đại biểu đã có 12 lượt tiếp xúc cử tri tại các xã.")?.measureColumn != "tiep_cong_dan.luot")
    }

    @Test("reflections of citizens received outside a dialogue are petitions, and a bare 'ý kiến' after them too")
    func citizensReflections() {
        let found = figures("Ban Thanh tra nhân dân đã tiếp nhận 640 ý kiến phản ánh của nhân dân, đã chuyển chính quyền cơ sở giải quyết 590 ý kiến.")
        #expect(found.first(raw: "640 ý kiến")?.measureColumn == "don.tiep_nhan")
        #expect(found.first(raw: "640 ý kiến")?.typeColumn == "kien_nghi_phan_anh")
        // The bare count after them is read as petitions before its verb is: sent on, not resolved.
        #expect(found.first(raw: "590 ý kiến")?.measureColumn == "don.chuyen")
        #expect(found.first(raw: "590 ý kiến")?.typeColumn == "kien_nghi_phan_anh")
        // Voters' opinions stay a contact session's.
        #expect(onlyFigure("Cử tri đã nêu 75 ý kiến phản ánh về đất đai.")?.measureColumn == "doi_thoai.y_kien")
    }

    @Test("an inspection's recommendations carried out are no petitions")
    func inspectionRecommendations() {
        let found = figures("Các đơn vị mới thực hiện 4/10 kiến nghị của đoàn thanh tra; 6 kiến nghị còn lại phải xong trước tháng 12.")
        #expect(found.first(raw: "4/10 kiến nghị")?.measureColumn == "")
        #expect(found.first(raw: "6 kiến nghị")?.measureColumn == "")
        #expect(figures("Đến nay mới có 3/8 kiến nghị được thực hiện.").first(raw: "3/8 kiến nghị")?.measureColumn == "")
        // Recommendations citizens sent are still received.
        #expect(onlyFigure("Thanh tra tỉnh đã tiếp nhận 45 kiến nghị của công dân.")?.measureColumn == "don.tiep_nhan")
    }

    @Test("a label set off by a comma before the figure is no outcome of petitions in jurisdiction")
    func remainderInApposition() {
        let found = figures("Số còn lại, 310 đơn thuộc thẩm quyền, đã được giao các phòng tham mưu.")
        #expect(found.first(raw: "310 đơn")?.measureColumn == "don.thuoc_tham_quyen")
        // Without the comma the verb is the outcome.
        #expect(onlyFigure("Huyện đã giải quyết 95 đơn thuộc thẩm quyền.")?.measureColumn == "don.da_giai_quyet")
    }
}
