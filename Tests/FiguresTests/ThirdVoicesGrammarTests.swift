import DocumentModel
import Figures
import Testing

/// The classes the third held-out voices showed once they became a tuning set (issue #14, round
/// twenty). Every sentence was written for these tests; each rule has a negative that keeps its
/// old reading.
@Suite("Clause grammar, the third held-out voices")
struct ThirdVoicesGrammarTests {
    @Test("a list a colon opens may part its items by ';': every labelled item counts what its head counts")
    func semicolonItemsAfterColon() {
        let received = figures("Năm 2026, Thanh tra huyện nhận được 512 đơn, gồm: đơn khiếu nại 160; đơn tố cáo 47; đơn kiến nghị, phản ánh 305.")
        #expect(received.first(raw: "160")?.measureColumn == "don.tiep_nhan")
        #expect(received.first(raw: "47")?.measureColumn == "don.tiep_nhan")
        #expect(received.first(raw: "47")?.typeColumn == "to_cao")
        #expect(received.first(raw: "305")?.measureColumn == "don.tiep_nhan")
        #expect(received.first(raw: "305")?.typeColumn == "kien_nghi_phan_anh")
        // "trong đó:" opens it as "gồm:" does; bare type labels as labels with the noun.
        let within = figures("Ban Tiếp công dân tỉnh đã tiếp nhận 230 vụ việc, trong đó: khiếu nại 88; tố cáo 19; kiến nghị, phản ánh 123.")
        #expect(within.first(raw: "19")?.measureColumn == "vu_viec.tiep_nhan")
        #expect(within.first(raw: "19")?.typeColumn == "to_cao")
        #expect(within.first(raw: "123")?.measureColumn == "vu_viec.tiep_nhan")
        // Without the colon a ";" ends the head's clause: what follows is no item of it.
        let ended = figures("Thanh tra huyện nhận được 512 đơn, trong đó khiếu nại 160; tố cáo 47.")
        #expect(ended.first(raw: "160")?.measureColumn == "don.tiep_nhan")
        #expect(ended.first(raw: "47")?.measureColumn == "")
    }

    @Test("people who came to petition are received, whatever their clause says after that of patients or deaths")
    func cameToPetitionDespiteCasualtyWords() {
        let relatives = figures("Trong quý, Bệnh viện Đa khoa Lạc Sơn đã tiếp 41 lượt công dân (57 người) đến phản ánh, trong đó có gia đình một người bệnh tử vong.")
        #expect(relatives.first(raw: "41 lượt công dân")?.measureColumn == "tiep_cong_dan.luot")
        #expect(relatives.first(raw: "57 người")?.measureColumn == "tiep_cong_dan.nguoi")
        let injured = figures("Sở Giao thông tiếp 26 lượt công dân đến khiếu nại về bồi thường cho người bị thương sau vụ sập cầu.")
        #expect(injured.first(raw: "26 lượt công dân")?.measureColumn == "tiep_cong_dan.luot")
        // What befell the people counted, said before the purpose, keeps them out: the relatives
        // came to complain, not the injured.
        #expect(onlyFigure("Bệnh viện tiếp nhận 12 người bị thương, nhiều người nhà đến phản ánh về chất lượng phục vụ.")?.measureColumn == "")
        // Casualties a hospital takes in are no citizens received.
        #expect(onlyFigure("Bệnh viện huyện tiếp nhận 23 người bị thương sau vụ cháy chợ.")?.measureColumn == "")
        #expect(onlyFigure("Trạm y tế xã tiếp nhận 14 người ngộ độc thực phẩm.")?.measureColumn == "")
    }

    @Test("a sender named with 'do' runs to its verb: the commas between list senders, the next item opens at 'và'")
    func senderPhraseRunsToItsVerb() {
        let sent = figures("Phòng Tiếp dân nhận 320 đơn, trong đó 44 đơn do Văn phòng Đoàn đại biểu Quốc hội, Ban Dân nguyện chuyển đến và 12 đơn do Thanh tra Chính phủ chuyển về.")
        #expect(sent.first(raw: "44 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(sent.first(raw: "12 đơn")?.measureColumn == "don.tiep_nhan")
        let three = figures("Năm 2026, Ban nhận 615 đơn, có 80 đơn do Sở Tư pháp, Sở Xây dựng, Công an tỉnh chuyển về và 31 đơn do các huyện chuyển đến.")
        #expect(three.first(raw: "31 đơn")?.measureColumn == "don.tiep_nhan")
        // A forwarding verb of its own after the comma still forwards.
        let forwarded = figures("Phòng Tiếp dân nhận 320 đơn, trong đó 44 đơn do công dân gửi trực tiếp, chuyển 12 đơn đến Sở Tư pháp.")
        #expect(forwarded.first(raw: "12 đơn")?.measureColumn == "don.chuyen")
        let both = figures("Thanh tra huyện đã chuyển 44 đơn đến Sở Tài nguyên và Môi trường và 12 đơn đến UBND các xã.")
        #expect(both.first(raw: "12 đơn")?.measureColumn == "don.chuyen")
    }

    @Test("requests of an administrative procedure are no petitions")
    func administrativeRequests() {
        let requests = figures("Chi cục Thuế khu vực nhận 415 đơn đề nghị gia hạn nộp thuế và 96 đơn đề nghị giám định lại thương tật.")
        #expect(requests.first(raw: "415 đơn")?.measureColumn == "")
        #expect(requests.first(raw: "96 đơn")?.measureColumn == "")
        #expect(onlyFigure("Phòng Giáo dục nhận 230 đơn đề nghị miễn, giảm học phí.")?.measureColumn == "")
        // "đơn đề nghị" that asks an authority to settle a grievance stays a recommendation.
        let grievance = onlyFigure("Trong tháng, phường tiếp nhận 58 đơn đề nghị giải quyết chế độ chính sách.")
        #expect(grievance?.measureColumn == "don.tiep_nhan")
        #expect(grievance?.typeColumn == "kien_nghi_phan_anh")
    }

    /// A pipe table with no caption: counts named in two columns, statuses alone in the others.
    static let statusColumns = Table(
        headerRows: 1,
        rows: [
            ["Đơn vị", "Vụ việc KN thuộc thẩm quyền", "Đã giải quyết KN", "Số đơn TC tiếp nhận", "Đã giải quyết TC", "Số tiền thu hồi"],
            ["Chi cục Bắc Lâm", "27", "22", "9", "7", "140"],
            ["Tổng cộng", "61", "50", "15", "12", "305"],
        ])

    @Test("a table column that names a status alone counts what the column before it names")
    func statusColumnBorrowsItsNoun() throws {
        let document = Document(
            source: SourceInfo(path: "t.txt", sha256: "", pages: 1),
            blocks: [Block(kind: .table, text: "", section: "3", pages: PageRange(1), table: Self.statusColumns)])
        let found = FigureExtractor().figures(in: document, doc: "t")
        let resolvedComplaints = try #require(found.first { $0.scope == "Chi cục Bắc Lâm" && $0.value == 22 })
        #expect(resolvedComplaints.measure.rawValue == "vu_viec.da_giai_quyet")
        #expect(resolvedComplaints.type.rawValue == "khieu_nai")
        let resolvedDenunciations = try #require(found.first { $0.scope == "Tổng cộng" && $0.value == 12 })
        #expect(resolvedDenunciations.measure.rawValue == "don.da_giai_quyet")
        #expect(resolvedDenunciations.type.rawValue == "to_cao")
        // A column of money names another quantity and borrows nothing.
        let money = try #require(found.first { $0.value == 140 })
        #expect(money.measure.rawValue == "")
    }

    @Test("'Trong N đơn …, có M đơn …' takes a set that came in and splits it: the state the sentences before left is neither's")
    func withinASetThatCameIn() {
        let split = figures("Phòng Tiếp dân nhận 480 đơn trong năm. Đã lưu 35 đơn nặc danh. Trong 96 đơn tố cáo, có 41 đơn liên quan đến đất đai.")
        #expect(split.first(raw: "96 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(split.first(raw: "41 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(split.first(raw: "41 đơn")?.typeColumn == "to_cao")
        let filed = figures("Ban nhận 212 đơn. Có 19 đơn đang xác minh. Trong 64 đơn kiến nghị, có 30 đơn về cấp nước.")
        #expect(filed.first(raw: "30 đơn")?.measureColumn == "don.tiep_nhan")
        // A whole with its own status keeps it, and a part with its own verb keeps its own.
        let own = figures("Trong 87 đơn thuộc thẩm quyền, đã giải quyết 79 đơn.")
        #expect(own.first(raw: "87 đơn")?.measureColumn == "don.thuoc_tham_quyen")
        #expect(own.first(raw: "79 đơn")?.measureColumn == "don.da_giai_quyet")
        // The main clause after "Trong" speaks of what lies within the set, not of the set.
        let found = figures("Trong 3 cuộc thanh tra gần đây, đoàn đã phát hiện nhiều sai phạm.")
        #expect(found.first(raw: "3 cuộc")?.measureColumn == "thanh_tra.cuoc")
        let asked = figures("Trong 2 cuộc đối thoại, người dân đề nghị tăng giá bồi thường.")
        #expect(asked.first(raw: "2 cuộc")?.measureColumn == "doi_thoai.cuoc")
        // A period after "Trong" is no set.
        #expect(figures("Trong 9 tháng, Thanh tra tỉnh tiếp nhận 512 đơn.").first(raw: "512 đơn")?.measureColumn == "don.tiep_nhan")
    }

    @Test("bare 'ý kiến' after a record named 'Số ý kiến phản ánh / kiến nghị' repeat petitions")
    func opinionsOfARecordArePetitions() {
        let record = figures("Số ý kiến kiến nghị được tổng hợp qua Cổng dịch vụ công trong quý là 640 ý kiến; các phòng đã xử lý xong 590 ý kiến, 50 ý kiến đang xác minh.")
        #expect(record.first(raw: "590 ý kiến")?.measureColumn == "don.da_xu_ly")
        #expect(record.first(raw: "50 ý kiến")?.measureColumn == "don.dang_giai_quyet")
        // The named count's own verbs say how it was recorded: no measure, as before.
        #expect(record.first(raw: "640 ý kiến")?.measureColumn == "")
        let app = figures("Số ý kiến phản ánh qua ứng dụng Huyện Số là 2.210 ý kiến, trong đó đã xử lý xong 2.004 ý kiến.")
        #expect(app.first(raw: "2.004 ý kiến")?.measureColumn == "don.da_xu_ly")
        // At a dialogue they stay its opinions; members' opinions on a draft are none.
        let dialogue = figures("Tại hội nghị đối thoại với người dân, số ý kiến phản ánh là 45 ý kiến; lãnh đạo huyện đã trả lời 40 ý kiến.")
        #expect(dialogue.first(raw: "40 ý kiến")?.measureColumn == "doi_thoai.y_kien")
        let draft = figures("Số ý kiến của đại biểu về dự thảo là 38 ý kiến; ban soạn thảo đã tiếp thu 30 ý kiến.")
        #expect(draft.first(raw: "30 ý kiến")?.measureColumn == "")
    }

    @Test("a count followed by 'chưa xử lý' or 'chưa trả lời' is pending, whatever the sentence before resolved")
    func notYetHandledIsPending() {
        let unanswered = figures("Sở nhận 96 đơn kiến nghị, đã trả lời 88 đơn, 8 đơn chưa trả lời.")
        #expect(unanswered.first(raw: "8 đơn")?.measureColumn == "don.dang_giai_quyet")
        let unhandled = figures("Ban nhận 140 kiến nghị của hộ kinh doanh, đã giải quyết 120 kiến nghị. Ban đang rà soát 20 kiến nghị chưa xử lý do vướng quy hoạch.")
        #expect(unhandled.first(raw: "20 kiến nghị")?.measureColumn == "don.dang_giai_quyet")
        let oneOf = figures("Ban nhận 184 kiến nghị, đã giải quyết 169 kiến nghị. Kiến nghị về ngập nước là một trong 15 kiến nghị chưa xử lý được.")
        #expect(oneOf.first(raw: "15 kiến nghị")?.measureColumn == "don.dang_giai_quyet")
        // What was handled stays handled.
        #expect(unhandled.first(raw: "120 kiến nghị")?.measureColumn == "don.da_giai_quyet")
        #expect(onlyFigure("Phường đã xử lý 120 đơn trong quý.")?.measureColumn == "don.da_xu_ly")
    }

    @Test("the 'hơn' of 'nhiều hơn' or 'ít hơn' is a comparative, no qualifier: the count after it is a change")
    func comparativeIsAChange() {
        let more = figures("Trong quý, có 27 đoàn đông người đến trụ sở tiếp công dân, nhiều hơn 9 đoàn so với cùng kỳ.")
        #expect(more.first(raw: "27 đoàn")?.measureColumn == "tiep_cong_dan.doan")
        #expect(more.first(raw: "9 đoàn")?.measureColumn == "")
        let fewer = figures("Số đơn tiếp nhận là 320 đơn, ít hơn 14 đơn so với năm 2025.")
        #expect(fewer.first(raw: "14 đơn")?.measureColumn == "")
        // "hơn" alone still rounds a count up.
        let rounded = figures("Huyện đã tiếp nhận hơn 300 đơn, nhiều nhất là đơn về đất đai.")
        #expect(rounded.first(raw: "hơn 300 đơn")?.measureColumn == "don.tiep_nhan")
    }

    @Test("'cuộc kiểm tra việc …' checks what 'việc' opens: an inspection named there makes no inspection of it")
    func checkOfAnInspectionsFollowUp() {
        let followUp = figures("Thanh tra tỉnh cũng đã tiến hành 6 cuộc kiểm tra việc thực hiện kết luận thanh tra, đôn đốc thu hồi thêm 4,1 tỷ đồng.")
        #expect(followUp.first(raw: "6 cuộc")?.measureColumn == "")
        let organised = figures("Năm 2026, Thanh tra huyện tổ chức 11 cuộc kiểm tra việc thực hiện các kết luận thanh tra.")
        #expect(organised.first(raw: "11 cuộc")?.measureColumn == "")
        // Inspections named first, or beside the check, stay inspections.
        let both = figures("Thanh tra huyện tiến hành 14 cuộc thanh tra, kiểm tra việc chấp hành pháp luật về đất đai.")
        #expect(both.first(raw: "14 cuộc")?.measureColumn == "thanh_tra.cuoc")
        let paired = figures("Thanh tra Sở thực hiện 9 cuộc kiểm tra, thanh tra việc quản lý tài chính.")
        #expect(paired.first(raw: "9 cuộc")?.measureColumn == "thanh_tra.cuoc")
    }
}
