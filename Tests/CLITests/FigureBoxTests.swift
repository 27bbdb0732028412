import BaocaoTestSupport
import Foundation
import Testing

/// Every figure of the bench's digital PDFs (table cells too) is put on its page: the words poppler's own
/// `pdftotext -bbox` finds inside the figure's box spell its `raw` (read independently of
/// baocao's text layer reader, so a box off by a word fails).
@Suite("Figure boxes")
struct FigureBoxTests {
    struct Failure: Error, CustomStringConvertible { var description: String }

    /// A word of `pdftotext -bbox` output: its text and rectangle in points.
    struct Word {
        var text: String
        var x1, y1, x2, y2: Double
    }

    static let pdftotext = Fixtures.tool("pdftotext")

    /// Each page's words, 1-based page order.
    static func words(of pdf: String) throws -> [[Word]] {
        guard let pdftotext else { return [] }
        let html = try BaocaoRunner.run(["-bbox", pdf, "-"], timeout: 120, executable: pdftotext).stdout
        let pattern = try NSRegularExpression(
            pattern: #"<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>"#)
        var pages: [[Word]] = []
        for page in html.components(separatedBy: "<page ").dropFirst() {
            let range = NSRange(page.startIndex..., in: page)
            pages.append(
                pattern.matches(in: page, range: range).compactMap { match in
                    func group(_ index: Int) -> String {
                        Range(match.range(at: index), in: page).map { String(page[$0]) } ?? ""
                    }
                    guard let x1 = Double(group(1)), let y1 = Double(group(2)), let x2 = Double(group(3)),
                        let y2 = Double(group(4))
                    else { return nil }
                    return Word(text: unescaped(group(5)), x1: x1, y1: y1, x2: x2, y2: y2)
                })
        }
        return pages
    }

    static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }

    static func squeezed(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.filter { !$0.isWhitespace }
    }

    @Test("the words inside every figure's box spell its raw", arguments: ["s000", "s002", "s003", "s004", "t001", "t002"])
    func boxesHoldTheirRaw(_ name: String) throws {
        guard Self.pdftotext != nil else {
            print("FigureBoxTests: skipped, pdftotext (poppler-utils, `make deps`) is not installed")
            return
        }
        let pdf = SharedData.benchCase(name, "digital.pdf").path
        let out = try Fixtures.temporaryDirectory()
        let result = try BaocaoRunner.run(["extract", pdf, "--out", out, "--format", "json", "--quiet"], timeout: 600)
        guard result.status == 0 else { throw Failure(description: "extract exited \(result.status): \(result.stderr)") }
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(out)/\(name).digital.json"))
        let document = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let figures = document?["figures"] as? [[String: Any]] ?? []
        let pages = try Self.words(of: pdf)
        #expect(figures.count > 50, "\(name): \(figures.count) figures")
        var held = 0
        for figure in figures {
            let raw = figure["raw"] as? String ?? ""
            guard let box = figure["box"] as? [String: Any], let page = box["page"] as? Int,
                let x = box["x"] as? Double, let y = box["y"] as? Double, let width = box["width"] as? Double,
                let height = box["height"] as? Double, pages.indices.contains(page - 1)
            else {
                Issue.record("\(name): figure \(raw) has no box on a page of the PDF")
                continue
            }
            // The words the box reaches into (pdftotext's words run on to the punctuation after
            // a figure, "nhân;", and split where the font changes, "tu" "ổ" "i:").
            let touched = pages[page - 1].filter {
                min($0.x2, x + width) - max($0.x1, x) >= 1 && (y...(y + height)).contains(($0.y1 + $0.y2) / 2)
            }
            let spelled = Self.squeezed(touched.map(\.text).joined())
            let wanted = Self.squeezed(raw)
            if spelled.contains(wanted) {
                held += 1
            } else {
                Issue.record("\(name) p\(page): box of \(raw) holds \(spelled.prefix(120))")
            }
            // On one line the box is the figure's, not the line's: it reaches into little more.
            let lines = Set(touched.map { Int(($0.y1 + $0.y2) / 2) })
            if lines.count == 1 {
                #expect(spelled.count <= wanted.count + 12, "\(name) p\(page): box of \(raw) reaches \(spelled)")
            }
        }
        print("FigureBoxTests: \(name): \(held) of \(figures.count) figures' boxes hold their raw")
    }
}
