import DocumentModel
import Figures
import Testing

/// The classes the fourth held-out voices showed once they became a tuning set (issue #14, round
/// twenty-one). Every sentence was written for these tests; each rule has a negative that keeps
/// its old reading.
@Suite("Clause grammar, the fourth held-out voices")
struct FourthVoicesGrammarTests {
    @Test("a level a count fell to, and the count of the period it is compared with, are no pending petitions")
    func levelReachedAndComparedCount() {
        // "giảm còn": the level reached, whatever counts it; "(cùng kỳ N)": the count compared with.
        let fell = figures("Tại xã Phú Lãm, số đơn giảm còn 412 đơn (cùng kỳ 530 đơn).")
        #expect(fell.first(raw: "412 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(fell.first(raw: "530 đơn")?.measureColumn == "don.tiep_nhan")
        let lower = figures("Năm nay, đơn thư gửi đến Thanh tra huyện Mỹ Tú giảm xuống còn 207 đơn, cùng kỳ năm trước 268 đơn.")
        #expect(lower.first(raw: "207 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(lower.first(raw: "268 đơn")?.measureColumn == "don.tiep_nhan")
        // "chỉ còn N …, so với M": compared right after, so a level, not what is still open; it
        // takes the verb of the head before it.
        let compared = figures("Huyện đã tiếp nhận 380 đơn; riêng đơn về dự án đường ven sông Cà Lồ chỉ còn 14 đơn, so với 63 đơn cùng kỳ năm 2025.")
        #expect(compared.first(raw: "14 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(compared.first(raw: "63 đơn")?.measureColumn == "don.tiep_nhan")
        // "còn" with a state of its own, or with no comparison after it, stays pending.
        let open = figures("Đến ngày 30/11, còn 12 đơn đang giải quyết, so với 20 đơn cùng kỳ.")
        #expect(open.first(raw: "12 đơn")?.measureColumn == "don.dang_giai_quyet")
        #expect(onlyFigure("Hiện chỉ còn 7 đơn chưa được giải quyết.")?.measureColumn == "don.dang_giai_quyet")
        #expect(onlyFigure("Sau đối thoại, huyện còn 9 vụ việc khiếu nại.")?.measureColumn == "vu_viec.dang_giai_quyet")
    }

    @Test("the earlier end of a change written without its unit counts in the later end's unit")
    func changeEndsShareTheUnit() {
        let rose = figures("Đơn tố cáo cán bộ địa chính tăng mạnh, từ 38 lên 95 đơn.")
        #expect(rose.first(raw: "38")?.measureColumn == "don.tiep_nhan")
        #expect(rose.first(raw: "95 đơn")?.measureColumn == "don.tiep_nhan")
        let fell = figures("Số vụ việc khiếu nại về bồi thường giảm, từ 27 xuống còn 19 vụ việc.")
        #expect(fell.first(raw: "27")?.measureColumn == "vu_viec")
        #expect(fell.first(raw: "19 vụ việc")?.measureColumn == "vu_viec")
        // "lên" and "xuống" name no unit: "38 lên" is no count of anything.
        #expect(!rose.contains { $0.unit == "lên" })
        // A number after "từ" that the link does not join to a count keeps no unit of it.
        let years = figures("Từ 2024 lên đến nay, huyện tiếp nhận 95 đơn.")
        #expect(years.first(raw: "95 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(!years.contains { $0.value == 2024 && $0.measureColumn != "" })
    }
}
