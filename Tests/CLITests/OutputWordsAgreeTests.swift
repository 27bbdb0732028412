import BaocaoTestSupport
import Foundation
import Testing

/// One run writes one text: the words a reader finds in `txt` (the pages as read) are the
/// words of `body`, `md` and `json` (the document), furniture aside. Before the NormalizeStage,
/// `txt` kept "huy ện" where the document said "huyện".
@Suite("txt, body, md and json carry the same words")
struct OutputWordsAgreeTests {
    static let cases = ["s000.digital.pdf", "s002.digital.pdf", "s000.scanned.pdf", "s002.scanned.pdf"]

    /// One `extract` run over the bench PDFs, default options. Run once; every test reads it.
    static let run: Result<String, any Error> = Result {
        let out = try Fixtures.temporaryDirectory()
        let inputs = cases.map { name in SharedData.root.appendingPathComponent("bench/cases/\(name)").path }
        let arguments = ["extract"] + inputs + ["--out", out, "--format", "txt,body,md,json", "--quiet"]
        let result = try BaocaoRunner.run(arguments, timeout: 600)
        guard result.status == 0 else {
            throw RestoredOutputTests.RunFailure(description: "extract exited \(result.status): \(result.stderr)")
        }
        return out
    }

    typealias Words = [String: Int]

    static func words(_ text: String) -> Words {
        lowercaseWords(text).reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }

    /// What `a` holds beyond `b`.
    static func excess(_ a: Words, over b: Words) -> Words {
        a.reduce(into: [:]) { out, entry in
            let extra = entry.value - (b[entry.key] ?? 0)
            if extra > 0 { out[entry.key] = extra }
        }
    }

    struct Outputs {
        var txt: Words, body: Words, md: Words
        /// Title, blocks (with heading labels and item markers) and footnotes.
        var document: Words
        var furniture: Words
        /// The heading labels Structure set ("III"), which it may read from the numbering
        /// around a label OCR misread ("II").
        var labels: Words
    }

    /// Markdown's YAML front matter repeats the header's words as metadata fields (`meta`);
    /// the words compared are the document's text after it.
    static func withoutFrontMatter(_ markdown: String) -> String {
        guard markdown.hasPrefix("---\n"), let end = markdown.range(of: "\n---\n", range: markdown.index(markdown.startIndex, offsetBy: 3)..<markdown.endIndex)
        else { return markdown }
        return String(markdown[end.upperBound...])
    }

    static func outputs(_ name: String) throws -> Outputs {
        let out = try run.get()
        let stem = (out as NSString).appendingPathComponent((name as NSString).deletingPathExtension)
        func read(_ suffix: String) throws -> String { try String(contentsOfFile: stem + suffix, encoding: .utf8) }
        let data = try Data(contentsOf: URL(fileURLWithPath: stem + ".json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let blocks = json["blocks"] as? [[String: Any]] ?? []
        func texts(_ key: String, of items: [[String: Any]]) -> [String] { items.compactMap { $0[key] as? String } }
        let footnotes = json["footnotes"] as? [[String: Any]] ?? []
        let document = (json["title"] as? [String] ?? []) + texts("text", of: blocks) + texts("label", of: blocks)
            + texts("marker", of: blocks) + texts("text", of: footnotes)
        let headings = blocks.filter { $0["kind"] as? String == "heading" }
        return Outputs(
            txt: words(try read(".txt")), body: words(try read(".body.txt")), md: words(withoutFrontMatter(try read(".md"))),
            document: words(document.joined(separator: "\n")),
            furniture: words(texts("text", of: json["furniture"] as? [[String: Any]] ?? []).joined(separator: "\n")),
            labels: words(texts("label", of: headings).joined(separator: "\n")))
    }

    @Test("every word of body, md and json is a word of txt", arguments: cases)
    func documentWordsAreTxtWords(name: String) throws {
        let outputs = try Self.outputs(name)
        #expect(outputs.body.values.reduce(0, +) > 1_000)
        for (format, words) in [("body", outputs.body), ("md", outputs.md), ("json", outputs.document)] {
            let extra = Self.excess(words, over: outputs.txt)
            #expect(Self.excess(extra, over: outputs.labels).isEmpty, "\(name) \(format) words not in txt: \(extra)")
        }
    }

    @Test("every word of txt is in json or its furniture", arguments: cases)
    func txtWordsAreDocumentWords(name: String) throws {
        let outputs = try Self.outputs(name)
        let missing = Self.excess(Self.excess(outputs.txt, over: outputs.document), over: outputs.furniture)
        // Only heading numbers Structure read anew: as many as it set labels that txt lacks.
        let relabelled = Self.excess(outputs.document, over: outputs.txt)
        let misread = missing.filter { word, _ in word.allSatisfy { "ivxlc".contains($0) } }
        #expect(missing == misread, "\(name): txt words neither in json nor in its furniture: \(missing)")
        #expect(misread.values.reduce(0, +) == relabelled.values.reduce(0, +))
    }
}
