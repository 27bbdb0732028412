import DocumentModel
import Figures
import Testing

/// The classes round twenty left open (issue #14, branch `figplan`), written anew as rules of the
/// language. Every sentence was written for these tests; each rule has a negative that keeps its
/// old reading.
@Suite("Clause grammar, the classes round twenty left open")
struct OpenClassesRoundTwentyOneTests {
    @Test("households with their own complaint said after them are complaint cases, in the state their words give")
    func householdsBringingComplaints() {
        // Report voice: kept, sent, still complaining.
        let kept = figures("Đến nay, còn 9 hộ vẫn giữ đơn khiếu nại về giá bồi thường.")
        #expect(kept.first(raw: "9 hộ")?.measureColumn == "vu_viec.dang_giai_quyet")
        #expect(kept.first(raw: "9 hộ")?.typeColumn == "khieu_nai")
        let sent = onlyFigure("Ban đầu có 41 hộ gửi đơn khiếu nại lên UBND tỉnh Đông Lâm.")
        #expect(sent?.measureColumn == "vu_viec")
        #expect(sent?.typeColumn == "khieu_nai")
        // News voice: an adverb only between them and their complaint.
        #expect(onlyFigure("Hiện 12 hộ tiếp tục khiếu nại lần hai.")?.measureColumn == "vu_viec")
        #expect(onlyFigure("Năm 2026, có 45 hộ khiếu nại về giá đất ở.")?.typeColumn == "khieu_nai")
        // Other words may stand before the verb that brings the petition.
        let withdrew = onlyFigure("Có 52 hộ đã nhận tiền hỗ trợ và làm đơn rút khiếu nại.")
        #expect(withdrew?.measureColumn == "vu_viec")
        #expect(withdrew?.typeColumn == "khieu_nai")
        // A set of their own: the state the sentence before left is not put on them.
        let after = figures("Huyện đã giải quyết xong 30 vụ việc khiếu nại. Ngoài ra, 18 hộ gửi đơn khiếu nại về tiền hỗ trợ tái định cư.")
        #expect(after.first(raw: "18 hộ")?.measureColumn == "vu_viec")
        // Negatives keep their reading: households affected, accused, met, spoken for, or
        // signing a denunciation together.
        #expect(onlyFigure("Dự án thu hồi đất của 230 hộ dân trên địa bàn xã.")?.measureColumn == "")
        #expect(onlyFigure("Còn 45 hộ phải tái định cư, khiếu nại kéo dài.")?.measureColumn == "")
        #expect(onlyFigure("Có 3 hộ bị tố cáo lấn chiếm đất công.")?.measureColumn == "")
        #expect(onlyFigure("UBND xã đã đối thoại với 37 hộ dân khiếu nại thuộc dự án.")?.measureColumn == "")
        #expect(onlyFigure("Ông Tư tiếp hai người đại diện hơn 600 hộ dân khiếu nại về dự án.")?.measureColumn ?? "" == "")
        #expect(onlyFigure("Không đồng ý, 15 hộ dân đã gửi đơn tố cáo ông Lê Văn Bảy lên tỉnh.")?.measureColumn == "")
    }

    @Test("a ruling named right before the households it rules on makes them complaint cases with no state of their own")
    func householdsARulingNames() {
        let rejected = figures("Chủ tịch UBND huyện đã bác khiếu nại của 14 hộ dân.")
        #expect(rejected.first(raw: "14 hộ dân")?.measureColumn == "vu_viec")
        #expect(rejected.first(raw: "14 hộ dân")?.typeColumn == "khieu_nai")
        let partly = onlyFigure("Chủ tịch UBND tỉnh công nhận khiếu nại đúng một phần đối với 23 hộ.")
        #expect(partly?.measureColumn == "vu_viec")
        #expect(partly?.typeColumn == "khieu_nai")
        // An outcome takes no state from the sentences before.
        let carried = figures("Còn 20 vụ việc khiếu nại đang xác minh. Huyện đã bác khiếu nại của 8 hộ.")
        #expect(carried.first(raw: "8 hộ")?.measureColumn == "vu_viec")
        // A verb of its own still gives its state.
        #expect(onlyFigure("UBND huyện đã giải quyết khiếu nại lần đầu đối với 31 hộ.")?.measureColumn == "vu_viec.da_giai_quyet")
        // Without a complaint before the link, households are no cases.
        #expect(onlyFigure("Huyện đã chi tiền hỗ trợ cho 65 hộ.")?.measureColumn == "")
    }

    @Test("a sentence that sets targets before it counts anything makes its figures with a verb targets")
    func sentencesThatSetTargets() {
        // Report voice: the target word opens the sentence; its ";" clauses stay in the plan.
        let year = figures("Năm 2027, Sở phấn đấu giải quyết 100% đơn thuộc thẩm quyền; tổ chức 9 cuộc thanh tra hành chính; tiếp tục giải quyết 3 vụ việc khiếu nại còn lại.")
        #expect(year.first(raw: "9 cuộc")?.measureColumn == "")
        // Cases named to be resolved are the pending ones, as in a plan section.
        #expect(year.first(raw: "3 vụ việc")?.measureColumn == "vu_viec.dang_giai_quyet")
        let quota = figures("Chỉ tiêu năm 2027: tiếp 600 lượt công dân; thực hiện 14 cuộc thanh tra trách nhiệm.")
        #expect(quota.first(raw: "600 lượt công dân")?.measureColumn == "")
        #expect(quota.first(raw: "14 cuộc")?.measureColumn == "")
        // News voice.
        #expect(onlyFigure("Thời gian tới, Thanh tra huyện Lạc Ninh tổ chức 7 cuộc thanh tra chuyên đề về đất đai.")?.measureColumn == "")
        let both = figures("Năm tới, huyện phấn đấu giải quyết 85 đơn tồn đọng và hoàn thành 11 cuộc thanh tra.")
        #expect(both.first(raw: "11 cuộc")?.measureColumn == "")
        #expect(both.first(raw: "85 đơn")?.measureColumn == "don.dang_giai_quyet")
        // Negatives keep their reading: work done after the target word ("đã"), a running
        // inspection named in a task, a count before the target word.
        let done = figures("Để đạt mục tiêu đề ra, Thanh tra tỉnh đã tiến hành 16 cuộc thanh tra hành chính.")
        #expect(done.first(raw: "16 cuộc")?.measureColumn == "thanh_tra.cuoc")
        let running = figures("Quý IV, Thanh tra tỉnh sẽ hoàn thành kết luận 6 cuộc đang triển khai.")
        #expect(running.first(raw: "6 cuộc")?.measureColumn == "thanh_tra.cuoc")
        let before = figures("Trong năm, huyện tiếp 320 lượt công dân và sẽ tiếp tục đổi mới công tác tiếp dân.")
        #expect(before.first(raw: "320 lượt công dân")?.measureColumn == "tiep_cong_dan.luot")
    }

    @Test("a section titled by an assessment joined to the tasks is a plan; one naming results is not")
    func assessmentJoinedToTasks() {
        let tasks = figures("Tiến hành 8 cuộc thanh tra hành chính theo kế hoạch đã được phê duyệt.", headings: [("VI", "ĐÁNH GIÁ VÀ NHIỆM VỤ NĂM 2027")])
        #expect(tasks.first(raw: "8 cuộc")?.measureColumn == "")
        let quota = figures("Tiếp 450 lượt công dân.", headings: [("V", "CHỈ TIÊU NĂM 2027")])
        #expect(quota.first(raw: "450 lượt công dân")?.measureColumn == "")
        let results = figures("Tiến hành 8 cuộc thanh tra hành chính.", headings: [("VI", "ĐÁNH GIÁ KẾT QUẢ VÀ NHIỆM VỤ NĂM 2027")])
        #expect(results.first(raw: "8 cuộc")?.measureColumn == "thanh_tra.cuoc")
        let assessment = figures("Tiến hành 8 cuộc thanh tra hành chính.", headings: [("VI", "ĐÁNH GIÁ CHUNG")])
        #expect(assessment.first(raw: "8 cuộc")?.measureColumn == "thanh_tra.cuoc")
    }

    @Test("lingering cases are read over their comma-joined descriptors, and the items of a pending whole are pending with it")
    func lingeringAndOverdue() {
        // Report voice: "kéo dài" after a list of descriptors.
        let reviewed = figures("Trong quý, các bộ, ngành đã rà soát 642 vụ việc khiếu nại, tố cáo đông người, phức tạp, kéo dài, trong đó 28 vụ việc thuộc thẩm quyền của bộ, ngành trung ương.")
        #expect(reviewed.first(raw: "642 vụ việc")?.measureColumn == "vu_viec.dang_giai_quyet")
        #expect(reviewed.first(raw: "28 vụ việc")?.measureColumn == "vu_viec.dang_giai_quyet")
        // News voice: a remainder said pending, then its part.
        let remaining = figures("Đến nay, 290 vụ việc còn lại đang được các huyện xử lý, trong đó 17 vụ việc thuộc thẩm quyền của tỉnh.")
        #expect(remaining.first(raw: "17 vụ việc")?.measureColumn == "vu_viec.dang_giai_quyet")
        // Overdue is not handled.
        #expect(onlyFigure("Có 31 đơn quá hạn giải quyết.")?.measureColumn == "don.dang_giai_quyet")
        #expect(onlyFigure("Toàn huyện còn 106 đơn quá hạn chưa giải quyết.")?.measureColumn == "don.dang_giai_quyet")
        // Negatives: a part of a resolved whole keeps the whole's state; a figure after the one
        // that lingers is not its part.
        let resolved = figures("Huyện đã giải quyết 40 vụ việc, trong đó 12 vụ việc thuộc thẩm quyền của UBND huyện.")
        #expect(resolved.first(raw: "12 vụ việc")?.measureColumn != "vu_viec.dang_giai_quyet")
        let apart = figures("Thanh tra tỉnh rà soát 57 vụ việc khiếu nại kéo dài; đã giải quyết xong 20 vụ việc.")
        #expect(apart.first(raw: "57 vụ việc")?.measureColumn == "vu_viec.dang_giai_quyet")
        #expect(apart.first(raw: "20 vụ việc")?.measureColumn == "vu_viec.da_giai_quyet")
    }

    @Test("a comparative with 'cao hơn' or 'thấp hơn' is a change, as 'nhiều hơn' and 'tăng … so với' are")
    func comparativesAreChanges() {
        #expect(onlyFigure("Số đơn tiếp nhận năm 2026 cao hơn 35 đơn so với năm 2025.")?.measureColumn == "")
        let lower = figures("Năm nay Ban nhận 410 đơn, thấp hơn 22 đơn so với năm trước.")
        #expect(lower.first(raw: "410 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(lower.first(raw: "22 đơn")?.measureColumn == "")
        // Negative: "hơn" alone before a count is a bound, the figure keeps its verb.
        #expect(onlyFigure("Huyện tiếp nhận hơn 35 đơn khiếu nại.")?.measureColumn == "don.tiep_nhan")
    }
}
