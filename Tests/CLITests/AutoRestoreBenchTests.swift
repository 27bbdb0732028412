import BaocaoTestSupport
import Foundation
import Testing

/// `restore` in its default `auto` mode on the bench's texts (read at run time): good text
/// comes back exactly as it went in (its "hoá" and "uỷ" too), stripped text is restored exactly as `--mode stripped`
/// restores it, and English-model OCR is corrected as `--mode ocr` corrects it.
@Suite("auto finds each kind of text on the bench")
struct AutoRestoreBenchTests {
    static func files(_ kind: String) -> [String] {
        SharedData.reportCases.map { SharedData.benchCase($0, "\(kind).txt").path }
    }

    static func restore(_ mode: String, _ kind: String) throws -> String {
        let result = try BaocaoRunner.run(["restore", "--mode", mode] + files(kind), timeout: 900)
        #expect(result.status == 0, "\(result.stderr.prefix(500))")
        return result.stdout
    }

    @Test func goodTextIsLeftExactlyAsItIs() throws {
        let input = try Self.files("pages").map { try String(contentsOfFile: $0, encoding: .utf8) }.joined()
        #expect(try Self.restore("auto", "pages") == input)
    }

    @Test func strippedTextIsRestoredAsStrippedText() throws {
        #expect(try Self.restore("auto", "stripped") == Self.restore("stripped", "stripped"))
    }

    @Test func englishModelOCRIsCorrectedAsOCR() throws {
        let auto = try Self.restore("auto", "ocr-eng").split(separator: "\n", omittingEmptySubsequences: false)
        let ocr = try Self.restore("ocr", "ocr-eng").split(separator: "\n", omittingEmptySubsequences: false)
        #expect(auto.count == ocr.count)
        let differing = zip(auto, ocr).filter { $0 != $1 }.count
        #expect(Double(differing) <= 0.01 * Double(ocr.count), "\(differing) of \(ocr.count) lines differ")
    }
}
