import DocumentModel
@testable import Figures
import Testing

/// What a web page leaves in the text of an article pulled off it: links to other articles,
/// counters, captions. Their numbers keep their rows and take no measure.
@Suite("A scraped page's leftovers")
struct ScrapedPageTests {
    @Test("a related article's title counts the other article's petitions", arguments: [
        "Huyện đã tiếp nhận 145 đơn khiếu nại. Xem thêm: Tỉnh Bình Sơn tiếp nhận hơn 2.000 đơn thư trong năm 2025",
        "Huyện đã tiếp nhận 145 đơn khiếu nại. Tin liên quan: Giải quyết dứt điểm 2.000 vụ việc tồn đọng ở Long Hòa",
        "Huyện đã tiếp nhận 145 đơn khiếu nại. Đọc thêm >> Thành phố tiếp 2.000 lượt công dân dịp cuối năm",
        "Huyện đã tiếp nhận 145 đơn khiếu nại. Có thể bạn quan tâm: Quận 5 còn 2.000 đơn chưa giải quyết",
    ])
    func relatedArticleTitle(text: String) {
        let found = figures(text)
        #expect(found.first { $0.value == 145 }?.measureColumn == "don.tiep_nhan")
        let title = found.first { $0.value == 2000 }
        #expect(title != nil)
        #expect(title?.measureColumn == "")
    }

    @Test("a link run into the body, on one line as a scrape leaves it: what stands before it is the article's")
    func linkRunIntoTheBody() {
        let found = figures(
            "Đến nay đã giải quyết 120/145 đơn Xem thêm: Tỉnh Bình Sơn tiếp nhận hơn 2.000 đơn thư trong năm 2025 Xem thêm: Giải quyết dứt điểm 35 vụ khiếu nại kéo dài")
        #expect(found.first { $0.value == 120 }?.measureColumn == "don.da_giai_quyet")
        #expect(found.filter { [2000, 35].contains($0.value) }.map(\.measureColumn) == ["", ""])
    }

    @Test("a page's counters count readers, not citizens", arguments: [
        "Thứ Ba, 14/04/2026 09:12 (GMT+7) 2.431 lượt xem",
        "Bài viết có 17 bình luận và 12 lượt chia sẻ",
        "356 người thích bài viết này",
    ])
    func counters(text: String) {
        #expect(onlyFiguresWithoutMeasure(text))
    }

    @Test("'xem' and 'thêm' apart are no link: the figure keeps its meaning")
    func wordsApart() {
        #expect(onlyFigure("Cán bộ đã xem hồ sơ và tiếp nhận thêm 12 đơn khiếu nại.")?.measureColumn == "don.tiep_nhan")
    }
}

/// A sentence written in capitals — a headline, a telegram, a heading that counts — says nothing
/// of names by its capitals: its units and verbs read as in small letters.
@Suite("A sentence in capitals")
struct CapitalsSentenceTests {
    @Test("the figures of a sentence in capitals mean what they mean in small letters", arguments: [
        "TRONG NĂM, HUYỆN ĐÃ TIẾP NHẬN 145 ĐƠN KHIẾU NẠI, ĐÃ GIẢI QUYẾT 120 ĐƠN; TIẾP 312 LƯỢT CÔNG DÂN.",
        "THÀNH PHỐ TIẾP NHẬN 145 ĐƠN KHIẾU NẠI, GIẢI QUYẾT XONG 120 ĐƠN, TIẾP 312 LƯỢT CÔNG DÂN",
    ])
    func capitals(text: String) {
        let small = figures(text.lowercased()).map { [$0.measureColumn, $0.typeColumn, $0.unit] }
        let found = figures(text)
        #expect(found.map { [$0.measureColumn, $0.typeColumn, $0.unit] } == small)
        #expect(found.first { $0.value == 145 }?.measureColumn == "don.tiep_nhan")
        #expect(found.first { $0.value == 312 }?.measureColumn == "tiep_cong_dan.luot")
    }

    @Test("abbreviations in a sentence of small letters keep their capitals")
    func abbreviations() {
        let tokens = Tokenizer.tokens(of: "UBND huyện đã tiếp nhận 12 đơn KN, 3 đơn TC.")
        #expect(!Tokenizer.isWrittenInCapitals(tokens))
        #expect(tokens.first?.isCapitalized == true)
        #expect(Tokenizer.isWrittenInCapitals(Tokenizer.tokens(of: "HUYỆN ĐÃ TIẾP NHẬN 12 ĐƠN KHIẾU NẠI")))
    }
}
