import DocumentModel
import Figures
import Testing

/// Classes of false petition rows mined from corpus lines nobody tuned on (the dev half of
/// Benchmarks/figures/mine.tsv), each fixed by a general rule and checked on sentences written
/// for it. Every number still gets its row; only its measure is empty.
@Suite("False petition rows mined from the world's text")
struct MinedNegativesTests {
    @Test("words made with 'tiếp' receive nobody", arguments: [
        "Các vụ nổ xảy ra liên tiếp ở trung tâm thành phố khiến 7 người thiệt mạng.",
        "Đứng đầu là tỉnh A, tiếp đến là tỉnh B với 2.300 người.",
        "Trên cổng giao tiếp trực tuyến của quận có 4.500 người góp ý về dự án.",
        "Đoàn xe tiếp liệu của sư đoàn gồm khoảng 600 người.",
        "Ông cho biết hai bên đang thương lượng tiếp về 4 người còn bị giữ.",
        "Bà kể tiếp: cả nhóm có 12 người đi cùng.",
    ])
    func tiepCompounds(sentence: String) {
        let found = onlyFigure(sentence)
        #expect(found != nil)
        #expect(found?.measureColumn == "")
    }

    @Test("casualties, patients, refugees and populations are no citizens received", arguments: [
        "Bệnh viện huyện đã tiếp nhận 14 người bị thương trong vụ sập giàn giáo.",
        "Tối qua, trung tâm y tế tiếp nhận 23 người nhập viện vì ngộ độc nấm.",
        "Năm ngoái nước này tiếp nhận hơn 300.000 người xin tị nạn.",
        "Trung tâm bảo trợ xã hội của tỉnh đã tiếp nhận 36 người lang thang, xin ăn.",
    ])
    func peopleNotReceived(sentence: String) {
        let found = onlyFigure(sentence)
        #expect(found != nil)
        #expect(found?.measureColumn == "")
    }

    @Test("citizens received are still read beside those rules")
    func receptionStillRead() {
        #expect(onlyFigure("Trong quý, Ban tiếp công dân tỉnh đã tiếp 85 người đến khiếu nại.")?.measureColumn == "tiep_cong_dan.nguoi")
        #expect(onlyFigure("Liên tiếp trong tháng, lãnh đạo huyện đã tiếp 42 lượt công dân.")?.measureColumn == "tiep_cong_dan.luot")
        #expect(onlyFigure("Trụ sở tiếp công dân đã tiếp nhận 31 người đến kiến nghị về bồi thường.")?.measureColumn == "tiep_cong_dan.nguoi")
    }

    @Test("contact with one person is no voters' meeting, contact with the people is")
    func personalContact() {
        #expect(onlyFigure("Phóng viên đã 3 lần tiếp xúc với ông Tư nhưng không được trả lời.")?.measureColumn == "")
        #expect(onlyFigure("Đại biểu đã 3 lần tiếp xúc với bà con cử tri xã Tân Hòa.")?.measureColumn == "doi_thoai.cuoc")
    }

    @Test("a room's capacity and a name count nothing that happened")
    func capacityAndName() {
        let room = onlyFigure("Nhà tiếp dân mới của huyện có sức chứa 80 người.")
        #expect(room?.value == 80)
        #expect(room?.measureColumn == "")
        let name = onlyFigure("Các nhà nghiên cứu gộp chúng lại, hay còn gọi là 4 cuộc đối thoại lớn.")
        #expect(name?.value == 4)
        #expect(name?.measureColumn == "")
        // Sessions held are still counted.
        #expect(onlyFigure("Huyện đã tổ chức 4 cuộc đối thoại với người dân.")?.measureColumn == "doi_thoai.cuoc")
    }

    @Test("a verb of the 'khi' clause says nothing of a figure after 'thì'")
    func mainClause() {
        let found = figures("Khi cán bộ trực đang tiếp dân thì một nhóm khoảng 7 người xông vào quậy phá. Công an đã khống chế 5 người.")
        #expect(found.first(raw: "khoảng 7 người")?.measureColumn == "")
        #expect(found.first(raw: "5 người")?.measureColumn == "")
        // A verb after "thì" is the figure's own.
        #expect(onlyFigure("Riêng tháng 5 thì Ban đã tiếp 25 lượt công dân.")?.measureColumn == "tiep_cong_dan.luot")
    }

    @Test("applications to a bank, a school or an employer are no petitions", arguments: [
        "Chi nhánh ngân hàng đã nhận 640 đơn vay vốn của các hộ trồng cà phê.",
        "Trường đã tiếp nhận 215 đơn nhập học cho năm học mới.",
        "Phòng nhân sự đã nhận 18 đơn nghỉ việc trong quý.",
    ])
    func applications(sentence: String) {
        let found = onlyFigure(sentence)
        #expect(found != nil)
        #expect(found?.measureColumn == "")
    }

    @Test("a firm's bankruptcy filing and a tennis singles draw are no petitions", arguments: [
        "Năm 2024, tập đoàn Hoàng Sa đã nộp 4 đơn phá sản cho các công ty con.",
        "Tay vợt Lê Thu Hà thắng ở vòng 2 đơn nữ giải Mỹ Khê Mở rộng tối qua.",
        "Câu lạc bộ Sông Mây giành 2 đơn nam và 1 đơn nữ ở giải quần vợt tỉnh.",
    ])
    func filingsAndSingles(sentence: String) {
        #expect(onlyFiguresWithoutMeasure(sentence))
    }

    @Test("casualties are no dialogue's audience; citizens who took part are")
    func casualtiesNoAudience() {
        #expect(onlyFigure("Khi tiếp xúc với dòng nước lạnh, 3 người tham gia cứu hộ đã tử vong.")?.measureColumn == "")
        let audience = figures("Tại 4 cuộc đối thoại đã có 320 lượt người dân tham gia.")
        #expect(audience.first(raw: "320 lượt người")?.measureColumn == "doi_thoai.luot_tham_du")
    }

    @Test("a state's quota of immigrants is no citizens received", arguments: [
        "Theo chương trình Tiếp nhận Lao động Đảo Xanh, mỗi năm nước này cho phép 900 công dân Đảo Xanh nhập cư.",
        "Chương trình Tiếp nhận Thái Hòa cho phép 1.200 công dân Thái Hòa trở thành thường trú nhân mỗi năm.",
    ])
    func immigrants(sentence: String) {
        let found = onlyFigure(sentence)
        #expect(found != nil)
        #expect(found?.measureColumn == "")
    }

    @Test("what a resolution or an inspection found is no petition case")
    func findings() {
        let found = figures("Qua giải quyết khiếu nại, tố cáo, các cơ quan của tỉnh đã phát hiện 14 vụ, 17 người có hành vi tham nhũng.")
        #expect(found.first(raw: "14 vụ")?.value == 14)
        #expect(found.first(raw: "14 vụ")?.measureColumn == "")
        #expect(found.first(raw: "17 người")?.measureColumn == "")
        // Cases resolved beside the finding are still read.
        #expect(onlyFigure("Qua thanh tra, huyện đã giải quyết 14 vụ việc khiếu nại.")?.measureColumn == "vu_viec.da_giai_quyet")
    }

    @Test("a hope is no inspection held")
    func hopes() {
        #expect(onlyFigure("Đại biểu Trần Văn Lạc kỳ vọng nhiều hơn 2 cuộc thanh tra về đất đai trong năm tới.")?.measureColumn == "")
        #expect(onlyFigure("Thanh tra tỉnh đã tiến hành 2 cuộc thanh tra về đất đai.")?.measureColumn == "thanh_tra.cuoc")
    }

    @Test("'TP.' before a city's name ends no sentence, so the court's cases stay the court's")
    func cityAbbreviation() {
        let found = figures("Năm 2025, TAND hai cấp TP. Hòa Lạc đã thụ lý hơn 42.000 vụ việc, giải quyết hơn 37.000 vụ việc.")
        let resolved = found.first(raw: "hơn 37.000 vụ việc")
        #expect(resolved?.sentence.hasPrefix("Năm 2025, TAND") == true)
        #expect(resolved?.measureColumn == "")
        // A sentence still ends at a dot after a word that is no such abbreviation.
        let two = figures("Bà chuyển về sống ở TP. Hòa Lạc từ năm ngoái. Ban đã tiếp 25 lượt công dân.")
        #expect(two.first(raw: "25 lượt công dân")?.sentence == "Ban đã tiếp 25 lượt công dân.")
    }
}
