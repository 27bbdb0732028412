import DocumentModel
import Figures
import Testing

/// The classes the seventh news set showed (issue #14, round twenty-one). Every sentence was
/// written for these tests; each rule has a negative that keeps its old reading.
@Suite("Clause grammar, the seventh news set")
struct NewsSevenGrammarTests {
    @Test("households that have, withdrew or still hold a complaint are complaint cases, also where their place stands between")
    func householdsWithTheirOwnPetitionVerb() {
        let had = onlyFigure("Tại xã Long Điền, 41 hộ dân vẫn có đơn khiếu nại về giá đền bù đất vườn.")
        #expect(had?.measureColumn == "vu_viec")
        #expect(had?.typeColumn == "khieu_nai")
        let placed = onlyFigure("Đại biểu nêu 33 hộ ở thôn Đá Mài có đơn khiếu nại về việc cấp sổ đỏ.")
        #expect(placed?.measureColumn == "vu_viec")
        #expect(placed?.typeColumn == "khieu_nai")
        let withdrew = onlyFigure("Đến nay 35/41 hộ đã rút đơn khiếu nại.")
        #expect(withdrew?.measureColumn == "vu_viec")
        #expect(withdrew?.typeColumn == "khieu_nai")
        let holding = onlyFigure("Còn 4 hộ vẫn giữ đơn tố cáo, đang chờ huyện xem xét.")
        #expect(holding?.measureColumn == "vu_viec.dang_giai_quyet")
        #expect(holding?.typeColumn == "to_cao")
        // Households that keep their land, or that signed, bring no petition of their own.
        #expect(onlyFigure("Còn 4 hộ vẫn giữ nguyên hiện trạng đất vườn.")?.measureColumn == "")
        #expect(onlyFigure("Có 26 hộ ở thôn Bến Đò cùng ký vào lá đơn kiến nghị.")?.measureColumn == "")
        // Households that sent one letter against a person complain together: no cases.
        #expect(onlyFigure("Không đồng ý với kết luận, 15 hộ dân đã gửi đơn tố cáo ông Lê Văn Tám lên tỉnh.")?.measureColumn == "")
    }

    @Test("cases or petitions someone is told to resolve by a date are pending; a date said of work done keeps it resolved")
    func deadlineMakesPending() {
        let told = onlyFigure("UBND tỉnh giao UBND huyện giải quyết dứt điểm 7 vụ việc trước ngày 15/3/2027.")
        #expect(told?.measureColumn == "vu_viec.dang_giai_quyet")
        let asked = onlyFigure("HĐND tỉnh đề nghị giải quyết xong 96 đơn trước 30/6/2027.")
        #expect(asked?.measureColumn == "don.dang_giai_quyet")
        let quarter = onlyFigure("Thanh tra tỉnh yêu cầu các huyện giải quyết 14 vụ việc khiếu nại trước tháng 6/2027.")
        #expect(quarter?.measureColumn == "vu_viec.dang_giai_quyet")
        // A duty to resolve them for good names cases still open; a duty alone gives no state.
        #expect(onlyFigure("Chủ tịch UBND tỉnh chỉ đạo giải quyết dứt điểm 7 vụ việc khiếu nại.")?.measureColumn == "vu_viec.dang_giai_quyet")
        #expect(onlyFigure("Thanh tra tỉnh tiếp tục đôn đốc giải quyết 41 vụ việc khiếu nại.")?.measureColumn == "vu_viec")
        // Done before a date: resolved.
        #expect(onlyFigure("Huyện đã giải quyết xong 96 đơn trước ngày 15/11.")?.measureColumn == "don.da_giai_quyet")
        // "trước thời hạn" is no date.
        #expect(onlyFigure("Huyện giải quyết 38 đơn trước thời hạn.")?.measureColumn == "don.da_giai_quyet")
    }

    @Test("a handling verb said after petitions, also after the remainder, says what was done with them")
    func handlingVerbAfterPetitions() {
        let portal = figures("Cổng của Thanh tra tỉnh nhận 318 đơn khiếu nại, tố cáo; 45 đơn đã chuyển cơ quan có thẩm quyền.")
        #expect(portal.first(raw: "45 đơn")?.measureColumn == "don.chuyen")
        let rest = figures("Số đơn thuộc thẩm quyền là 402 đơn; 1.330 đơn còn lại đã được chuyển hoặc hướng dẫn công dân.")
        #expect(rest.first(raw: "1.330 đơn")?.measureColumn == "don.chuyen")
        let archived = figures("Ban nhận 96 đơn, 12 đơn đã lưu do trùng nội dung.")
        #expect(archived.first(raw: "12 đơn")?.measureColumn == "don.luu")
        // The remainder with no handling verb stays pending.
        let pending = figures("Huyện đã giải quyết 402 đơn; 58 đơn còn lại đang xác minh.")
        #expect(pending.first(raw: "58 đơn")?.measureColumn == "don.dang_giai_quyet")
    }

    @Test("disputes settled by mediation are resolved cases; mediation still under way is pending")
    func settledByMediation() {
        let settled = figures("Tổ hòa giải của 5 thôn đã hòa giải thành 19 vụ việc tranh chấp đất đai.").first(raw: "19 vụ việc")
        #expect(settled?.measureColumn == "vu_viec.da_giai_quyet")
        let commune = onlyFigure("Năm 2026, UBND xã Hòa Mỹ hòa giải thành 11 vụ việc tranh chấp ranh giới đất.")
        #expect(commune?.measureColumn == "vu_viec.da_giai_quyet")
        let running = onlyFigure("Còn 6 vụ việc tranh chấp đất đai đang hòa giải.")
        #expect(running?.measureColumn == "vu_viec.dang_giai_quyet")
        // Mediation that failed settles nothing.
        #expect(onlyFigure("Xã đã hòa giải không thành 4 vụ việc tranh chấp đất đai.")?.measureColumn != "vu_viec.da_giai_quyet")
    }

    @Test("a sentence that only lists typed counts after 'Có' breaks down the count of the sentence before they add up to")
    func typedCountsAfterCo() {
        let visits = figures("Chủ tịch huyện tiếp 31 lượt công dân với 14 vụ việc. Có 8 vụ việc khiếu nại, 6 vụ việc kiến nghị, phản ánh.")
        #expect(visits.first(raw: "8 vụ việc")?.measureColumn == "vu_viec.tiep_nhan")
        #expect(visits.first(raw: "8 vụ việc")?.typeColumn == "khieu_nai")
        #expect(visits.first(raw: "6 vụ việc")?.measureColumn == "vu_viec.tiep_nhan")
        #expect(visits.first(raw: "6 vụ việc")?.typeColumn == "kien_nghi_phan_anh")
        let resolved = figures("Năm qua, huyện đã giải quyết 52 vụ việc. Có 40 vụ việc khiếu nại và 12 vụ việc tố cáo.")
        #expect(resolved.first(raw: "12 vụ việc")?.measureColumn == "vu_viec.da_giai_quyet")
        // Counts that add up to another number are other cases: they keep their own reading.
        let other = figures("Năm qua, huyện đã giải quyết 52 vụ việc. Có 25 vụ việc khiếu nại, 31 vụ việc tố cáo.")
        #expect(other.first(raw: "25 vụ việc")?.measureColumn == "vu_viec")
        // A sentence with a word of its own is no list.
        let own = figures("Chủ tịch huyện tiếp 31 lượt công dân với 14 vụ việc. Có 8 vụ việc khiếu nại kéo dài, 6 vụ việc kiến nghị.")
        #expect(own.first(raw: "6 vụ việc")?.measureColumn != "vu_viec.tiep_nhan")
    }

    @Test("visits set apart by 'Trong (số)' to be split were received; 'nêu trên' is no verb of the parts after it")
    func setsTakenUpAgain() {
        let visits = figures("Thanh tra quận tiếp 512 lượt công dân. Trong 512 lượt công dân có 4 đoàn đông người.")
        #expect(visits.filter { $0.raw == "512 lượt công dân" }.allSatisfy { $0.measureColumn == "tiep_cong_dan.luot" })
        let counted = figures("Năm nay Ban tiếp 940 lượt công dân, nhiều nhất ở xã Đông Sơn. Trong số 940 lượt công dân, 120 lượt do Chủ tịch tiếp.")
        #expect(counted.filter { $0.raw == "940 lượt công dân" }.count == 2)
        #expect(counted.filter { $0.raw == "940 lượt công dân" }.allSatisfy { $0.measureColumn == "tiep_cong_dan.luot" })
        let aforementioned = figures("Sở Tư pháp nhận 260 đơn khiếu nại, tố cáo. Trong số 260 đơn khiếu nại, tố cáo nêu trên có 201 đơn khiếu nại và 59 đơn tố cáo.")
        #expect(aforementioned.first(raw: "201 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(aforementioned.first(raw: "59 đơn")?.typeColumn == "to_cao")
        // Recommendations a body raises are still its own proposals.
        #expect(onlyFigure("Ủy ban MTTQ tỉnh nêu 6 kiến nghị với UBND tỉnh.")?.measureColumn == "")
        // A set of inspections opened by "Trong" still finds no inspections in its main clause.
        let found = figures("Trong 3 cuộc thanh tra gần đây, đoàn đã phát hiện nhiều sai phạm.")
        #expect(found.first(raw: "3 cuộc")?.measureColumn != "tiep_cong_dan.luot")
        // Visits set apart and split into delegations, with no citizens named, were received; the
        // turns of a match set apart the same way are no visits.
        let split = figures("Ban tiếp công dân tỉnh làm việc cả tuần. Trong số 418 lượt, có 6 đoàn đông người với 95 người.")
        #expect(split.first(raw: "418 lượt")?.measureColumn == "tiep_cong_dan.luot")
        let match = figures("Đội tuyển đã chắc suất đi tiếp. Trong 3 lượt trận cuối, đội sẽ gặp hai đối thủ mạnh.")
        #expect(match.first(raw: "3 lượt")?.measureColumn == "")
    }

    @Test("old cases a verb said as done resolved are resolved; a target on them keeps them pending")
    func doneOnOldCases() {
        #expect(figures("Sau 90 ngày, huyện đã giải quyết 180/205 vụ việc khiếu nại tồn đọng.").first(raw: "180/205 vụ việc")?.measureColumn
            == "vu_viec.da_giai_quyet")
        #expect(onlyFigure("Năm 2026, tỉnh đã giải quyết 46 vụ việc kéo dài.")?.measureColumn == "vu_viec.da_giai_quyet")
        // A target, or no "đã": still pending.
        #expect(onlyFigure("Huyện tập trung giải quyết dứt điểm 12 vụ việc khiếu nại kéo dài.")?.measureColumn == "vu_viec.dang_giai_quyet")
        #expect(onlyFigure("Năm 2027, tỉnh giải quyết dứt điểm 27 vụ việc tồn đọng.")?.measureColumn == "vu_viec.dang_giai_quyet")
    }

    @Test("a delegation counted with its persons among the visits received is a delegation and persons received")
    func delegationWithItsPersons() {
        let day = figures("Chủ tịch huyện tiếp 31 lượt công dân với 14 vụ việc, trong đó có 1 đoàn 15 người của thôn Gò Mít phản ánh về ô nhiễm.")
        #expect(day.first(raw: "1 đoàn")?.measureColumn == "tiep_cong_dan.doan")
        #expect(day.first(raw: "15 người")?.measureColumn == "tiep_cong_dan.nguoi")
        let morning = figures("Sáng nay, Bí thư Tỉnh ủy đã tiếp 18 lượt công dân, trong đó có 2 đoàn 27 người.")
        #expect(morning.first(raw: "2 đoàn")?.measureColumn == "tiep_cong_dan.doan")
        #expect(morning.first(raw: "27 người")?.measureColumn == "tiep_cong_dan.nguoi")
        // No citizens received before it: a crowd, or officials.
        let crowd = figures("Năm 2025 tỉnh có 3 đoàn 120 người ra Hà Nội.")
        #expect(crowd.allSatisfy { $0.measureColumn == "" })
        let officials = figures("Bệnh viện tiếp nhận 40 lượt người bệnh. Có 1 đoàn 6 người của Bộ Y tế đến kiểm tra.")
        #expect(officials.allSatisfy { $0.measureColumn == "" })
    }

    @Test("crowds said to go up to the capital with no reception before them are no delegations received")
    func crowdsGoingToTheCentre() {
        let went = figures("Trước đó, năm 2025 tỉnh có 4 đoàn đông người với khoảng 150 người ra Hà Nội.")
        #expect(went.allSatisfy { $0.measureColumn == "" })
        let central = figures("Năm 2026 có 3 đoàn đông người với 95 người lên Trung ương khiếu nại.")
        #expect(central.allSatisfy { $0.measureColumn == "" })
        // Received by the central board: delegations received.
        #expect(onlyFigure("Ban Tiếp công dân Trung ương tiếp 12 đoàn đông người ra Hà Nội khiếu nại.")?.measureColumn == "tiep_cong_dan.doan")
        let here = figures("Trong tháng, tỉnh có 5 đoàn đông người với 160 người.")
        #expect(here.first(raw: "5 đoàn")?.measureColumn == "tiep_cong_dan.doan")
        #expect(here.first(raw: "160 người")?.measureColumn == "tiep_cong_dan.nguoi")
    }
}
