import DocumentModel
import Testing

@testable import Structure

/// A page or converter that breaks at every full stop puts a heading's numbering on a line of
/// its own ("II." then "CÔNG TÁC TIẾP CÔNG DÂN"). The two lines are one heading; every text
/// here was written for these tests.
@Suite struct BareNumberingTests {
    static let report = """
        UBND XÃ HÒA LẠC

        BÁO CÁO
        Kết quả tiếp công dân quý I năm 2027

        I.
        TIẾP CÔNG DÂN
        Trong quý, xã đã tiếp 41 lượt công dân.
        Lãnh đạo xã tiếp định kỳ 3 buổi.

        II.
        GIẢI QUYẾT ĐƠN
        1.
        Về khiếu nại
        Xã nhận 9 đơn khiếu nại.
        2.
        Về tố cáo
        Xã nhận 2 đơn tố cáo.
        """

    @Test func aNumberingOnItsOwnLineAndTheLineAfterAreOneHeading() {
        let document = PageFixtures.structureText(BareNumberingTests.report)
        let headings = document.blocks.filter { $0.kind == .heading }
        #expect(headings.map(\.label) == ["I", "II", "1", "2"])
        #expect(headings.map(\.text) == ["TIẾP CÔNG DÂN", "GIẢI QUYẾT ĐƠN", "Về khiếu nại", "Về tố cáo"])
        // The paragraphs after a heading stay paragraphs of its section.
        let received = document.blocks.first { $0.text.contains("41 lượt") }
        #expect(received?.kind == .paragraph)
        #expect(received?.section == "I")
    }

    @Test(arguments: [("II.", true), ("2.1.", true), ("1.", true), ("b)", true), ("2026.", false), ("II. TIẾP", false), ("Ông", false), ("", false)])
    func bareNumbering(line: String, bare: Bool) {
        #expect(HeadingPattern.isBareNumbering(line) == bare)
    }

    @Test func aYearOrCountOnItsOwnLineIsNoHeading() {
        let document = PageFixtures.structureText("Số đơn tiếp nhận trong năm\n2026.\nXã đã giải quyết 12 đơn.")
        #expect(document.blocks.allSatisfy { $0.kind != .heading })
    }
}
