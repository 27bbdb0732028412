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

    /// A text layer line as font runs, and what the stage makes of its text and its runs.
    struct TextLayerCase: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var runs: [Run]
        var text: String
        var spans: [String]

        struct Run: Sendable {
            var text: String, x: Double, width: Double, size: Double = 14
        }
    }

    static let textLayerCases = [
        // The fallback font sets the toned vowel apart: "hoà" is "ho" + "à". The mark stays on
        // the vowel the document put it on ("hoà" and "hòa" are both right).
        TextLayerCase(
            testDescription: "tones stay where the document put them, across spans",
            runs: [
                .init(text: "Ban ho", x: 80, width: 40), .init(text: "à", x: 120, width: 7),
                .init(text: " giải", x: 127, width: 30),
            ],
            text: "Ban hoà giải", spans: ["Ban ho", "à", " giải"]),
        // Extraction left a space after "huy"; the next run starts where it ends.
        TextLayerCase(
            testDescription: "font runs that touch are one word",
            runs: [
                .init(text: "Tổng số 09 huy ", x: 85.2, width: 80), .init(text: "ệ", x: 165.6, width: 8.3),
                .init(text: "n trong tỉnh.", x: 173.9, width: 70),
            ],
            text: "Tổng số 09 huyện trong tỉnh.", spans: ["Tổng số 09 huy", "ệ", "n trong tỉnh."]),
        TextLayerCase(
            testDescription: "font runs with a real space stay apart",
            runs: [.init(text: "tự ", x: 85, width: 12), .init(text: "nhiên", x: 100.5, width: 30)],
            text: "tự nhiên", spans: ["tự ", "nhiên"]),
        // "huy ện" split by a real space; a footnote call set small after the next word.
        TextLayerCase(
            testDescription: "split syllables join and a raised digit keeps its span",
            runs: [
                .init(text: "09 huy ện xã", x: 80, width: 80), .init(text: "2", x: 160, width: 4, size: 8),
                .init(text: " và", x: 164, width: 20),
            ],
            text: "09 huyện xã2 và", spans: ["09 huyện xã", "2", " và"]),
        TextLayerCase(
            testDescription: "a raised digit after a split syllable does not keep it split",
            runs: [
                .init(text: "09 huy ện", x: 80, width: 60), .init(text: "2", x: 140, width: 4, size: 8),
                .init(text: " và", x: 144, width: 20),
            ],
            text: "09 huyện2 và", spans: ["09 huyện", "2", " và"]),
        TextLayerCase(
            testDescription: "no-break spaces become spaces and soft hyphens go",
            runs: [.init(text: "giải quy\u{00AD}", x: 80, width: 50), .init(text: "ết\u{00A0}đơn", x: 130, width: 30)],
            text: "giải quyết đơn", spans: ["giải quy", "ết đơn"]),
    ]

    @Test(arguments: textLayerCases)
    func textLayerLines(_ example: TextLayerCase) {
        let line = Self.normalized(Self.textLayerLine(example.runs.map { ($0.text, $0.x, $0.width, $0.size) }))
        #expect(line.text == example.text)
        #expect(line.spans.map(\.text) == example.spans)
        // Each run keeps its place and its font.
        #expect(line.spans.map(\.box?.x) == example.runs.map(\.x))
        #expect(line.spans.map(\.fontSize) == example.runs.map(\.size))
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
        #expect(page.lines.map(\.text) == ["Uỷ ban nhân dân huyện"])
        #expect(page.lines[0].spans.isEmpty)
    }

    @Test func normalTextIsLeftAsItIs() {
        let line = Self.textLayerLine([("Ủy ban nhân dân tỉnh ", 80, 120, 14), ("báo cáo", 204, 40, 14)])
        #expect(Self.normalized(line) == line)
    }
}
