import BaocaoTestSupport
import Foundation
import Testing

/// Inputs whose cost grew with the square of their size: every stage must stay linear (or
/// n log n). Each input is generated here, a few times smaller than the ones that hung, with
/// the same shape, and must finish well inside its bound even in a debug build.
@Suite struct ScaleTests {
    private func extract(_ name: String, _ text: String, formats: String = "txt,json,md,body,csv") throws
        -> (seconds: TimeInterval, bytes: Int, result: BaocaoRunner.Result)
    {
        let input = try Fixtures.temporaryFile(name, Data(text.utf8))
        let out = try Fixtures.temporaryDirectory()
        let start = Date()
        let result = try BaocaoRunner.run(
            ["extract", input, "--out", out, "--format", formats, "--restore", "off"], timeout: 300)
        let seconds = Date().timeIntervalSince(start)
        var bytes = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: out) {
            bytes += (try FileManager.default.attributesOfItem(atPath: "\(out)/\(file)")[.size] as? Int) ?? 0
        }
        return (seconds, bytes, result)
    }

    @Test func figuresOfTextWithoutSentenceEndsCarryAWindowNotTheWholeText() throws {
        // 1,500 figures in one "sentence" of 50 KB: each used to store all of it (75 MB of CSV).
        let text = (0..<1500).map { "đã tiếp nhận \($0) đơn khiếu nại, " }.joined()
        let run = try extract("lien-tuc.txt", text)
        #expect(run.result.status == 0 && !run.result.timedOut)
        #expect(run.bytes < 20 * text.utf8.count + 10_000_000)
        #expect(run.seconds < 60)
    }

    @Test func aMarkdownTableOfThousandsOfRowsStaysSmall() throws {
        let rows = ["| Đơn vị | Tiếp nhận | Giải quyết |", "| --- | --- | --- |"]
            + (0..<1500).map { "| Xã \($0) | \($0 * 3) đơn | \($0 * 2) vụ |" }
        let text = rows.joined(separator: "\n") + "\n"
        let run = try extract("bang.md", text)
        #expect(run.result.status == 0 && !run.result.timedOut)
        #expect(run.bytes < 500 * text.utf8.count)
        #expect(run.seconds < 60)
    }

    @Test func thousandsOfHeadingsAreLinear() throws {
        let text = (1...5000).map { "\($0). MỤC SỐ \($0)\nNội dung của mục.\n" }.joined()
        let run = try extract("muc.txt", text, formats: "txt,json")
        #expect(run.result.status == 0 && !run.result.timedOut)
        #expect(run.seconds < 60)
    }

    @Test func aHundredThousandFootnoteMarkersAreLinear() throws {
        let text = (0..<100_000).map { "văn bản\($0 % 9 + 1)" }.joined(separator: " ")
        let run = try extract("chu-thich.txt", text, formats: "txt,json,md")
        #expect(run.result.status == 0 && !run.result.timedOut)
        #expect(run.seconds < 90)
    }

    /// The 600 MB one-line file that crashed, at 1/150 of the size with a limit 1/1000 of the
    /// default: refused from its bytes, before any decoding.
    @Test func aHugeLineIsRefusedBeforeItIsDecoded() throws {
        let input = try Fixtures.temporaryFile("mot-dong.txt", Data(repeating: 0x61, count: 4_000_000))
        let out = try Fixtures.temporaryDirectory()
        let result = try BaocaoRunner.run(
            ["extract", input, "--out", out, "--max-text-per-page", "1000", "--restore", "off"], timeout: 120)
        #expect(result.status == 1)
        #expect(result.stderr.contains(
            "page 1: 4000000 bytes of text without a page break, more than the limit of 1000 characters (--max-text-per-page)"))
    }
}
