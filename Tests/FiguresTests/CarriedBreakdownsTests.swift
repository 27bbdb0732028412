import DocumentModel
import Figures
import Testing

/// Breakdowns that stand apart from the figure they break down (issue #14, item 3): a sentence
/// that is only a breakdown, a sentence a breakdown label opens, names with their counts in
/// parentheses. Every sentence was written for these tests; each positive has negatives that
/// keep the items unmeasured.
@Suite("Clause grammar, breakdowns carried from the sentence before")
struct CarriedBreakdownsTests {
    @Test("a sentence that is only a breakdown takes the measure, status and type of the head before it")
    func breakdownSentence() {
        let levels = figures("Năm 2026, Thanh tra huyện Lạc Sơn đã giải quyết 305 đơn khiếu nại. Cấp tỉnh 41; cấp huyện 198; cấp xã 66.")
        for raw in ["41", "198", "66"] {
            #expect(levels.first(raw: raw)?.measureColumn == "don.da_giai_quyet")
            #expect(levels.first(raw: raw)?.typeColumn == "khieu_nai")
        }
        // Items with the head's unit take its type too, not only its status.
        let units = figures("Ban Tiếp công dân tỉnh nhận 412 đơn tố cáo. Cấp tỉnh 58 đơn; cấp huyện 247 đơn; cấp xã 107 đơn.")
        #expect(units.first(raw: "58 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(units.first(raw: "107 đơn")?.typeColumn == "to_cao")
    }

    @Test("a sentence opened by 'Phân loại …:', 'Cụ thể:', 'Tiêu biểu:' breaks the head before it down")
    func openedBreakdown() {
        let fields = figures("Tổng đài của thành phố đã tiếp nhận 2.140 phản ánh, kiến nghị của người dân. Phân loại theo lĩnh vực: đất đai 930; môi trường 611; giao thông 599.")
        #expect(fields.first(raw: "930")?.measureColumn == "don.tiep_nhan")
        #expect(fields.first(raw: "599")?.typeColumn == "kien_nghi_phan_anh")
        let sessions = figures("Đoàn thanh tra đã kết luận 14 cuộc thanh tra. Cụ thể: huyện Đông Sơn 6, huyện Nam Lâm 5, huyện Bắc Hà 3.")
        #expect(sessions.first(raw: "6")?.measureColumn == "thanh_tra.cuoc")
        #expect(sessions.first(raw: "3")?.measureColumn == "thanh_tra.cuoc")
        let typical = figures("Thanh tra huyện đã giải quyết 52 vụ việc tố cáo. Tiêu biểu: xã Phú An 11, xã Đồng Lư 9.")
        #expect(typical.first(raw: "11")?.measureColumn == "vu_viec.da_giai_quyet")
        #expect(typical.first(raw: "9")?.typeColumn == "to_cao")
    }

    @Test("across a paragraph only an opened breakdown inherits, and only from a head it adds up to exactly")
    func acrossParagraph() {
        let head = "Trong quý III, Thanh tra tỉnh Hòa Vân đã tiếp nhận 760 đơn. Đã xử lý 700 đơn, còn 60 đơn đang xử lý."
        let exact = figures(head, "Phân loại theo nội dung: đất đai 420; chính sách 210; khác 130.")
        #expect(exact.first(raw: "420")?.measureColumn == "don.tiep_nhan")
        #expect(exact.first(raw: "130")?.measureColumn == "don.tiep_nhan")
        let other = figures(head, "Phân loại theo nội dung: đất đai 400; chính sách 210; khác 130.")
        #expect(other.first(raw: "400")?.measureColumn == "")
        let bare = figures(head, "Đất đai 420; chính sách 210; khác 130.")
        #expect(bare.first(raw: "420")?.measureColumn == "")
    }

    @Test("a heading between head and breakdown starts afresh")
    func acrossHeading() {
        let blocks = [
            Block(kind: .paragraph, text: "Thanh tra tỉnh Hòa Vân đã tiếp nhận 760 đơn.", pages: PageRange(1)),
            Block(kind: .heading, text: "Kết quả phân loại", level: HeadingLevel(rawValue: 2), label: "2"),
            Block(kind: .paragraph, text: "Phân loại theo nội dung: đất đai 420; chính sách 210; khác 130.", pages: PageRange(1)),
        ]
        let document = Document(source: SourceInfo(path: "test.txt", sha256: "", pages: 1), blocks: blocks, footnotes: [])
        let found = FigureExtractor().figures(in: document, doc: "test")
        #expect(found.first(raw: "760 đơn")?.measureColumn == "don.tiep_nhan")
        #expect(found.first(raw: "420")?.measureColumn == "")
    }

    @Test("no inheritance after a sentence that counts no petitions, for money or households, or items adding up to more than the head")
    func negatives() {
        let money = figures("Thanh tra huyện Lạc Sơn đã giải quyết 305 đơn khiếu nại. Cấp tỉnh 41 tỷ đồng; cấp huyện 198 tỷ đồng.")
        #expect(money.first(raw: "41 tỷ đồng")?.measureColumn == "")
        let households = figures("Thanh tra huyện Lạc Sơn đã giải quyết 305 đơn khiếu nại. Cấp tỉnh 41 hộ; cấp huyện 198 hộ.")
        #expect(households.first(raw: "41 hộ")?.measureColumn == "")
        let houses = figures("Năm 2026, huyện đã xây dựng 305 căn nhà tình nghĩa. Cấp tỉnh 41; cấp huyện 198; cấp xã 66.")
        #expect(houses.first(raw: "41")?.measureColumn == "")
        let larger = figures("Thanh tra huyện Lạc Sơn đã giải quyết 120 đơn khiếu nại. Cấp tỉnh 41; cấp huyện 198; cấp xã 66.")
        #expect(larger.first(raw: "198")?.measureColumn == "")
        // Earlier years compared are no breakdown; a sentence without figures between breaks the link.
        let years = figures("Thanh tra huyện đã tiếp nhận 305 đơn. Năm 2025: 280; năm 2024: 250.")
        #expect(years.first(raw: "280")?.measureColumn == "")
        let apart = figures("Thanh tra huyện đã giải quyết 305 đơn khiếu nại. Huyện có nhiều dự án lớn. Cấp tỉnh 41; cấp huyện 198; cấp xã 66.")
        #expect(apart.first(raw: "41")?.measureColumn == "")
    }

    @Test("names with their counts in parentheses after a head break it down by place")
    func placesInParentheses() {
        let places = figures("Trong quý, Ban tiếp nhận 96 đơn kiến nghị, nhiều nhất là xã Tân Phú (41), xã Hòa Lạc (23).")
        #expect(places.first(raw: "41")?.measureColumn == "don.tiep_nhan")
        #expect(places.first(raw: "23")?.typeColumn == "kien_nghi_phan_anh")
        let late = figures("Các cơ quan đã xử lý xong 1.210 phản ánh, kiến nghị; 64 phản ánh đang xử lý, tập trung ở UBND phường Tân Phú (30), UBND phường Bình Lư (21) và Sở Giao thông (13).")
        #expect(late.first(raw: "30")?.measureColumn == "don.dang_giai_quyet")
        #expect(late.first(raw: "13")?.measureColumn == "don.dang_giai_quyet")
        // Another month's count in parentheses counts what the head counts; after a head that is
        // no petition figure it stays unmeasured.
        let month = figures("Trong tháng 11, Tổng đài đã tiếp nhận 2.210 phản ánh, kiến nghị của người dân (tháng 10: 1.985), cùng 640 câu hỏi.")
        #expect(month.first(raw: "1.985")?.measureColumn == "don.tiep_nhan")
        #expect(month.first(raw: "640 câu hỏi")?.measureColumn == "")
        let trees = figures("Trong tháng 11, huyện đã trồng 2.210 cây xanh (tháng 10: 1.985).")
        #expect(trees.first(raw: "1.985")?.measureColumn == "")
        // More than the head: the counts in parentheses are something else.
        let more = figures("Trong quý, Ban tiếp nhận 30 đơn kiến nghị, nhiều nhất là xã Tân Phú (41), xã Hòa Lạc (23).")
        #expect(more.first(raw: "41")?.measureColumn == "")
    }
}
