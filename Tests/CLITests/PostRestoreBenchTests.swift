import BaocaoTestSupport
import Foundation
import Testing

/// `restore --mode post` on the bench's Vietnamese-model OCR (read at run time), the text
/// `extract` hands it for every page the Vietnamese model read: scored as the bench scores it
/// (syllable errors against the reference page), no page comes out worse than it went in.
@Suite("post never makes a bench page worse")
struct PostRestoreBenchTests {
    static func pages(_ text: String) -> [String] {
        text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
    }

    @Test(arguments: SharedData.reportCases)
    func noPageGainsErrors(_ name: String) throws {
        let input = SharedData.benchCase(name, "ocr-vie.txt")
        let result = try BaocaoRunner.run(["restore", "--mode", "post", input.path], timeout: 600)
        #expect(result.status == 0, "\(result.stderr.prefix(500))")
        let reference = Self.pages(try String(contentsOf: SharedData.benchCase(name, "pages.txt"), encoding: .utf8))
        let read = Self.pages(try String(contentsOf: input, encoding: .utf8))
        let restored = Self.pages(result.stdout)
        #expect(restored.count == read.count)
        var before = 0, after = 0
        for (page, (expected, (raw, post))) in zip(reference, zip(read, restored)).enumerated() {
            let rawErrors = SyllableErrors.between(reference: expected, hypothesis: raw)
            let postErrors = SyllableErrors.between(reference: expected, hypothesis: post)
            #expect(postErrors <= rawErrors, "\(name) page \(page + 1): \(rawErrors) errors read, \(postErrors) after post")
            before += rawErrors
            after += postErrors
        }
        // Not only never worse: post removes errors on every case.
        #expect(after < before, "\(name): \(before) errors read, \(after) after post")
    }
}
