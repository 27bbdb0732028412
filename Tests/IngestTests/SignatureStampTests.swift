import BaocaoTestSupport
import DocumentModel
import Foundation
import Testing

@testable import Ingest

@Suite struct SignatureStampTests {
    /// Text layers only: these pages hold a line or two, which `auto` would send to OCR.
    private static var textLayer: IngestOptions {
        var options = IngestOptions()
        options.ocr = .never
        return options
    }

    private func firstPage(_ data: Data) throws -> Page {
        let path = try Fixtures.temporaryFile("ky-so.pdf", data)
        let reader = try PDFPageReader(path: path, options: Self.textLayer)
        guard case .ready(let page) = try reader.read(page: 0) else {
            Issue.record("the page went to OCR")
            return Page(number: 1, source: .ocr, lines: [])
        }
        return page
    }

    @Test func theWidgetsStampComesWithItsPage() throws {
        let appearance = """
            BT /F1 8 Tf 1 0 0 1 40 26 Tm (Ky boi: CONG BAO) Tj 1 0 0 1 40 16 Tm (Co quan: VAN PHONG) Tj
            0 -10 Td (Ngay ky: 2026-03-12 14:46:20 +07:00) Tj ET
            """
        let page = try firstPage(
            HandMadeFiles.signedPDF(content: "BT /F1 12 Tf 72 700 Td (Quyet dinh so 12) Tj ET", appearance: appearance))
        #expect(page.signatureStamp == ["Ky boi: CONG BAO", "Co quan: VAN PHONG", "Ngay ky: 2026-03-12 14:46:20 +07:00"])
        // The stamp is not the page's text.
        #expect(page.lines.map(\.text) == ["Quyet dinh so 12"])
    }

    @Test func aPageWithoutASignatureHasNoStamp() throws {
        let path = try Fixtures.temporaryFile("khong-ky.pdf", HandMadeFiles.pdf(mediaBox: "0 0 595 842"))
        guard case .ready(let page) = try PDFPageReader(path: path, options: Self.textLayer).read(page: 0) else {
            Issue.record("the page went to OCR")
            return
        }
        #expect(page.signatureStamp == nil)
    }

    @Test func textSetInWhiteIsNotRead() throws {
        let content = "BT /F1 12 Tf 72 700 Td (PHO THU TUONG) Tj ET BT 1 g /F1 12 Tf 72 680 Td ([daky]) Tj ET "
            + "BT 0 g /F1 12 Tf 72 660 Td (Nguyen Van An) Tj ET"
        let page = try firstPage(HandMadeFiles.signedPDF(content: content, appearance: ""))
        #expect(page.lines.map(\.text) == ["PHO THU TUONG", "Nguyen Van An"])
        #expect(page.signatureStamp == nil)
    }

    /// A signing tool's widget: the appearance draws a form ("/FRM") that draws the text layer
    /// ("/n2") in a two-byte font mapped to Vietnamese through its ToUnicode CMap.
    static let nestedAppearance = HandMadeFiles.file([
        "<< /Type /Catalog >>",
        "<< /Type /Annot /Subtype /Widget /Parent 3 0 R /Rect [0 0 300 40] /AP << /N 4 0 R >> >>",
        "<< /FT /Sig /T (Chu ky) >>",
        "<< /Type /XObject /Subtype /Form /Resources << /XObject << /FRM 5 0 R >> >> /Length 17 >>\nstream\nq /FRM Do Q\n\nendstream",
        "<< /Type /XObject /Subtype /Form /Resources << /XObject << /n2 6 0 R >> >> /Length 10 >>\nstream\n/n2 Do\n\nendstream",
        """
        << /Type /XObject /Subtype /Form /Resources << /Font << /F1 7 0 R >> >> /Length 90 >>
        stream
        BT /F1 8 Tf 1 0 0 1 0 20 Tm <00010002> Tj 1 0 0 1 0 10 Tm [<0003> -400 <0004 0005>] TJ ET
        endstream
        """,
        "<< /Type /Font /Subtype /Type0 /Encoding /Identity-H /ToUnicode 8 0 R >>",
        """
        << /Length 200 >>
        stream
        1 begincodespacerange <0000> <FFFF> endcodespacerange
        2 beginbfchar <0001> <004B> <0002> <00FD> endbfchar
        1 beginbfrange <0003> <0005> [<0043> <01A1> <0020>] endbfrange
        endstream
        """,
    ])

    @Test func aNestedAppearanceIsReadThroughItsFontsMap() {
        let table = PDFObjectTable(bytes: [UInt8](Self.nestedAppearance))
        #expect(SignatureStamp.lines(in: table) == ["Ký", "C ơ"])
    }

    @Test func flateStreamsInflateUpToTheCap() {
        // "BT /F1 8 Tf 1 0 0 1 5 20 Tm (Ky boi: Cong bao) Tj ET", compressed by zlib.
        let compressed: [UInt8] = [
            0x78, 0x9C, 0x73, 0x0A, 0x51, 0xD0, 0x77, 0x33, 0x54, 0xB0, 0x50, 0x08, 0x49, 0x53, 0x30, 0x54, 0x30,
            0x00, 0x42, 0x43, 0x05, 0x53, 0x05, 0x23, 0x03, 0x85, 0x90, 0x5C, 0x05, 0x0D, 0xEF, 0x4A, 0x85, 0xA4,
            0xFC, 0x4C, 0x2B, 0x05, 0xE7, 0xFC, 0xBC, 0x74, 0x85, 0xA4, 0xC4, 0x7C, 0x4D, 0x85, 0x90, 0x2C, 0x05,
            0xD7, 0x10, 0x00, 0x36, 0xC4, 0x0C, 0xE2,
        ]
        let text = FlateDecoder.inflate(compressed[...]).map { String(decoding: $0, as: UTF8.self) }
        #expect(text == "BT /F1 8 Tf 1 0 0 1 5 20 Tm (Ky boi: Cong bao) Tj ET")
        #expect(FlateDecoder.inflate(compressed[...], limit: 16) == nil)
        #expect(FlateDecoder.inflate([0x01, 0x02, 0x03][...]) == nil)
    }

    @Test(arguments: [
        // An appearance that draws itself, without end.
        "1 0 obj << /Subtype /Widget /FT /Sig /AP << /N 2 0 R >> >> endobj 2 0 obj << /Subtype /Form /Resources << /XObject << /X 2 0 R >> >> >> stream\nBT (a) Tj ET /X Do\nendstream endobj",
        // Nesting deeper than anything a file needs.
        "1 0 obj << /Subtype /Widget /FT /Sig /AP " + String(repeating: "[", count: 50_000) + " endobj",
        // Strings and dictionaries that never close, a map range of billions.
        "1 0 obj << /Subtype /Widget /FT /Sig /AP << /N 2 0 R >> >> endobj 2 0 obj << /Subtype /Form /Resources << /Font << /F 3 0 R >> >> >> stream\nBT /F 9 Tf ((((( Tj\nendstream endobj 3 0 obj << /Subtype /Type0 /ToUnicode 4 0 R >> endobj 4 0 obj << >> stream\nbeginbfrange <0000> <FFFFFFFF> <0041> endbfrange\nendstream endobj",
        "99999999999999999999 0 obj << /Subtype /Widget /FT /Sig /AP << /N 99999999999999999999 0 R >>",
        ") ] >> << obj endobj stream endstream 0 obj",
    ])
    func brokenFilesEndWithoutHarm(_ text: String) {
        let lines = SignatureStamp.lines(in: PDFObjectTable(bytes: [UInt8](text.utf8)))
        #expect(lines.count <= AppearanceText.maxDepth)
    }
}

@Suite struct LookalikeLetterTests {
    @Test func cyrillicLettersInsideLatinWordsBecomeLatin() {
        // "BТС" with a Cyrillic Т and С, as a typist left it in a document code.
        #expect(LookalikeLetters.folded("06/2022/TT-B\u{0422}\u{0421} ngày") == "06/2022/TT-BTC ngày")
        #expect(LookalikeLetters.folded("Thông t\u{0443}") == "Thông ty")
    }

    @Test func wordsAllInCyrillicStayCyrillic() {
        #expect(LookalikeLetters.folded("Москва, СССР") == "Москва, СССР")
        #expect(!LookalikeLetters.mayApply(to: "Bộ Tài chính"))
    }
}
