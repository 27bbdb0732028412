import DocumentModel
import Testing

@testable import Pipeline

/// The first page stage, on pages as the readers make them: the words normalised, the spans
/// rewritten with their line (texts adding up to it, boxes and fonts kept).
@Suite struct NormalizeStageTests {
    static func textLayerLine(_ runs: [(text: String, x: Double, width: Double, size: Double)]) -> Line {
        let spans = runs.map { Span(text: $0.text, box: Box(x: $0.x, y: 100, width: $0.width, height: 18), fontSize: $0.size) }
        let box = spans.compactMap(\.box).reduce(nil) { $0?.union($1) ?? $1 }
        return Line(text: runs.map(\.text).joined(), box: box, fontSize: 14, spans: spans)
    }

    static func normalized(_ line: Line, source: PageSource = .text) -> Line {
        let page = NormalizeStage().process(Page(number: 1, source: source, lines: [line]))
        return page.lines[0]
    }

    @Test func tonesMoveToTheConventionalVowelInsideTheirSpans() {
        // The fallback font sets the toned vowel apart: "hoà" is "ho" + "à".
        let line = Self.normalized(Self.textLayerLine([("Ban ho", 80, 40, 14), ("à", 120, 7, 14), (" giải", 127, 30, 14)]))
        #expect(line.text == "Ban hòa giải")
        #expect(line.spans.map(\.text) == ["Ban hò", "a", " giải"])
        #expect(line.spans.map(\.box?.x) == [80, 120, 127])
    }

    @Test func fontRunsThatTouchAreOneWord() {
        // Extraction left a space after "huy"; the next run starts where it ends.
        let line = Self.normalized(Self.textLayerLine([("Tổng số 09 huy ", 85.2, 80, 14), ("ệ", 165.6, 8.3, 14), ("n trong tỉnh.", 173.9, 70, 14)]))
        #expect(line.text == "Tổng số 09 huyện trong tỉnh.")
        #expect(line.spans.map(\.text) == ["Tổng số 09 huy", "ệ", "n trong tỉnh."])
    }

    @Test func fontRunsWithARealSpaceStayApart() {
        let line = Self.normalized(Self.textLayerLine([("tự ", 85, 12, 14), ("nhiên", 100.5, 30, 14)]))
        #expect(line.text == "tự nhiên")
        #expect(line.spans.map(\.text) == ["tự ", "nhiên"])
    }

    @Test func splitSyllablesJoinAndRaisedDigitsKeepTheirSpan() {
        // "huy ện" split by a real space; a footnote call set small after the next word.
        let line = Self.normalized(Self.textLayerLine([("09 huy ện xã", 80, 80, 14), ("2", 160, 4, 8), (" và", 164, 20, 14)]))
        #expect(line.text == "09 huyện xã2 và")
        #expect(line.spans.map(\.text) == ["09 huyện xã", "2", " và"])
        #expect(line.spans.map(\.fontSize) == [14, 8, 14])
    }

    @Test func aRaisedDigitAfterASplitSyllableDoesNotKeepItSplit() {
        let line = Self.normalized(Self.textLayerLine([("09 huy ện", 80, 60, 14), ("2", 140, 4, 8), (" và", 144, 20, 14)]))
        #expect(line.text == "09 huyện2 và")
        #expect(line.spans.map(\.text) == ["09 huyện", "2", " và"])
    }

    @Test func noBreakSpacesAndSoftHyphens() {
        let line = Self.normalized(Self.textLayerLine([("giải quy\u{00AD}", 80, 50, 14), ("ết\u{00A0}đơn", 130, 30, 14)]))
        #expect(line.text == "giải quyết đơn")
        #expect(line.spans.map(\.text) == ["giải quy", "ết đơn"])
    }

    @Test func ocrWordsOfOneSyllableBecomeOneWord() {
        let words = [("huy", 80.0), ("ện", 100.0), ("Lâm", 130.0)]
        let spans = words.map { Span(text: $0.0, box: Box(x: $0.1, y: 100, width: 18, height: 18), confidence: 90) }
        let line = Self.normalized(Line(text: "huy ện Lâm", confidence: 90, spans: spans), source: .ocr)
        #expect(line.text == "huyện Lâm")
        #expect(line.spans.map(\.text) == ["huyện", "Lâm"])
        #expect(line.spans.first?.box == Box(x: 80, y: 100, width: 38, height: 18))
    }

    @Test func plainTextLinesHaveNoSpansToRewrite() {
        let page = NormalizeStage().process(Page(number: 1, source: .text, lines: [Line(text: "Uỷ ban nhân dân huy ện")]))
        #expect(page.lines.map(\.text) == ["Ủy ban nhân dân huyện"])
        #expect(page.lines[0].spans.isEmpty)
    }

    @Test func normalTextIsLeftAsItIs() {
        let line = Self.textLayerLine([("Ủy ban nhân dân tỉnh ", 80, 120, 14), ("báo cáo", 204, 40, 14)])
        #expect(Self.normalized(line) == line)
    }
}
