import DocumentModel
import Testing

@testable import Structure

/// OCR damage the structure stage repairs from numbering and layout.
@Suite struct OCRRepairTests {
    /// An OCR page of body lines (14 pt, first lines indented) in the order given.
    private func ocrPage(_ lines: [(String, indent: Bool)], number: Int = 1) -> Page {
        var page = LayoutPage(number: number, source: .ocr)
        for (text, indent) in lines { page.body(text, indent: indent, full: false) }
        return page.page
    }

    @Test func romanNumeralMissingAStrokeTakesTheNextNumber() {
        let page = ocrPage([
            ("I. KHÁI QUÁT CHUNG", true), ("Huyện có 14 đơn vị hành chính.", true),
            ("II. CÔNG TÁC LÃNH ĐẠO", true), ("Ban hành 05 kế hoạch.", true),
            ("II. KẾT QUẢ THỰC HIỆN", true), ("Các chỉ tiêu đều đạt.", true),
        ])
        let headings = PageFixtures.structure([page]).blocks.filter { $0.kind == .heading }
        #expect(headings.map(\.label) == ["I", "II", "III"])
        #expect(headings.last?.text == "KẾT QUẢ THỰC HIỆN")
    }

    @Test func headingNumberReadAsALetterTakesTheNumberDue() {
        let page = ocrPage([
            ("I. KẾT QUẢ", true), ("1. Công tác tuyên truyền", true), ("Tổ chức 20 buổi.", true),
            ("A. Công tác kiểm tra", true), ("Kiểm tra 05 xã.", true),
        ])
        let headings = PageFixtures.structure([page]).blocks.filter { $0.kind == .heading }
        #expect(headings.map(\.label) == ["I", "1", "2"])
        #expect(headings.last?.text == "Công tác kiểm tra")
    }

    @Test func shortBodyLineAboveTheFootnoteRuleStaysBody() {
        var page = LayoutPage(number: 1, source: .ocr)
        page.body("Tội phạm về kinh tế giảm so với cùng kỳ, xảy ra 01 vụ vào ngày", indent: true)
        page.body("13/01/2023 tại xã Nguyên Phúc2.", full: false, size: 11.5)
        var lines = page.page.lines
        // The rule above the footnotes, read as an empty flat line.
        lines.append(Line(text: " ", box: Box(x: 85, y: 712, width: 113, height: 1.4), fontSize: 1.5))
        lines.append(Line(text: "2Quý I có 1.444 người tham gia bảo hiểm.", box: Box(x: 85, y: 716, width: 300, height: 11.5), fontSize: 10))
        let document = PageFixtures.structure([Page(number: 1, width: 595.3, height: 841.9, source: .ocr, lines: lines)])
        #expect(document.footnotes.map(\.referencedText) == ["Quý I có 1.444 người tham gia bảo hiểm."])
        #expect(document.blocks.map(\.referencedText) == [
            "Tội phạm về kinh tế giảm so với cùng kỳ, xảy ra 01 vụ vào ngày 13/01/2023 tại xã Nguyên Phúc[^2]."
        ])
    }
}

@Suite struct OCRTextFootnoteTests {
    @Test func paragraphOpeningWithAnOCRMarkIsTheNextFootnote() {
        let document = PageFixtures.structureText(
            """
            Ban Thường vụ đã ban hành nhiều văn bản chỉ đạo’ trong nhiệm kỳ.

            ! Nhiệm kỳ 2015-2020: Nghị quyết số 110-NQ/TU.

            1I- KẾT QUẢ THỰC HIỆN
            """)
        #expect(document.footnotes == [Footnote(number: 1, text: "Nhiệm kỳ 2015-2020: Nghị quyết số 110-NQ/TU.", page: 1)])
        #expect(document.blocks.map(\.referencedText) == ["Ban Thường vụ đã ban hành nhiều văn bản chỉ đạo[^1] trong nhiệm kỳ.", "1I- KẾT QUẢ THỰC HIỆN"])
    }
}
