import BaocaoTestSupport
import Foundation
import Testing

/// Text copied off a web page carries marks that show nothing: zero-width spaces around words,
/// a byte order mark inside the text, soft hyphens, joiners. `figures` read "\u{200B}đơn" as an
/// unknown word, so a scraped article's petitions lost their measures, and every output kept
/// the marks in its text. They are gone before anything reads the page.
@Suite struct InvisibleMarksCLITests {
    static let clean = "Huyện Tân Phước đã tiếp nhận 145 đơn khiếu nại, tố cáo; đã giải quyết 120/145 đơn. Ban Tiếp công dân tiếp 312 lượt công dân."
    /// The same words as a scrape leaves them.
    static let scraped = "Huyện Tân Phước đã \u{FEFF}tiếp nhận 145 \u{200B}đơn khiếu nại, tố\u{00AD} cáo; đã giải quyết 120/145 \u{200B}\u{200B}đơn. Ban Tiếp công dân tiếp 312 lượt\u{200D} công dân\u{2060}."

    @Test func figuresOfAScrapedTextAreThoseOfItsCleanText() throws {
        let cleanFile = try Fixtures.temporaryFile("sach.txt", Data((Self.clean + "\n").utf8))
        let scrapedFile = try Fixtures.temporaryFile("cao-tu-web.txt", Data((Self.scraped + "\n").utf8))
        let expected = try BaocaoRunner.run(["figures", cleanFile])
        let got = try BaocaoRunner.run(["figures", scrapedFile])
        #expect(expected.status == 0 && got.status == 0)
        let want = CSVTable(expected.stdout), have = CSVTable(got.stdout)
        #expect(want.column("measure").contains("don.tiep_nhan"))
        #expect(want.column("measure").contains("tiep_cong_dan.luot"))
        for column in ["measure", "type", "value", "denominator", "unit", "sentence"] {
            #expect(have.column(column) == want.column(column), "\(column)")
        }
    }

    @Test func outputsCarryNoInvisibleMark() throws {
        let file = try Fixtures.temporaryFile("cao-tu-web.txt", Data((Self.scraped + "\n").utf8))
        for format in ["txt", "md", "json"] {
            let out = try BaocaoRunner.run(["extract", file, "--format", format])
            #expect(out.status == 0)
            #expect(!out.stdout.unicodeScalars.contains { ["\u{200B}", "\u{FEFF}", "\u{00AD}", "\u{200D}", "\u{2060}"].contains($0) }, "\(format)")
            #expect(out.stdout.contains("tiếp nhận 145 đơn khiếu nại, tố cáo"), "\(format)")
        }
    }
}
