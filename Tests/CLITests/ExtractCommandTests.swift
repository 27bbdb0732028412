import BaocaoTestSupport
import Foundation
import Testing

@Suite struct ExtractCommandTests {
    @Test func oneInputPrintsPageTextWithFormFeeds() throws {
        let result = try BaocaoRunner.run(["extract", Fixtures.sample("bao-cao-mau.pdf")])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.filter { $0 == "\u{0C}" }.count == 4)
        #expect(result.stdout.contains("BÁO CÁO"))
        #expect(result.stdout.contains("Nghị quyết số 25-NQ/TW"))
    }

    @Test func textInputPassesThrough() throws {
        let result = try BaocaoRunner.run(["extract", Fixtures.sample("bao-cao-mau.txt")])
        #expect(result.status == 0)
        let pages = result.stdout.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        #expect(pages.count == 5)  // four pages, each ended by a form feed
    }

    @Test func badInputsAreReportedAndTheOthersStillFinish() throws {
        let out = try Fixtures.temporaryDirectory()
        let notPDF = (out as NSString).appendingPathComponent("input-khong-phai.pdf")
        try Data("văn bản thường".utf8).write(to: URL(fileURLWithPath: notPDF))
        let result = try BaocaoRunner.run([
            "extract", "/khong/co/bao-cao.pdf", notPDF, Fixtures.fixture("encrypted.pdf"),
            Fixtures.sample("bao-cao-mau.pdf"), "--out", out, "--format", "txt,pages", "--quiet",
        ])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("baocao: /khong/co/bao-cao.pdf: no such file"))
        #expect(lines.contains { $0.hasPrefix("baocao: \(notPDF): ") && $0.contains("%PDF") })
        #expect(lines.contains { $0.hasPrefix("baocao: \(Fixtures.fixture("encrypted.pdf")): ") && $0.contains("--password") })
        #expect(lines.count == 3)
        // The good input is complete; nothing half-written or temporary is left behind.
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(files == ["bao-cao-mau.pages.json", "bao-cao-mau.txt", "input-khong-phai.pdf", "manifest.jsonl"])
        let pages = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: (out as NSString).appendingPathComponent("bao-cao-mau.pages.json"))))
        #expect((pages as? [String: Any])?["schema"] as? String == "baocao.pages/1")
    }

    @Test func encryptedPDFOpensWithItsPassword() throws {
        let result = try BaocaoRunner.run(["extract", Fixtures.fixture("encrypted.pdf"), "--password", "mat-khau"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("BÁO CÁO"))
    }

    @Test func unknownFormatIsAUsageError() throws {
        let result = try BaocaoRunner.run(["extract", Fixtures.sample("bao-cao-mau.pdf"), "--out", "/tmp", "--format", "docx"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown format 'docx'"))
    }

    @Test func formatsAreNamedAsUsersWriteThem() throws {
        let out = try Fixtures.temporaryDirectory()
        let result = try BaocaoRunner.run(
            ["extract", Fixtures.sample("bao-cao-mau.txt"), "--out", out, "--format", "Markdown, JSON,pages.json,text"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(files == ["bao-cao-mau.json", "bao-cao-mau.md", "bao-cao-mau.pages.json", "bao-cao-mau.txt", "manifest.jsonl"])
        let empty = try BaocaoRunner.run(["extract", Fixtures.sample("bao-cao-mau.txt"), "--out", out, "--format", ","])
        #expect(empty.status == 64)
        #expect(empty.stderr.contains("xlsx, html"))
    }

    @Test func severalInputsNeedAnOutputDirectory() throws {
        let result = try BaocaoRunner.run(["extract", Fixtures.sample("bao-cao-mau.pdf"), Fixtures.sample("bao-cao-mau.txt")])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--out"))
    }
}
