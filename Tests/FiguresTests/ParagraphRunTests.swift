import DocumentModel
import Testing

@testable import Figures

/// A page that puts every sentence in a paragraph of its own (`ParagraphRun`): what the first
/// sentence of a paragraph gave its later ones must still reach them when the later ones open
/// as its rest, and must not reach a paragraph that speaks anew. Every sentence was written
/// for these tests; each positive is read the same as the two sentences in one paragraph.
@Suite("Paragraphs split at every sentence")
struct ParagraphRunTests {
    /// The measure and type columns of every petition figure.
    static func meanings(_ found: [Figure]) -> [String] {
        found.filter { $0.measure != .unspecified }.map { "\($0.raw) \($0.measureColumn) \($0.typeColumn)" }
    }

    /// The paragraphs split at every sentence read as the one paragraph they were.
    static func readsAsOneParagraph(_ first: String, _ second: String) -> Bool {
        meanings(figures(first, second)) == meanings(figures(first + " " + second))
    }

    @Test("a count opened by 'Có' after a reception sentence counts cases received (report voice)")
    func receptionGoesOn() {
        let split = figures(
            "Trong tháng 3, Ban tiếp công dân huyện Lam Sơn tiếp 57 lượt công dân với 21 vụ việc.",
            "Có 14 vụ việc khiếu nại, 7 vụ việc kiến nghị, phản ánh.")
        #expect(split.first(raw: "14 vụ việc")?.measureColumn == "vu_viec.tiep_nhan")
        #expect(split.first(raw: "14 vụ việc")?.typeColumn == "khieu_nai")
        #expect(split.first(raw: "7 vụ việc")?.measureColumn == "vu_viec.tiep_nhan")
        #expect(
            ParagraphRunTests.readsAsOneParagraph(
                "Trong tháng 3, Ban tiếp công dân huyện Lam Sơn tiếp 57 lượt công dân với 21 vụ việc.",
                "Có 14 vụ việc khiếu nại, 7 vụ việc kiến nghị, phản ánh."))
    }

    @Test("a news item's 'Có …' sentence after the reception it reports")
    func newsReceptionGoesOn() {
        let split = figures(
            "Tại buổi tiếp công dân định kỳ tháng 4, Bí thư Huyện ủy Nam Khê đã tiếp 18 lượt công dân với 7 vụ việc.",
            "Có 5 vụ việc khiếu nại về đất đai, 2 vụ việc kiến nghị về chính sách.")
        #expect(split.first(raw: "5 vụ việc")?.measureColumn == "vu_viec.tiep_nhan")
        #expect(split.first(raw: "2 vụ việc")?.typeColumn == "kien_nghi_phan_anh")
    }

    @Test("'Trong đó' opens the rest of the sentence before: its type reaches the cases")
    func typeGoesOn() {
        let split = figures(
            "Tổng số đơn tố cáo thuộc thẩm quyền của UBND huyện Mỹ Lâm là 12 đơn với 8 vụ việc.",
            "Trong đó, đã giải quyết 6 vụ việc, còn 2 vụ việc đang xác minh.")
        #expect(split.first(raw: "6 vụ việc")?.measureColumn == "vu_viec.da_giai_quyet")
        #expect(split.first(raw: "6 vụ việc")?.typeColumn == "to_cao")
        #expect(split.first(raw: "2 vụ việc")?.typeColumn == "to_cao")
    }

    @Test("a breakdown label adds up to a head two one-sentence paragraphs back")
    func breakdownReachesTheRun() {
        let split = figures(
            "Năm 2027, đường dây nóng của thành phố Vân Khê tiếp nhận 1.500 phản ánh, kiến nghị của người dân.",
            "Các phòng, ban đã xử lý xong 1.320 phản ánh, kiến nghị.",
            "Phân loại theo lĩnh vực: môi trường 700; giao thông 500; lĩnh vực khác 300.")
        for raw in ["700", "500", "300"] {
            #expect(split.first(raw: raw)?.measureColumn == "don.tiep_nhan")
            #expect(split.first(raw: raw)?.typeColumn == "kien_nghi_phan_anh")
        }
    }

    @Test("a paragraph with a subject of its own does not inherit reception or type")
    func newSubjectStartsAnew() {
        let topic = figures(
            "Ban tiếp công dân tỉnh Hà Vân đã tiếp 120 lượt công dân trong quý.",
            "Ở dự án khu đô thị Bắc Hà, có 35 trường hợp người dân làm đơn khiếu nại về giá bồi thường.")
        #expect(topic.first(raw: "35 trường hợp")?.measureColumn != "vu_viec.tiep_nhan")
        let type = figures(
            "Tổng số đơn tố cáo thuộc thẩm quyền của UBND huyện Mỹ Lâm là 12 đơn với 8 vụ việc.",
            "Thanh tra huyện đã giải quyết 6 vụ việc, còn 2 vụ việc đang xác minh.")
        #expect(type.first(raw: "6 vụ việc")?.measureColumn == "vu_viec.da_giai_quyet")
        #expect(type.first(raw: "6 vụ việc")?.typeColumn == "")
    }

    @Test("a break after a paragraph of several sentences stays a break")
    func severalSentencesKeepTheirBreak() {
        let found = figures(
            "Huyện Cẩm Lộ đã tiếp 80 lượt công dân tại Ban tiếp công dân. Lãnh đạo huyện tiếp định kỳ 6 buổi.",
            "Có 9 vụ việc khiếu nại.")
        #expect(found.first(raw: "9 vụ việc")?.measureColumn == "vu_viec")
    }

    @Test("a point's label scopes the one-sentence paragraphs after it, up to the next label")
    func pointLabelScopesTheRun() {
        let split = figures(
            "b) Tố cáo: Trong năm, Công an huyện Tràng Sơn nhận 18 đơn tố cáo.",
            "Công an huyện đã thụ lý 11 vụ việc, giải quyết xong 9 vụ việc.",
            "c) Kiến nghị, phản ánh: Công an huyện nhận 40 đơn.",
            "Đã trả lời 35 đơn.")
        #expect(split.first(raw: "9 vụ việc")?.measureColumn == "vu_viec.da_giai_quyet")
        #expect(split.first(raw: "9 vụ việc")?.typeColumn == "to_cao")
        #expect(split.first(raw: "35 đơn")?.typeColumn == "kien_nghi_phan_anh")
        // A label inside a list of types, not after a point's marker, scopes nothing after it.
        let inline = figures(
            "Số lượt công dân được tiếp là 70 (KN: 20 lượt;", "TC: 50 lượt).", "Các cơ quan đã giải quyết 11 vụ việc.")
        #expect(inline.first(raw: "11 vụ việc")?.measureColumn == "vu_viec.da_giai_quyet")
        #expect(inline.first(raw: "11 vụ việc")?.typeColumn == "")
        // Nor does a point's label reach a paragraph after one of several sentences.
        let broken = figures(
            "b) Tố cáo: Trong năm, Công an huyện Tràng Sơn nhận 18 đơn tố cáo. Đã giải quyết 12 đơn.",
            "Các cơ quan đã giải quyết 11 vụ việc.")
        #expect(broken.first(raw: "11 vụ việc")?.typeColumn == "")
    }

    @Test("what opens as the rest of a sentence", arguments: [
        ("Trong đó, 41 đơn thuộc thẩm quyền.", true), ("Cụ thể: cấp huyện 12 vụ.", true), ("Còn lại 4 vụ việc đang xác minh.", true),
        ("Số này gồm 40 đơn về đất đai.", true), ("312 phản ánh đang xử lý trong hạn.", true), ("Có 6 vụ việc khiếu nại.", true),
        ("Có nhiều vụ việc phức tạp.", false), ("Thanh tra tỉnh đã giải quyết 11 vụ việc.", false),
        ("Ở dự án cảng cá, có 58 trường hợp khiếu nại.", false), ("Đã có 34 hộ dân có đơn.", false),
    ])
    func openers(paragraph: String, continues: Bool) {
        #expect(ParagraphRun.opensAsContinuation(paragraph) == continues)
    }
}
