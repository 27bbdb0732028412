import BaocaoTestSupport
import Foundation
import Testing

/// `extract --format html`, the review page: loaded by Debian's chromium (headless), driven
/// by scripts/review-page-test.py, for a bench report; and its text-input form and
/// self-containment read from the file.
@Suite("Review page")
struct ReviewPageTests {
    struct Failure: Error, CustomStringConvertible { var description: String }

    static let chromium = Fixtures.tool("chromium") ?? Fixtures.tool("chromium-browser")

    static func extract(_ input: String, formats: String) throws -> String {
        let out = try Fixtures.temporaryDirectory()
        let result = try BaocaoRunner.run(["extract", input, "--out", out, "--format", formats, "--quiet"], timeout: 600)
        guard result.status == 0 else { throw Failure(description: "extract exited \(result.status): \(result.stderr)") }
        return out
    }

    static func figures(in json: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any]
        return object?["figures"] as? [[String: Any]] ?? []
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test("in chromium, a row's click highlights its box and every figure has its row")
    func inTheBrowser() throws {
        guard Self.chromium != nil else {
            print("ReviewPageTests: skipped the browser test, chromium is not installed (`make deps` installs it with REVIEW_PACKAGES)")
            return
        }
        let out = try Self.extract(SharedData.benchCase("s000", "digital.pdf").path, formats: "json,html")
        let screenshot = "\(out)/s000.digital.png"
        let script = Fixtures.root.appendingPathComponent("scripts/review-page-test.py").path
        let python = try #require(Fixtures.tool("python3"))
        let result = try BaocaoRunner.run(
            [script, "\(out)/s000.digital.html", "\(out)/s000.digital.json", screenshot], timeout: 600, executable: python)
        print("ReviewPageTests: \(result.stdout)\(result.stderr)")
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: screenshot))
    }

    @Test("the page stands alone: pictures inline, nothing fetched, UTF-8 declared")
    func selfContained() throws {
        let out = try Self.extract(SharedData.benchCase("s000", "digital.pdf").path, formats: "json,html")
        let html = try String(contentsOfFile: "\(out)/s000.digital.html", encoding: .utf8)
        let figures = try Self.figures(in: "\(out)/s000.digital.json")
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(Self.count("src=\"data:image/jpeg;base64,", in: html) == 12, "one picture per page")
        for fetch in ["src=\"http", "href=\"http", "<link", "url(", "@import", "src=\"file"] {
            #expect(!html.contains(fetch), "the page fetches something: \(fetch)")
        }
        #expect(Self.count("<tr id=\"r", in: html) == figures.count)
        #expect(Self.count("<button class=\"box\"", in: html) == figures.filter { $0["box"] != nil }.count)
        // Vietnamese text written as it is, not as entities.
        #expect(html.contains("Trang 1") && html.contains("số liệu"))
    }

    @Test("a text input's figures are marked in its text")
    func textInput() throws {
        let input = SharedData.benchCase("s000", "stripped.txt").path
        let out = try Self.extract(input, formats: "json,html")
        let html = try String(contentsOfFile: "\(out)/s000.stripped.html", encoding: .utf8)
        let figures = try Self.figures(in: "\(out)/s000.stripped.json")
        let marks = Self.count("<mark class=\"box\"", in: html)
        #expect(!html.contains("data:image"))
        #expect(Self.count("<tr id=\"r", in: html) == figures.count)
        // Every mark holds the raw of the figure it names.
        let pattern = try NSRegularExpression(pattern: #"<mark class="box" tabindex="0" id="b(\d+)"[^>]*>([^<]*)</mark>"#)
        let matches = pattern.matches(in: html, range: NSRange(html.startIndex..., in: html))
        #expect(matches.count == marks)
        for match in matches {
            guard let index = Range(match.range(at: 1), in: html).flatMap({ Int(html[$0]) }),
                let text = Range(match.range(at: 2), in: html).map({ String(html[$0]) }), figures.indices.contains(index)
            else { continue }
            let raw = (figures[index]["raw"] as? String ?? "").replacingOccurrences(of: "&", with: "&amp;")
                .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            let squeezed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(squeezed == raw, "mark \(index) holds \(text), its figure is \(raw)")
        }
        #expect(marks <= figures.count && marks * 10 >= figures.count * 9, "\(marks) of \(figures.count) figures marked")
        print("ReviewPageTests: \(marks) of \(figures.count) figures of the text input marked")
    }
}
