import DocumentModel
import Testing

@testable import Structure

/// Each way a footnote call reaches the structurer becomes `[^N]`.
@Suite struct FootnoteMarkerTests {
    @Test func supTagsBecomeReferences() {
        let document = PageFixtures.structureText(
            """
            Huyện đã tổ chức tập huấn cho cán bộ cơ sở<sup>1</sup>.

            <sup>1</sup> Gồm 12 lớp tại các xã vùng cao.
            """)
        #expect(document.blocks.map(\.referencedText) == ["Huyện đã tổ chức tập huấn cho cán bộ cơ sở[^1]."])
        #expect(document.footnotes == [Footnote(number: 1, text: "Gồm 12 lớp tại các xã vùng cao.", page: 1)])
    }

    @Test func parenthesisedSuperscriptsBecomeReferences() {
        let document = PageFixtures.structureText(
            """
            Công tác phòng, chống dịch được duy trì ⁽²⁾ trên toàn huyện.

            ⁽²⁾ Tiêm chủng đạt 98% dân số.
            """)
        #expect(document.blocks.first?.referencedText == "Công tác phòng, chống dịch được duy trì[^2] trên toàn huyện.")
        #expect(document.footnotes.map(\.number) == [2])
    }

    @Test func superscriptDigitsBecomeReferences() {
        let document = PageFixtures.structureText(
            """
            Ban đã ban hành Kế hoạch¹ và Quyết định¹² trong năm.

            ¹ Kế hoạch số 15/KH-BDT ngày 10/01/2023.

            ¹² Quyết định số 40/QĐ-BDT ngày 20/3/2023.
            """)
        #expect(document.blocks.first?.referencedText == "Ban đã ban hành Kế hoạch[^1] và Quyết định[^12] trong năm.")
        #expect(document.footnotes.map(\.text) == ["Kế hoạch số 15/KH-BDT ngày 10/01/2023.", "Quyết định số 40/QĐ-BDT ngày 20/3/2023."])
    }

    @Test func smallRaisedDigitsOfATextLayerBecomeReferences() {
        var page = LayoutPage(number: 1)
        page.spans([("Xã đã hoàn thành kế hoạch năm", false), ("1", true), (". Các thôn đều có nhà văn hóa.", false)], indent: true)
        page.body("Đời sống nhân dân từng bước được nâng lên.", full: false)
        page.footnote("1Đạt 105% chỉ tiêu được giao.", full: false)
        let document = PageFixtures.structure([page.page])
        #expect(document.blocks.map(\.referencedText) == [
            "Xã đã hoàn thành kế hoạch năm[^1]. Các thôn đều có nhà văn hóa. Đời sống nhân dân từng bước được nâng lên."
        ])
        // The footnote's words, and where its line was printed (a footnote carries its boxes).
        let read = document.footnotes.map { Footnote(number: $0.number, text: $0.text, citations: $0.citations, page: $0.page) }
        #expect(read == [Footnote(number: 1, text: "Đạt 105% chỉ tiêu được giao.", page: 1)])
        #expect(document.footnotes.map { $0.boxes.map(\.page) } == [[1]])
    }

    /// One OCR page: a body line, then a footnote line at the bottom.
    private func ocrDocument(_ body: String, footnote: String) -> Document {
        var page = LayoutPage(number: 1, source: .ocr)
        page.body(body, indent: true, full: false)
        page.footnote(footnote, full: false)
        return PageFixtures.structure([page.page])
    }

    @Test func digitsGluedToAWordBecomeReferences() {
        let document = ocrDocument(
            "Tuyên truyền bằng nhiều hình thức5. Người dân đồng tình.", footnote: "5Qua loa truyền thanh và hội nghị thôn.")
        #expect(document.blocks.first?.referencedText == "Tuyên truyền bằng nhiều hình thức[^5]. Người dân đồng tình.")
        #expect(document.footnotes.first?.number == 5)
    }

    @Test func ocrJunkAtAWordEndBecomesTheNextReference() {
        let document = ocrDocument(
            "Kinh tế tiếp tục tăng trưởng khá’. Thu ngân sách đạt kế hoạch.", footnote: "1Tăng 6,5% so với cùng kỳ.")
        #expect(document.blocks.first?.referencedText == "Kinh tế tiếp tục tăng trưởng khá[^1]. Thu ngân sách đạt kế hoạch.")
    }

    @Test func closingQuotesAreNotTakenForJunk() {
        let document = ocrDocument(
            "Hưởng ứng phong trào “Dân vận khéo” năm nay”. Kết quả tốt.", footnote: "1Có 30 mô hình được công nhận.")
        #expect(document.blocks.first?.referencedText == "Hưởng ứng phong trào “Dân vận khéo” năm nay[^1]. Kết quả tốt.")
    }

    @Test func exponentsStayExponents() {
        let document = PageFixtures.structureText(
            """
            Diện tích 3.895 km<sup>2</sup>, nhà lưới 520 m<sup>2</sup> và 45,6km² đất rừng<sup>2</sup>.

            <sup>2</sup> Số liệu năm 2022.
            """)
        #expect(document.blocks.first?.referencedText == "Diện tích 3.895 km², nhà lưới 520 m² và 45,6km² đất rừng[^2].")
        #expect(document.footnotes.map(\.number) == [2])
    }
}

@Suite struct OCRFootnoteTests {
    @Test func footnoteStartReadWithItsRaisedNumberStartsTheNextFootnote() {
        var page = LayoutPage(number: 1, source: .ocr)
        page.body("Các xã đều xây dựng kế hoạch năm1 và báo cáo quý2 đúng hạn.", indent: true, full: false)
        page.footnote("1Kế hoạch số 10/KH-UBND.", full: false)
        var lines = page.page.lines
        // OCR merged the raised "2" with the first word into one tall box above the line.
        let y = 760.0
        let words = ["lăng", "văn", "số", "25/BC-UBND."]
        var spans: [Span] = []
        var x = 85.2
        for (i, word) in words.enumerated() {
            let box = i == 0 ? Box(x: x, y: y - 10, width: 30, height: 22) : Box(x: x, y: y, width: 30, height: 10)
            spans.append(Span(text: word, box: box, confidence: 95))
            x += 40
        }
        lines.append(
            Line(text: words.joined(separator: " "), box: Box(x: 85.2, y: y - 10, width: 160, height: 22), fontSize: 10,
                 confidence: 95, spans: spans))
        let document = PageFixtures.structure([Page(number: 1, width: 595.3, height: 841.9, source: .ocr, lines: lines)])
        #expect(document.footnotes.map(\.number) == [1, 2])
        #expect(document.blocks.first?.referencedText == "Các xã đều xây dựng kế hoạch năm[^1] và báo cáo quý[^2] đúng hạn.")
    }
}
