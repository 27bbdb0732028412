import BaocaoTestSupport
import Foundation
import Testing

/// schema/baocao.document.v1.json and baocao.pages.v1.json hold for what extract writes: the
/// bench reports (digital and scanned, tables and all) and the samples, checked by jsonschema.
@Suite("JSON schemas", .enabled(if: PythonRunner.isAvailable, "python3 is not installed: the schema check is skipped"))
struct SchemaTests {
    @Test("every document and pages JSON of the bench and the samples validates")
    func outputsValidate() throws {
        let out = try Fixtures.temporaryDirectory()
        let inputs = SharedData.reportCases.flatMap { name in
            ["digital.pdf", "scanned.pdf"].map { SharedData.benchCase(name, $0).path }
        } + [
            Fixtures.digitalPDF, Fixtures.scannedPDF, Fixtures.sample("bao-cao-mau.txt"),
            // Tables read from text: their pages JSON says so (`plain_text`).
            Fixtures.fixture("text-tables-report.txt"),
        ]
        let result = try BaocaoRunner.run(["extract"] + inputs + ["--out", out, "--format", "json,pages", "--quiet"], timeout: 1800)
        try #require(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".json") }.sorted()
        #expect(files.count == 2 * inputs.count)
        let report = try PythonRunner.run("schema/validate.py", files.map { "\(out)/\($0)" })
        #expect(report.split(separator: "\n").filter { $0.contains(": valid baocao.") }.count == files.count, "\(report)")
    }

    @Test("a document that breaks the schema is refused, naming where")
    func brokenDocumentIsRefused() throws {
        let out = try Fixtures.temporaryDirectory()
        let result = try BaocaoRunner.run(["extract", Fixtures.sample("bao-cao-mau.txt"), "--format", "json"], timeout: 300)
        try #require(result.status == 0, "\(result.stderr)")
        var document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        var blocks = try #require(document["blocks"] as? [[String: Any]])
        blocks[0]["kind"] = "sidebar"
        document["blocks"] = blocks
        let path = "\(out)/broken.json"
        try JSONSerialization.data(withJSONObject: document).write(to: URL(fileURLWithPath: path))
        #expect(throws: PythonRunner.Failure.self) { try PythonRunner.run("schema/validate.py", [path]) }
    }
}
