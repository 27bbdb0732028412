import BaocaoTestSupport
import DocumentModel
import Foundation
import Output
import Testing

@Suite("document JSON round trip")
struct DocumentJSONRoundTripTests {
    static let inputs = [
        Fixtures.sample("bao-cao-mau.pdf"), Fixtures.sample("bao-cao-mau.txt"),
        SharedData.benchCase("s000", "digital.pdf").path, SharedData.benchCase("s003", "stripped.txt").path,
    ]

    @Test("what extract writes reads back into typed data and writes out byte for byte", arguments: inputs)
    func extractedDocument(_ input: String) throws {
        let directory = try Fixtures.temporaryDirectory()
        let result = try BaocaoRunner.run(["extract", input, "--out", directory, "--format", "json", "--quiet"], timeout: 300)
        #expect(result.status == 0, "\(result.stderr)")
        let name = ((input as NSString).lastPathComponent as NSString).deletingPathExtension
        let written = try Data(contentsOf: URL(fileURLWithPath: directory).appendingPathComponent("\(name).json"))
        let document = try DocumentJSONReader.document(from: written)
        #expect(try DocumentJSONWriter.data(of: document) == written)
        // Calls, levels and measures went through typed data both ways.
        #expect(document.blocks.contains { !$0.citations.isEmpty } == !document.footnotes.isEmpty)
        #expect(document.blocks.contains { $0.level == .roman })
        #expect(document.figures.contains { $0.measure != .unspecified })
    }
}
