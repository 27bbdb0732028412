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
}
