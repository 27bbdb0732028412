import DocumentModel
import Figures
import Testing

/// The prose defects the ninth round's merge noticed and left (issue #14): duplicates inside a
/// received total, a comma inside a type pair, the two counts of a change "từ A xuống B", cases
/// within jurisdiction, numbers in words in a section title. Every sentence was written for
/// these tests; each rule has a negative that keeps its old reading.
@Suite("Clause grammar, heads left by round nine")
struct HeadDefectsGrammarTests {
    @Test("duplicates counted inside a breakdown of what came in were received with it")
    func duplicatesInsideReceivedTotal() {
        let listed = figures("Năm 2026, Văn phòng tiếp dân huyện Mỹ Khê tiếp nhận 1.415 đơn, trong đó 302 đơn trùng nội dung, 1.113 đơn gửi lần đầu.")
        #expect(listed.first(raw: "1.415 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(listed.first(raw: "302 đơn")?.measureColumn == "don.tiep_nhan")
        // In parentheses, new beside duplicate: both parts of the letters received.
        let parenthesized = figures("Trong quý, Ban nhận được 947 lượt đơn thư (701 đơn mới, 246 đơn trùng lặp đã gửi trước đây).")
        #expect(parenthesized.first(raw: "246 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(parenthesized.first(raw: "701 đơn")?.measureColumn == "don.tiep_nhan")
        // Duplicates counted with anonymous and unsigned letters are the ones filed away.
        let reasons = figures("Thanh tra Sở nhận được 812 đơn, trong đó có 97 đơn trùng lặp, nặc danh, không ký tên.")
        #expect(reasons.first(raw: "97 đơn")?.measureColumn == "don.luu")
        // Filed with a verb of its own: archived, also inside the total.
        let filed = figures("Huyện tiếp nhận 530 đơn, trong đó lưu 61 đơn trùng nội dung.")
        #expect(filed.first(raw: "61 đơn")?.measureColumn == "don.luu")
        let filedAfter = figures("Huyện tiếp nhận 530 đơn (có 61 đơn trùng lặp đã được lưu).")
        #expect(filedAfter.first(raw: "61 đơn")?.measureColumn == "don.luu")
        // The items after the duplicates take the received state, not an archived one.
        let after = figures("Phòng tiếp dân nhận 640 đơn, trong đó có 95 đơn trùng, 545 đơn mới.")
        #expect(after.first(raw: "95 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(after.first(raw: "545 đơn")?.measureColumn == "don.tiep_nhan")
        // Outside a received total duplicates stay archived.
        #expect(onlyFigure("Qua phân loại, có 44 đơn trùng nội dung.")?.measureColumn == "don.luu")
    }

    @Test("a comma inside a type pair is no clause boundary: the status after it is the figure's")
    func commaInsideTypePair() {
        let topic = figures("Đối với 381 đơn kiến nghị, phản ánh thuộc thẩm quyền, các cơ quan đã giải quyết 352 đơn.")
        #expect(topic.first(raw: "381 đơn")?.measureColumn == "don.thuoc_tham_quyen")
        #expect(topic.first(raw: "381 đơn")?.typeColumn == "kien_nghi_phan_anh")
        #expect(topic.first(raw: "352 đơn")?.measureColumn == "don.da_giai_quyet")
        let pending = onlyFigure("Xã Đông Lũy còn 14 đơn khiếu nại, tố cáo đang giải quyết.")
        #expect(pending?.measureColumn == "don.dang_giai_quyet")
        #expect(onlyFigure("Toàn huyện có 208 đơn kiến nghị, phản ánh không thuộc thẩm quyền.")?.measureColumn == "don.khong_thuoc_tham_quyen")
        // A comma that is no part of a type pair still ends the figure's phrase.
        let other = figures("Huyện tiếp nhận 96 đơn kiến nghị, thuộc thẩm quyền 40 đơn.")
        #expect(other.first(raw: "96 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(other.first(raw: "40 đơn")?.measureColumn == "don.thuoc_tham_quyen")
        // A status right before a count of its own labels that count, not the pair before it.
        let labelled = figures("Huyện tiếp nhận 96 đơn khiếu nại, tố cáo thuộc thẩm quyền 40 đơn.")
        #expect(labelled.first(raw: "96 đơn")?.measureColumn == "don.tiep_nhan")
        let resolvedNext = figures("Xã Phú Lãng nhận 58 đơn khiếu nại, tố cáo đã giải quyết xong 51 đơn.")
        #expect(resolvedNext.first(raw: "58 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(resolvedNext.first(raw: "51 đơn")?.measureColumn == "don.da_giai_quyet")
        // Only a pair after petitions joins: what visitors came to raise ("đến kiến nghị, phản
        // ánh") is no status of the visits, and a verb before cases stays theirs.
        #expect(onlyFigure("Trụ sở tiếp dân đã tiếp 217 lượt người đến kiến nghị, phản ánh đang được xem xét.")?.measureColumn == "tiep_cong_dan.luot")
        #expect(onlyFigure("Trong năm tiếp nhận 164 vụ việc khiếu nại, tố cáo thuộc thẩm quyền của huyện.")?.measureColumn == "vu_viec.tiep_nhan")
    }

    @Test("both counts of a change 'từ A xuống B' take the measure of the head they compare")
    func changeBetweenTwoCounts() {
        let visits = figures("Số lượt công dân được tiếp tăng 14%, từ 430 lượt lên 490 lượt.")
        #expect(visits.first(raw: "430 lượt")?.measureColumn == "tiep_cong_dan.luot")
        #expect(visits.first(raw: "490 lượt")?.measureColumn == "tiep_cong_dan.luot")
        let resolved = figures("Số vụ việc khiếu nại đã giải quyết giảm 9%, từ 122 vụ việc xuống 111 vụ việc.")
        #expect(resolved.first(raw: "122 vụ việc")?.measureColumn == "vu_viec.da_giai_quyet")
        #expect(resolved.first(raw: "111 vụ việc")?.measureColumn == "vu_viec.da_giai_quyet")
        let received = figures("Số đơn tiếp nhận giảm mạnh, từ 318 đơn xuống 274 đơn.")
        #expect(received.first(raw: "318 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(received.first(raw: "274 đơn")?.measureColumn == "don.tiep_nhan")
        // Each end may name its period.
        let years = figures("Số vụ việc khiếu nại đã giải quyết tăng từ 96 vụ việc năm 2024 lên 118 vụ việc năm 2025.")
        #expect(years.first(raw: "96 vụ việc")?.measureColumn == "vu_viec.da_giai_quyet")
        #expect(years.first(raw: "118 vụ việc")?.measureColumn == "vu_viec.da_giai_quyet")
        // A head with no verb gives both ends its bare measure.
        let bare = figures("Số vụ việc khiếu nại tăng từ 23 vụ lên 31 vụ.")
        #expect(bare.first(raw: "23 vụ")?.measureColumn == "vu_viec")
        #expect(bare.first(raw: "31 vụ")?.measureColumn == "vu_viec")
        // The link may take "còn", "đến" or "tới": where the change ends, nothing pending.
        let endedAt = figures("Toàn huyện tiếp nhận 226 đơn khiếu nại, giảm 12%, từ 257 đơn xuống còn 226 đơn.")
        #expect(endedAt.first(raw: "257 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(endedAt.filter { $0.raw == "226 đơn" }.map(\.measureColumn) == ["don.tiep_nhan", "don.tiep_nhan"])
        let fell = figures("Số vụ việc tố cáo đã giải quyết giảm từ 40 vụ việc năm 2025 xuống còn 31 vụ việc năm 2026.")
        #expect(fell.first(raw: "40 vụ việc")?.measureColumn == "vu_viec.da_giai_quyet")
        #expect(fell.first(raw: "31 vụ việc")?.measureColumn == "vu_viec.da_giai_quyet")
        let rose = figures("Số lượt công dân được tiếp tăng từ 430 lượt lên đến 490 lượt.")
        #expect(rose.first(raw: "430 lượt")?.measureColumn == "tiep_cong_dan.luot")
        #expect(rose.first(raw: "490 lượt")?.measureColumn == "tiep_cong_dan.luot")
        // "còn" with no change before it still says what is pending.
        #expect(figures("Đã giải quyết 80 đơn, còn 12 đơn đang xem xét.").first(raw: "12 đơn")?.measureColumn == "don.dang_giai_quyet")
        // The change itself is no count, and a target bound stays a target.
        #expect(figures("Số đơn tiếp nhận giảm 37 đơn.").first(raw: "37 đơn")?.measureColumn ?? "" == "")
        #expect(onlyFigure("Huyện đặt mục tiêu đưa số đơn vượt cấp xuống dưới 40 đơn.")?.measureColumn ?? "" == "")
    }

    @Test("cases said to be within jurisdiction are complaint cases, also where no complaint is named")
    func casesWithinJurisdiction() {
        let opened = figures("Trong 173 vụ việc thuộc thẩm quyền, Ủy ban nhân dân huyện đã giải quyết 160 vụ việc.")
        #expect(opened.first(raw: "173 vụ việc")?.measureColumn == "vu_viec")
        #expect(opened.first(raw: "160 vụ việc")?.measureColumn == "vu_viec.da_giai_quyet")
        #expect(onlyFigure("Toàn tỉnh có 59 vụ việc thuộc thẩm quyền của cấp tỉnh.")?.measureColumn == "vu_viec")
        // The jurisdiction of investigators or courts names no complaint.
        #expect(figures("Công an xã tiếp nhận 48 tin báo, trong đó 9 vụ việc thuộc thẩm quyền điều tra.").allSatisfy { $0.measureColumn == "" })
        #expect(onlyFigure("Xã đã hướng dẫn người dân gửi 6 vụ việc thuộc thẩm quyền của Tòa án nhân dân huyện.")?.measureColumn ?? "" == "")
        // Incidents of crime named beside it are no complaint cases.
        #expect(onlyFigure("Công an huyện đã khởi tố 12 vụ án hình sự.")?.measureColumn ?? "" == "")
        #expect(onlyFigure("Trong tháng xảy ra 27 vụ việc vi phạm trật tự giao thông.")?.measureColumn ?? "" == "")
    }

    @Test("a number in words in a section title is a title, not a figure; a title that is a sentence keeps it")
    func numbersInWordsInTitles() {
        let titled = figures("Thường trực Hội đồng nhân dân huyện đã phối hợp tổ chức tại các xã.", headings: [("I", "KẾT QUẢ"), ("1", "Hai mươi cuộc tiếp xúc cử tri")])
        #expect(titled.allSatisfy { $0.measureColumn == "" })
        let capitals = figures("Tiếp tục rà soát các vụ việc tồn đọng.", headings: [("III", "BẢY VỤ VIỆC KHIẾU NẠI KÉO DÀI")])
        #expect(capitals.allSatisfy { $0.measureColumn == "" })
        // A title that says what was done is a sentence: its count stays a figure.
        let sentence = figures("Kết quả cụ thể như sau.", headings: [("2", "Huyện đã giải quyết mười hai vụ việc khiếu nại")])
        #expect(sentence.first { $0.value == 12 }?.measureColumn == "vu_viec.da_giai_quyet")
        // A number in words in the body stays a figure.
        #expect(onlyFigure("Huyện đã tổ chức hai mươi cuộc tiếp xúc cử tri.")?.measureColumn == "doi_thoai.cuoc")
        // Digits in a title are a figure, as the gold of the news sets has them.
        let digits = figures("Kết quả cụ thể như sau.", headings: [("1", "Tiếp nhận 250 đơn khiếu nại")])
        #expect(digits.first { $0.value == 250 }?.measureColumn == "don.tiep_nhan")
    }
}
