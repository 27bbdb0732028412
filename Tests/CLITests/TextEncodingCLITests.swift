import BaocaoTestSupport
import Foundation
import Testing

/// The one warning line a user sees when a text input was not plain UTF-8.
@Suite struct TextEncodingCLITests {
    @Test func legacyTextIsConvertedWithOneWarning() throws {
        let directory = try Fixtures.temporaryDirectory()
        let input = (directory as NSString).appendingPathComponent("cong-van-cu.txt")
        // TCVN3 for "Hà Nội, ngày 5 tháng 3 năm 1998", written byte by byte from the chart.
        let bytes: [UInt8] = Array("H".utf8) + [0xB5] + Array(" N".utf8) + [0xE9] + Array("i, ng".utf8) + [0xB5]
            + Array("y 5 th".utf8) + [0xB8] + Array("ng 3 n".utf8) + [0xA8] + Array("m 1998\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: input))
        let result = try BaocaoRunner.run(["extract", input, "--restore", "off"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Hà Nội, ngày 5 tháng 3 năm 1998"))
        // A notice, not a failure: scripts tell the two apart by "note:".
        #expect(result.stderr == "baocao: note: \(input): converted from TCVN3\n")
    }

    @Test func replacedBytesAreReportedInABatch() throws {
        let directory = try Fixtures.temporaryDirectory()
        let input = (directory as NSString).appendingPathComponent("hong.txt")
        let bytes = Array("Kết quả ".utf8) + [0xFF] + Array(" công tác ".utf8) + [0xC3] + Array("\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: input))
        let out = (directory as NSString).appendingPathComponent("out")
        let result = try BaocaoRunner.run(["extract", input, "--out", out, "--format", "txt", "--quiet", "--restore", "off"])
        #expect(result.status == 0)
        #expect(result.stderr == "baocao: note: \(input): 2 invalid UTF-8 byte sequences replaced\n")
        let text = try String(contentsOfFile: (out as NSString).appendingPathComponent("hong.txt"), encoding: .utf8)
        #expect(text.contains("Kết quả \u{FFFD} công tác \u{FFFD}"))
        // The manifest keeps the notice with the input's entry, for whoever audits the run later.
        let manifest = try String(contentsOfFile: (out as NSString).appendingPathComponent("manifest.jsonl"), encoding: .utf8)
        let entry = try JSONSerialization.jsonObject(with: Data(manifest.utf8)) as? [String: Any]
        #expect(entry?["notices"] as? [String] == ["2 invalid UTF-8 byte sequences replaced"])
        #expect(entry?["status"] as? String == "done")
    }
}
