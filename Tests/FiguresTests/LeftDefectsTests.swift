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

    @Test("a petition noun opening a sentence is no scope, nor is it carried to the parts after it")
    func petitionNounIsNoScope() {
        let opened = figures(
            "Đơn đủ điều kiện xử lý là 380 đơn, gồm 52 đơn khiếu nại và 328 đơn kiến nghị. Trong đó, có 300 đơn không thuộc thẩm quyền.")
        #expect(opened.first(raw: "380 đơn")?.scope == "")
        #expect(opened.first(raw: "52 đơn")?.scope == "")
        #expect(opened.first(raw: "300 đơn")?.scope == "")
        // A place named with the same word keeps its name.
        let place = figures("Đơn Dương tiếp nhận 45 đơn khiếu nại.")
        #expect(place.first(raw: "45 đơn")?.scope == "Đơn Dương")
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

    @Test("a count in a sentence in capitals keeps its row and its meaning when its unit is a petition's", arguments: [
        "ĐOÀN ĐBQH TỈNH ĐÃ TỔNG HỢP 1.968 KIẾN NGHỊ CỦA CỬ TRI GỬI ĐẾN KỲ HỌP.",
        "ĐẾN NAY ĐÃ TRẢ LỜI 688/712 KIẾN NGHỊ CỦA CỬ TRI.",
        "CỔNG THÔNG TIN ĐÃ XỬ LÝ XONG 7.418 PHẢN ÁNH, CÒN 153 PHẢN ÁNH QUÁ HẠN.",
        "TRONG QUÝ III, BAN TIẾP CÔNG DÂN TỈNH ĐÃ TIẾP 214 LƯỢT CÔNG DÂN, CÓ 9 ĐOÀN ĐÔNG NGƯỜI VỚI 137 NGƯỜI.",
        "THƯ KHIẾU NẠI GỬI ĐẾN TÒA SOẠN LÊN TỚI 2.315 THƯ.",
    ])
    func capitalsKeepPetitionCounts(text: String) {
        let found = figures(text)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { !$0.measureColumn.isEmpty })
        #expect(found.map { [$0.measureColumn, $0.typeColumn] } == figures(text.lowercased()).map { [$0.measureColumn, $0.typeColumn] })
    }

    @Test("in a sentence in capitals an office whose name holds a verb is read whole, a body by its head word")
    func capitalsKeepScopes() {
        #expect(onlyFigure("BAN TIẾP CÔNG DÂN TỈNH ĐÃ TIẾP 214 LƯỢT CÔNG DÂN.")?.scope == "BAN TIẾP CÔNG DÂN TỈNH")
        #expect(onlyFigure("TRỤ SỞ TIẾP CÔNG DÂN HUYỆN ĐÃ TIẾP 96 LƯỢT CÔNG DÂN.")?.scope == "TRỤ SỞ TIẾP CÔNG DÂN HUYỆN")
        #expect(onlyFigure("Ban Tiếp công dân tỉnh đã tiếp 214 lượt công dân.")?.scope == "Ban Tiếp công dân tỉnh")
        #expect(onlyFigure("CÔNG AN TỈNH LẠNG GIANG TIẾP NHẬN 41 ĐƠN TỐ CÁO.")?.scope == "CÔNG AN TỈNH LẠNG GIANG")
        // No capital tells a bare name from common words in capitals: neither is a scope.
        #expect(onlyFigure("KẾT QUẢ RÀ SOÁT CUỐI NĂM CHO THẤY ĐÃ TIẾP NHẬN 60 ĐƠN KHIẾU NẠI.")?.scope == "")
        // The verb after an office's name is still the clause's: "Huyện tiếp" ends at "tiếp".
        #expect(onlyFigure("HUYỆN TIẾP 96 LƯỢT CÔNG DÂN.")?.scope == "HUYỆN")
    }

    @Test("a number between words in capitals that count no petition stays a header's")
    func capitalsHeaderStays() {
        #expect(figures("QUỐC HỘI 3 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").allSatisfy { $0.measureColumn.isEmpty })
        let years = onlyFigure("KẾT QUẢ 5 NĂM THỰC HIỆN CHỈ THỊ 35 VỀ TIẾP CÔNG DÂN")
        #expect(years?.unit == "năm")
        #expect(years?.measureColumn == "")
    }

    @Test("a photo's number is no figure and a photo's caption or credit no scope", arguments: [
        "(Ảnh 1/5) Theo ông Trần Văn Hậu, Chánh Thanh tra tỉnh, năm 2026 đã tiếp nhận 420 đơn khiếu nại.",
        "Ảnh 2/4: Theo báo cáo, năm 2026 đã tiếp nhận 420 đơn khiếu nại.",
        "Ảnh: Quang Huy Năm 2026 đã tiếp nhận 420 đơn khiếu nại.",
    ])
    func photoCaptions(text: String) {
        let found = figures(text)
        #expect(found.map(\.value) == [420])
        #expect(found.first?.measureColumn == "don.tiep_nhan")
        #expect(found.first?.scope == "")
    }

    @Test("the words after a photo's number are the caption's own scope; 'phản ảnh' is no photo")
    func photoCaptionNegatives() {
        let described = onlyFigure("Ảnh 2/4: Lãnh đạo huyện Đông Phú tiếp 18 lượt công dân tại trụ sở.")
        #expect(described?.scope == "Lãnh đạo huyện Đông Phú")
        #expect(described?.measureColumn == "tiep_cong_dan.luot")
        let spelled = figures("Năm 2026, Thanh tra huyện tiếp nhận 120 đơn kiến nghị, phản ảnh 45 đơn.")
        #expect(spelled.first(raw: "45 đơn")?.measureColumn == "don.tiep_nhan")
    }

    @Test("cases accepted for resolution ('thụ lý N vụ việc') are bare cases, in every wording")
    func acceptedCasesAreBare() {
        for text in [
            "Về giải quyết tố cáo, huyện Tân Phước đã thụ lý 31 vụ việc, kết luận 20 vụ việc.",
            "Năm 2026, Thanh tra tỉnh thụ lý 58 vụ việc khiếu nại thuộc thẩm quyền.",
            "Cơ quan đã thụ lý giải quyết 17 vụ việc khiếu nại, đã giải quyết xong 12 vụ việc.",
        ] {
            #expect(figures(text).first?.measureColumn == "vu_viec", "\(text)")
        }
        // Received cases stay received; petitions accepted for resolution are in jurisdiction.
        let received = figures("Ban Tiếp công dân tiếp nhận 90 vụ việc khiếu nại, thụ lý 40 vụ việc.")
        #expect(received.first(raw: "90 vụ việc")?.measureColumn == "vu_viec.tiep_nhan")
        #expect(received.first(raw: "40 vụ việc")?.measureColumn == "vu_viec")
        #expect(onlyFigure("Thanh tra tỉnh đã thụ lý giải quyết 46 đơn khiếu nại.")?.measureColumn == "don.thuoc_tham_quyen")
    }

    @Test("a change said before a colon names the count the colon opens; a change with its amount stays a change")
    func changeBeforeColon() {
        let crowds = figures("Nhưng đoàn đông người thì lại tăng: có 38 đoàn đông người, trong đó Ban Tiếp công dân tỉnh đón 12 đoàn.")
        #expect(crowds.first(raw: "38 đoàn")?.measureColumn == "tiep_cong_dan.doan")
        let petitions = figures("Năm nay số đơn tăng: Thanh tra huyện Mỹ Lợi tiếp nhận 240 đơn khiếu nại.")
        #expect(petitions.first(raw: "240 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(onlyFigure("Năm 2026, số đơn khiếu nại tăng 20 đơn so với năm 2025.")?.measureColumn == "")
        #expect(onlyFigure("Số đơn tiếp nhận tăng mạnh, tăng 45 đơn so với cùng kỳ.")?.measureColumn == "")
    }
}
