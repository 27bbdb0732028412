import DocumentModel
import Figures
import Testing

/// Classes found on the round-seven texts (a Party inspection commission's half-year note, a
/// provincial court's report): the type of a figure from its section's title, its own words and
/// its list label, and complaints against party sanctions counted by members and bodies.
@Suite("Clause grammar, party discipline and typed sections")
struct PartyDisciplineGrammarTests {
    @Test("a section titled by a type gives it to the cases and petitions under it that name none")
    func sectionTitleTypes() {
        let cases = figures(
            "Ủy ban Kiểm tra huyện đã giải quyết xong 3 tổ chức đảng và 11 đảng viên.", headings: [("2", "Về giải quyết tố cáo")])
        #expect(cases.first(raw: "3 tổ chức")?.measureColumn == "vu_viec.da_giai_quyet")
        #expect(cases.first(raw: "3 tổ chức")?.typeColumn == "to_cao")
        #expect(cases.first(raw: "11 đảng viên")?.measureColumn == "vu_viec.da_giai_quyet")
        #expect(cases.first(raw: "11 đảng viên")?.typeColumn == "to_cao")
        let petitions = figures("Sau phân loại, 40 đơn thuộc thẩm quyền đã được thụ lý.", headings: [("1", "Khiếu nại")])
        #expect(petitions.first(raw: "40 đơn")?.typeColumn == "khieu_nai")
        // A title that names two types, or other words, types nothing; members counted under it are no cases.
        let both = figures("Sau phân loại, 40 đơn thuộc thẩm quyền đã được thụ lý.", headings: [("1", "Khiếu nại, tố cáo")])
        #expect(both.first(raw: "40 đơn")?.typeColumn == "")
        let other = figures(
            "Ủy ban Kiểm tra huyện đã giải quyết xong 3 tổ chức đảng và 11 đảng viên.", headings: [("2", "Công tác kiểm tra")])
        #expect(other.first(raw: "11 đảng viên")?.measureColumn == "")
    }

    @Test("rulings on a complaint against a party sanction count complaint cases; a sanction given counts none")
    func disciplineOutcomes() {
        let found = figures(
            "Ủy ban Kiểm tra Thành ủy giải quyết khiếu nại kỷ luật của 7 đảng viên, giữ nguyên hình thức kỷ luật 5 trường hợp, giảm hình thức kỷ luật 2 trường hợp."
        )
        #expect(found.first(raw: "5 trường hợp")?.measureColumn.hasPrefix("vu_viec") == true)
        #expect(found.first(raw: "5 trường hợp")?.typeColumn == "khieu_nai")
        // "giảm" rules on the complaint here; it is no change between periods.
        #expect(found.first(raw: "2 trường hợp")?.measureColumn.hasPrefix("vu_viec") == true)
        #expect(found.first(raw: "2 trường hợp")?.typeColumn == "khieu_nai")
        let given = figures("Cấp ủy thi hành kỷ luật 9 đảng viên, giảm 3 trường hợp so với cùng kỳ.")
        #expect(given.first(raw: "9 đảng viên")?.measureColumn == "")
        #expect(given.first(raw: "3 trường hợp")?.measureColumn == "")
        // Under a section on such complaints the sentence need not name them.
        let titled = figures("Kết quả: xóa hình thức kỷ luật 4 trường hợp.", headings: [("3", "Về giải quyết khiếu nại kỷ luật đảng")])
        #expect(titled.first(raw: "4 trường hợp")?.typeColumn == "khieu_nai")
    }

    @Test("members counted by the outcome of their case are cases of the type named or titled")
    func outcomesCountMembers() {
        let found = figures(
            "Kết luận tố cáo đúng 4 đảng viên, đúng một phần 3 đảng viên, tố cáo sai 6 đảng viên.",
            headings: [("2", "Về giải quyết tố cáo")])
        for raw in ["4 đảng viên", "3 đảng viên", "6 đảng viên"] {
            #expect(found.first(raw: raw)?.measureColumn.hasPrefix("vu_viec") == true)
            #expect(found.first(raw: raw)?.typeColumn == "to_cao")
        }
    }

    @Test("a list label naming the sanction a complaint is against still types the item")
    func sanctionInLabel() {
        let found = figures("Ủy ban tiếp nhận 90 đơn, trong đó tố cáo 70 đơn, khiếu nại kỷ luật đảng 20 đơn.")
        #expect(found.first(raw: "70 đơn")?.typeColumn == "to_cao")
        #expect(found.first(raw: "20 đơn")?.typeColumn == "khieu_nai")
    }

    @Test("a type phrase cut by the phrase's word limit is read whole")
    func typePhraseReadWhole() {
        let found = onlyFigure("Ban đã tiếp 30 lượt cán bộ và công dân đến phản ánh, tố cáo.")
        #expect(found?.measureColumn == "tiep_cong_dan.luot")
        #expect(found?.typeColumn == "")
    }

    @Test("party members and bodies with their complaint, or denounced, right after them are cases of it")
    func partyComplainants() {
        let found = figures("Hiện có 2 đảng viên khiếu nại quyết định cách chức và 5 đảng viên bị tố cáo chưa được xem xét.")
        #expect(found.first(raw: "2 đảng viên")?.measureColumn.hasPrefix("vu_viec") == true)
        #expect(found.first(raw: "2 đảng viên")?.typeColumn == "khieu_nai")
        #expect(found.first(raw: "5 đảng viên")?.measureColumn.hasPrefix("vu_viec") == true)
        #expect(found.first(raw: "5 đảng viên")?.typeColumn == "to_cao")
        // "đồng chí" counts members too.
        let comrades = figures("Trong quý có 4 đồng chí bị tố cáo đúng.")
        #expect(comrades.first(raw: "4 đồng chí")?.typeColumn == "to_cao")
        // Members counted for something else are none.
        #expect(onlyFigure("Chi bộ đã kết nạp 5 đảng viên mới trong quý.")?.measureColumn == "")
    }

    @Test("level items after 'gồm' and outcome items after an outcome count what their head counts")
    func itemsAfterGomAndOutcomes() {
        let levels = figures("Ủy ban Kiểm tra đã giải quyết khiếu nại của 8 trường hợp, gồm cấp tỉnh 2, cấp huyện 6.")
        #expect(levels.first(raw: "2")?.measureColumn == "vu_viec.da_giai_quyet")
        #expect(levels.first(raw: "6")?.measureColumn == "vu_viec.da_giai_quyet")
        #expect(levels.first(raw: "6")?.typeColumn == "khieu_nai")
        let outcomes = figures("Thanh tra tỉnh đã giải quyết 12 vụ việc tố cáo, xác định tố cáo đúng 3 vụ việc, đúng một phần 4.")
        #expect(outcomes.first(raw: "4")?.measureColumn.hasPrefix("vu_viec") == true)
        #expect(outcomes.first(raw: "4")?.typeColumn == "to_cao")
        // A bare number after an outcome that is no outcome label stays unmeasured.
        #expect(figures("Thanh tra tỉnh xác định tố cáo đúng 3 vụ việc, tháng 4.").first(raw: "4")?.measureColumn ?? "" == "")
    }
}
