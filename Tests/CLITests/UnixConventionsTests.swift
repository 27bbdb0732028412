import BaocaoTestSupport
import Foundation
import Testing

/// `baocao` as a Unix tool: "-" and pipes read, one format printed without --out, page ranges
/// that keep the document's numbers, errors that name the problem, --version.
@Suite("Unix conventions")
struct UnixConventionsTests {
    static let sampleText = Fixtures.sample("bao-cao-mau.txt")

    static func object(_ text: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
    }

    @Test("extract - reads stdin and prints the same document a file gives, called -")
    func standardInput() throws {
        let text = try String(contentsOfFile: Self.sampleText, encoding: .utf8)
        let piped = try BaocaoRunner.run(["extract", "-", "--format", "json", "--restore", "off"], stdin: text, timeout: 300)
        let named = try BaocaoRunner.run(["extract", Self.sampleText, "--format", "json", "--restore", "off"], timeout: 300)
        try #require(piped.status == 0 && named.status == 0, "\(piped.stderr) \(named.stderr)")
        // The same bytes, the input called "-" where the file run names its path.
        #expect(piped.stdout == named.stdout.replacingOccurrences(of: "\"\(Self.sampleText)\"", with: "\"-\""))
        let document = try Self.object(piped.stdout)
        #expect((document["source"] as? [String: Any])?["path"] as? String == "-")
        #expect((document["blocks"] as? [Any])?.isEmpty == false)
    }

    @Test("restore - and figures - read stdin")
    func otherCommandsReadStandardInput() throws {
        let restored = try BaocaoRunner.run(["restore", "-"], stdin: "Da tiep nhan 1.234 don\n", timeout: 120)
        #expect(restored.status == 0)
        #expect(restored.stdout == "Đã tiếp nhận 1.234 đơn\n")
        let text = try String(contentsOfFile: Self.sampleText, encoding: .utf8)
        let figures = try BaocaoRunner.run(["figures", "-", "--restore", "off"], stdin: text, timeout: 300)
        #expect(figures.status == 0, "\(figures.stderr)")
        let rows = CSVTable(figures.stdout).records
        #expect(!rows.isEmpty && rows.allSatisfy { $0["doc"] == "-" })
    }

    /// Foundation's `deletingLastPathComponent` traps on a one-character path, and every output
    /// went through it: `figures --csv -` and `--csv a` crashed (signal 4) instead of writing.
    @Test("figures --csv - prints the CSV, and an output named by one character is written")
    func shortOutputNames() throws {
        let folder = try Fixtures.temporaryDirectory()
        let report = "\(folder)/report.txt"
        try Data("Năm 2026, Sở tiếp nhận 146 đơn khiếu nại, đã giải quyết 120 đơn.\n".utf8).write(to: URL(fileURLWithPath: report))
        let printed = try BaocaoRunner.run(["figures", report, "--restore", "off"], timeout: 120)
        let dash = try BaocaoRunner.run(["figures", report, "--csv", "-", "--restore", "off"], timeout: 120)
        try #require(printed.status == 0 && dash.status == 0, "\(printed.stderr) \(dash.stderr)")
        #expect(dash.stdout == printed.stdout)
        #expect(CSVTable(dash.stdout).records.map { $0["value"] } == ["146", "120"])
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/-"))
        let named = try BaocaoRunner.run(["figures", "report.txt", "--csv", "a", "--restore", "off"], timeout: 120, directory: folder)
        try #require(named.status == 0, "\(named.stderr)")
        #expect(named.stdout.isEmpty)
        // The same rows, the report named as it was given.
        let written = try String(contentsOfFile: "\(folder)/a", encoding: .utf8)
        #expect(written == printed.stdout.replacingOccurrences(of: report, with: "report.txt"))
    }

    @Test("--xlsx - writes the workbook to standard output, never a file named -")
    func workbookToStandardOutput() throws {
        let folder = try Fixtures.temporaryDirectory()
        try Data("Năm 2026, Sở tiếp nhận 146 đơn khiếu nại, đã giải quyết 120 đơn.\n".utf8)
            .write(to: URL(fileURLWithPath: "\(folder)/report.txt"))
        let workbook = try BaocaoRunner.run(
            ["figures", "report.txt", "--xlsx", "-", "--csv", "f.csv", "--restore", "off"], timeout: 120, directory: folder)
        try #require(workbook.status == 0, "\(workbook.stderr)")
        // A zip archive (the xlsx container), and the CSV went to the file named.
        #expect(workbook.stdoutData.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/-"))
        let csv = try String(contentsOfFile: "\(folder)/f.csv", encoding: .utf8)
        #expect(CSVTable(csv).records.map { $0["value"] } == ["146", "120"])
        // Only the workbook is printed: no CSV follows it on standard output (the same size:
        // the bytes may differ by the zip entries' times).
        let alone = try BaocaoRunner.run(["figures", "report.txt", "--xlsx", "-", "--restore", "off"], timeout: 120, directory: folder)
        #expect(alone.status == 0 && alone.stdoutData.count == workbook.stdoutData.count, "\(alone.stderr)")
        #expect(!alone.stdout.contains("146"))
        let both = try BaocaoRunner.run(["figures", "report.txt", "--xlsx", "-", "--csv", "-"], timeout: 120, directory: folder)
        #expect(both.status == 64 && both.stderr.contains("both ask for standard output"), "\(both.stderr)")
        // merge names its outputs the same way.
        let merged = try BaocaoRunner.run(["merge", "f.csv", "--csv", "-"], timeout: 60, directory: folder)
        #expect(merged.status == 0 && CSVTable(merged.stdout).records.map { $0["value"] } == ["146", "120"], "\(merged.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/-"))
    }

    @Test("a named pipe given as input is read, not refused")
    func namedPipe() throws {
        let folder = try Fixtures.temporaryDirectory()
        let fifo = "\(folder)/report.txt"
        try #require(mkfifo(fifo, 0o600) == 0)
        let text = try String(contentsOfFile: Self.sampleText, encoding: .utf8)
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: fifo) {
                handle.write(Data(text.utf8))
                try? handle.close()
            }
        }
        writer.start()
        let result = try BaocaoRunner.run(["extract", fifo, "--restore", "off"], timeout: 300)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("BÁO CÁO"))
    }

    @Test("--pages reads the pages asked for and keeps their numbers")
    func pageRanges() throws {
        let all = try BaocaoRunner.run(["extract", Self.sampleText, "--restore", "off"], timeout: 300)
        let some = try BaocaoRunner.run(
            ["extract", Self.sampleText, "--restore", "off", "--pages", "2-3", "--format", "pages"], timeout: 300)
        let text = try BaocaoRunner.run(["extract", Self.sampleText, "--restore", "off", "--pages", "2-3"], timeout: 300)
        try #require(all.status == 0 && some.status == 0 && text.status == 0, "\(some.stderr)")
        let pages = try #require(try Self.object(some.stdout)["pages"] as? [[String: Any]])
        #expect(pages.compactMap { $0["number"] as? Int } == [2, 3])
        let allPages = all.stdout.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        #expect(text.stdout == allPages[1] + "\u{0C}" + allPages[2] + "\u{0C}")
        let past = try BaocaoRunner.run(["extract", Self.sampleText, "--pages", "40-"], timeout: 120)
        #expect(past.status == 1)
        #expect(past.stderr.contains("--pages 40- selects none of the document's"))
        let malformed = try BaocaoRunner.run(["extract", Self.sampleText, "--pages", "3-1"], timeout: 60)
        #expect(malformed.status == 64 && malformed.stderr.contains("--pages"))
    }

    @Test("errors name the problem: unknown option, --shards without an index, formats without --out")
    func errorsNameTheProblem() throws {
        let unknown = try BaocaoRunner.run(["extract", Self.sampleText, "--bogus", "1-2"], timeout: 60)
        #expect(unknown.status == 64 && unknown.stderr.contains("Unknown option '--bogus'"))
        let shards = try BaocaoRunner.run(
            ["extract", Self.sampleText, "--out", try Fixtures.temporaryDirectory(), "--shards", "4"],
            environment: ["JOB_COMPLETION_INDEX": "", "SLURM_ARRAY_TASK_ID": ""], timeout: 60)
        #expect(shards.status == 64 && shards.stderr.contains("JOB_COMPLETION_INDEX"), "\(shards.stderr)")
        let formats = try BaocaoRunner.run(["extract", Self.sampleText, "--format", "json,md"], timeout: 60)
        #expect(formats.status == 64 && formats.stderr.contains("give --out DIR for json,md"))
    }

    @Test("--version names the build")
    func version() throws {
        let result = try BaocaoRunner.run(["--version"], timeout: 60)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("baocao ") && result.stdout.count > "baocao \n".count)
        #expect(!result.stdout.contains("unknown"))
    }
}
