import DocumentModel
import Figures
import Testing

/// Wrong meanings noticed in earlier rounds and left alone (issue #14, branch `figprec`): a status
/// pushed onto a figure that opens its own head, voters' recommendations named again without
/// "cử tri", a footnote's items given the citing sentence's scope. Each is a named rule, checked
/// on sentences written for it.
@Suite("Known wrong meanings")
struct KnownWrongMeaningsTests {
    @Test("a status of an earlier sentence is not pushed onto a figure that opens its own head")
    func statusStopsAtANewHead() {
        let guided = figures("Bộ phận một cửa đã hướng dẫn 212 đơn. Đáng chú ý, có 96 đơn khiếu nại về thu hồi đất của dự án cảng Vĩnh Mỹ.")
        #expect(guided.first(raw: "212 đơn")?.measureColumn == "don.huong_dan")
        // Petitions counted without a verb are the ones that came in, not the ones guided.
        #expect(guided.first(raw: "96 đơn")?.measureColumn == "don.tiep_nhan")
        // A whole's scope before "có" opens a head as well.
        let resolved = figures("Thanh tra huyện đã giải quyết 44 vụ việc. Toàn huyện có 61 vụ việc khiếu nại về chế độ chính sách.")
        #expect(resolved.first(raw: "44 vụ việc")?.measureColumn == "vu_viec.da_giai_quyet")
        #expect(resolved.first(raw: "61 vụ việc")?.measureColumn == "vu_viec")
    }

    @Test("a breakdown of the sentence before still takes its status")
    func breakdownKeepsTheStatus() {
        // "Trong đó có" breaks the 140 down: they were guided too.
        let found = figures("Văn phòng đã hướng dẫn 140 đơn. Trong đó có 35 đơn tố cáo.")
        #expect(found.first(raw: "35 đơn")?.measureColumn == "don.huong_dan")
        #expect(found.first(raw: "35 đơn")?.typeColumn == "to_cao")
    }

    @Test("voters' recommendations named again in a later paragraph stay the voters'")
    func votersNamedAgain() {
        let found = figures(
            "Sau các buổi tiếp xúc cử tri, Đoàn đã tổng hợp 215 ý kiến, kiến nghị gửi các cơ quan có thẩm quyền.",
            "Đến nay, các sở, đơn vị đã trả lời 190 kiến nghị; còn 25 kiến nghị đang được xem xét.")
        #expect(found.first(raw: "215 ý kiến, kiến nghị")?.measureColumn == "doi_thoai.y_kien")
        #expect(found.first(raw: "190 kiến nghị")?.measureColumn == "doi_thoai.y_kien")
        #expect(found.first(raw: "25 kiến nghị")?.measureColumn == "doi_thoai.y_kien")
    }

    @Test("recommendations of citizens after a voters' paragraph, or with no voters before, are petitions")
    func petitionsAfterVoters() {
        let citizens = figures(
            "Các đại biểu đã tiếp xúc 1.200 lượt cử tri tại 14 điểm.",
            "Ban Tiếp công dân tỉnh tiếp nhận 75 kiến nghị của người dân về bồi thường.")
        #expect(citizens.first(raw: "75 kiến nghị")?.measureColumn == "don.tiep_nhan")
        #expect(citizens.first(raw: "75 kiến nghị")?.typeColumn == "kien_nghi_phan_anh")
        let alone = figures("Đến nay, các sở, đơn vị đã trả lời 190 kiến nghị.")
        #expect(alone.first(raw: "190 kiến nghị")?.measureColumn.hasPrefix("doi_thoai") == false)
    }

    @Test("a marker after a parenthesis cites the figure the parenthesis breaks down")
    func markerAfterParenthesis() {
        let found = figures(
            "Số vụ việc khiếu nại thuộc thẩm quyền là 52 vụ việc (cấp tỉnh 7, cấp huyện 30, cấp xã 15)[^2].",
            footnotes: [2: "Trong đó có 11 vụ việc về đất đai."])
        let inFootnote = found.filter { $0.footnote == 2 }
        #expect(inFootnote.map(\.value) == [11])
        // The 52 has no scope of its own; the 15 of "cấp xã" is not what the note explains.
        #expect(inFootnote.first?.scope == "")
        #expect(inFootnote.first?.typeColumn == "khieu_nai")
    }

    @Test("a footnote listing by its own places takes no scope from the citing sentence")
    func footnoteOwnPlaces() {
        let found = figures(
            "UBND tỉnh tiếp nhận 73 đơn tố cáo[^4].",
            footnotes: [4: "Tại huyện Tân Phước: 40 đơn; tại thị xã Bình Minh: 33 đơn."])
        let inFootnote = found.filter { $0.footnote == 4 }
        #expect(inFootnote.map(\.scope) == ["huyện Tân Phước", "thị xã Bình Minh"])
        #expect(inFootnote.allSatisfy { $0.measureColumn == "don.tiep_nhan" && $0.typeColumn == "to_cao" })
        // A footnote that names no place of its own still takes the cited figure's.
        let unnamed = figures("Cấp huyện đã giải quyết 20 vụ việc khiếu nại[^5].", footnotes: [5: "Có 8 vụ việc về đất đai."])
        #expect(unnamed.filter { $0.footnote == 5 }.map(\.scope) == ["Cấp huyện"])
    }

    @Test("a status said of an item in parentheses stays with the item")
    func itemStatusStaysWithTheItem() {
        let found = figures(
            "Trong tháng, Ban nhận được 940 đơn (702 đơn mới, 238 đơn trùng lặp, nặc danh). Phân loại theo tính chất: khiếu nại 310 đơn, tố cáo 92 đơn.")
        #expect(found.first(raw: "238 đơn")?.measureColumn == "don.luu")
        // The types break down the petitions received, not the archived ones.
        #expect(found.first(raw: "310 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(found.first(raw: "92 đơn")?.measureColumn == "don.tiep_nhan")
        // Duplicates beside new letters, with no other reason to file them, are a part of what
        // came in (`DuplicateItems`; the gold of voices-heldout2 has them received): the status
        // after them is still the received one.
        let duplicates = figures(
            "Trong tháng, Ban nhận được 940 đơn (702 đơn mới, 238 đơn trùng nội dung). Phân loại theo tính chất: khiếu nại 310 đơn, tố cáo 92 đơn.")
        #expect(duplicates.first(raw: "238 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(duplicates.first(raw: "310 đơn")?.measureColumn == "don.tiep_nhan")
    }

    @Test("petitions passed on here with no destination were received; a forwarding names where they went")
    func passedOnHere() {
        #expect(onlyFigure("Sở Tài chính chuyển đến 27 đơn.")?.measureColumn == "don.tiep_nhan")
        #expect(onlyFigure("Thanh tra huyện đã chuyển 19 đơn đến Tòa án nhân dân huyện.")?.measureColumn == "don.chuyen")
        #expect(onlyFigure("Văn phòng đã chuyển đến Thanh tra tỉnh 12 đơn.")?.measureColumn == "don.chuyen")
    }

    @Test("after a closed parenthesis a breakdown continues the head, not the parenthesis' last item")
    func breakdownAfterParenthesis() {
        let found = figures(
            "Công ty tiếp nhận 350 đơn thư (Sở Công Thương chuyển đến 25 đơn, Tập đoàn chuyển đến gần 30 đơn), gồm: 210 đơn khiếu nại; 40 đơn tố cáo.")
        #expect(found.first(raw: "gần 30 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(found.first(raw: "210 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(found.first(raw: "210 đơn")?.typeColumn == "khieu_nai")
        #expect(found.first(raw: "210 đơn")?.scope == "Công ty")
    }

    @Test("a topic set up with 'Đối với' takes its main clause's verb, or is the whole a later figure splits")
    func topicTakesTheMainVerb() {
        let forwarded = figures(
            "Thanh tra tỉnh đã hướng dẫn 80 đơn. Đối với 26 đơn tố cáo có dấu hiệu tội phạm, Thanh tra tỉnh đã chuyển cho Cơ quan điều tra.")
        #expect(forwarded.first(raw: "26 đơn")?.measureColumn == "don.chuyen")
        #expect(forwarded.first(raw: "26 đơn")?.scope == "")
        // A later figure of the same thing takes the verb; the topic was received, not left pending.
        let whole = figures("Còn 9 đơn đang xem xét. Đối với 47 kiến nghị của doanh nghiệp, đã giải quyết 40 kiến nghị.")
        #expect(whole.first(raw: "47 kiến nghị")?.measureColumn == "don.tiep_nhan")
        #expect(whole.first(raw: "40 kiến nghị")?.measureColumn == "don.da_giai_quyet")
    }

    @Test("cases whose resolution a supervision looks into are pending")
    func supervisedCases() {
        let found = onlyFigure("Ban đã tổ chức 1 đợt giám sát chuyên đề về việc giải quyết 15 vụ việc khiếu nại đông người.")
            ?? figures("Ban đã tổ chức 1 đợt giám sát chuyên đề về việc giải quyết 15 vụ việc khiếu nại đông người.").first(raw: "15 vụ việc")
        #expect(found?.measureColumn == "vu_viec.dang_giai_quyet")
        // Without a supervision, "việc giải quyết" of a body's own report is its resolution.
        #expect(figures("Kết quả việc giải quyết 15 vụ việc khiếu nại được công khai.").first(raw: "15 vụ việc")?.measureColumn == "vu_viec.da_giai_quyet")
    }

    @Test("'lượt đơn' counts petitions; 'lượt đơn vị' no citizens; service requests are applications")
    func lettersCountedByTurns() {
        #expect(onlyFigure("Trong tháng, Ban nhận được 1.240 lượt đơn thư.")?.measureColumn == "don.tiep_nhan")
        #expect(onlyFigure("Đã kiểm tra 31 lượt đơn vị về chấp hành quy định tiếp công dân.")?.measureColumn ?? "" == "")
        #expect(onlyFigure("Điện lực tiếp nhận 1.045 đơn đề nghị di dời công tơ.")?.measureColumn ?? "" == "")
        #expect(onlyFigure("Hội đồng nhận 88 đơn đề nghị phúc khảo bài thi.")?.measureColumn ?? "" == "")
    }

    @Test("opinions of a body's members are no voters' opinions, even in a paragraph on voters")
    func membersOpinions() {
        let found = figures(
            "Ban Dân nguyện tổng hợp ý kiến của cử tri. Tại phiên họp, có 11 lượt ý kiến của thành viên Ủy ban về báo cáo này.")
        #expect(found.first(raw: "11 lượt ý kiến")?.measureColumn ?? "" == "")
        let voters = figures("Tại các điểm tiếp xúc, cử tri nêu 64 ý kiến, kiến nghị.")
        #expect(voters.first(raw: "64 ý kiến, kiến nghị")?.measureColumn == "doi_thoai.y_kien")
    }

    @Test("offences and fines named without 'tội phạm' are no petitions' cases")
    func offencesAndFines() {
        let fines = figures("Trong quý, Đội trật tự đô thị tiếp nhận 17 vụ việc lấn chiếm vỉa hè, xử phạt 13 vụ việc, đã giải quyết xong 10 vụ việc.")
        #expect(fines.count == 3 && fines.allSatisfy { $0.measureColumn == "" })
        let theft = figures("Trong quý, Công an xã Nà Khoang tiếp nhận 8 vụ việc trộm cắp tài sản, đã giải quyết 6 vụ việc.")
        #expect(theft.count == 2 && theft.allSatisfy { $0.measureColumn == "" })
        // A complaint named in the sentence keeps its cases, fines or not.
        let complaint = figures("Trong quý, Ban tiếp nhận 12 vụ việc khiếu nại quyết định xử phạt, đã giải quyết 9 vụ việc.")
        #expect(complaint.first(raw: "12 vụ việc")?.measureColumn == "vu_viec.tiep_nhan")
        #expect(complaint.first(raw: "9 vụ việc")?.measureColumn == "vu_viec.da_giai_quyet")
    }
}
