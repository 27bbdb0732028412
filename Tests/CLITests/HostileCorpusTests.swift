import BaocaoTestSupport
import Foundation
import Testing

/// baocao over Tests/Fixtures/hostile (written by scripts/make-hostile.py): truncated,
/// bit-flipped and hand-made malicious PDFs and images. Every file must end in complete
/// outputs or in exactly one `baocao: FILE: problem` line; the process must never die of a
/// signal, never leave a partial or temporary file, and never hang.
@Suite struct HostileCorpusTests {
    static let corpus = Fixtures.fixture("hostile")

    /// A run that has not ended by then is hung on some input, not slow: the files are read by
    /// worker processes, stopped after 1.5 × --page-timeout (15 s) without a page; the two
    /// drawings that fan out to 10^9 fills are refused from their operator count.
    static let hangLimit: TimeInterval = 300

    /// Peak resident memory the corpus may take: the limits (pixels, image sides, text per
    /// page) bound every decode and render well below this.
    static let memoryCapMegabytes = 1024

    struct Run {
        var reason: Process.TerminationReason
        var status: Int32
        var stderr: [String]
        /// The largest peak RSS of any child this test process has waited for so far (the
        /// kernel keeps no per-child figure once it is reaped): an upper bound on this run's.
        var peakMegabytes: Int
    }

    private static func extract(_ corpus: String, out: String) throws -> Run {
        let process = Process()
        process.executableURL = BaocaoRunner.executable
        // Whatever still hangs is stopped after 1.5 × --page-timeout.
        process.arguments = ["extract", corpus, "--out", out, "--ocr", "never", "--jobs", "2", "--quiet", "--page-timeout", "10"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let watchdog = BaocaoRunner.Watchdog(pid: process.processIdentifier, after: hangLimit)
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        let end = ChildExit.wait(for: process)
        if watchdog.stop() { Issue.record("baocao did not finish the hostile corpus in \(Int(hangLimit)) s") }
        let lines = String(decoding: stderr, as: UTF8.self).split(separator: "\n").map(String.init)
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return Run(reason: end.reason, status: end.status, stderr: lines,
                   peakMegabytes: usage.ru_maxrss / 1024)
    }

    private struct Entry: Decodable {
        var input: String
        var status: String
        var error: String?
        var outputs: [String]
    }

    @Test func everyHostileFileEndsInOutputsOrOneErrorLine() throws {
        let inputs = try FileManager.default.contentsOfDirectory(atPath: Self.corpus).filter { !$0.hasPrefix(".") }
        #expect(inputs.count >= 300)
        let out = try Fixtures.temporaryDirectory()
        let run = try Self.extract(Self.corpus, out: out)
        #expect(run.reason == .exit, "baocao died of signal \(run.status)")
        #expect(run.status == 0 || run.status == 1)
        #expect(run.peakMegabytes < Self.memoryCapMegabytes, "peak RSS \(run.peakMegabytes) MB")

        let manifest = try String(contentsOfFile: "\(out)/manifest.jsonl", encoding: .utf8)
        let entries = try manifest.split(separator: "\n").map { try JSONDecoder().decode(Entry.self, from: Data($0.utf8)) }
        #expect(Set(entries.map { ($0.input as NSString).lastPathComponent }) == Set(inputs))
        var expectedFiles: Set<String> = ["manifest.jsonl"]
        for entry in entries {
            let said = run.stderr.filter { $0.hasPrefix("baocao: \(entry.input): ") }
            if entry.status == "failed" {
                #expect(said.count == 1, "\(entry.input): \(said)")
                #expect(entry.outputs.isEmpty && entry.error?.isEmpty == false)
            } else {
                #expect(entry.status == "done")
                #expect(!entry.outputs.isEmpty)
                expectedFiles.formUnion(entry.outputs)
            }
        }
        #expect(entries.contains { $0.status == "failed" } && entries.contains { $0.status == "done" })
        // Every line on stderr is one of baocao's: what libpng and libjpeg print about a broken
        // image is caught and folded into that file's error line, never left naming nothing.
        let stray = run.stderr.filter { !$0.hasPrefix("baocao: ") }
        #expect(stray.isEmpty, "\(stray.prefix(5))")
        // Nothing else in the directory: no temporary file, no output of a failed input.
        let written = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(Set(written) == expectedFiles)
        for name in written where name.hasSuffix(".json") {
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(out)/\(name)"))
            #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(name) is not whole JSON")
        }
    }

    @Test func limitsAreReportedAsOneLineNamingTheirFlag() throws {
        let out = try Fixtures.temporaryDirectory()
        let cases = [
            ("hand-many-pages.pdf", "the document has 6000 pages, more than the limit of 5000 (--max-pages)"),
            ("hand-mediabox-200in.pdf", "page 1: page of 14401×842 points exceeds 14400 points a side (--max-page-size)"),
            ("long-line.txt", "exceeds the limit of 1000000 (--max-text-per-page)"),
            ("tiff-second-page-bomb.tiff", "image of 100000×100000 pixels exceeds 32000 pixels a side (--max-image-side)"),
            // Sizes a check of the dictionary's plain "/Width N" missed: what the decoder will decode.
            ("r2-width-indirect.pdf", "image of 100000×100000 pixels exceeds 32000 pixels a side (--max-image-side)"),
            ("r2-name-escape.pdf", "image of 100000×100000 pixels exceeds 32000 pixels a side (--max-image-side)"),
            ("r2-form-feed.pdf", "image of 100000×100000 pixels exceeds 32000 pixels a side (--max-image-side)"),
            ("r2-inline-image.pdf", "image of 60000×60000 pixels exceeds 32000 pixels a side (--max-image-side)"),
            ("r2-dct-header-lies.pdf", "image of 60000×60000 pixels exceeds 32000 pixels a side (--max-image-side)"),
            // Inline images the raw bytes do not show, and a drawing counted before poppler runs it.
            ("r3-inline-image-flate.pdf", "image of 60000×60000 pixels exceeds 32000 pixels a side (--max-image-side)"),
            ("r3-inline-image-in-form.pdf", "image of 60000×60000 pixels exceeds 32000 pixels a side (--max-image-side)"),
            ("r2-form-fan-out.pdf", "page 1: its drawing runs more than 50000000 operators (forms drawn inside forms); refused rather than drawn"),
        ]
        for (name, message) in cases {
            let input = "\(Self.corpus)/\(name)"
            let result = try BaocaoRunner.run(["extract", input, "--out", out, "--ocr", "auto", "--restore", "off", "--quiet"])
            #expect(result.status == 1)
            let lines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("baocao: \(input): ") }
            #expect(lines.count == 1 && lines[0].hasSuffix(message), "\(result.stderr)")
        }
        let raised = try BaocaoRunner.run([
            "extract", "\(Self.corpus)/hand-many-pages.pdf", "--out", out, "--ocr", "never", "--restore", "off", "--quiet",
            "--max-pages", "6000",
        ])
        #expect(raised.status == 0)
    }

    /// poppler keeps 50,000 tiny glyphs of a page and drops the rest: the run says so in a
    /// note (not an error) naming the file and the page, and the manifest keeps it.
    @Test func aPageCutAtPopplersGlyphCapIsANote() throws {
        let out = try Fixtures.temporaryDirectory()
        let input = "\(Self.corpus)/r3-tiny-glyphs.pdf"
        let result = try BaocaoRunner.run(["extract", input, "--out", out, "--ocr", "never", "--restore", "off", "--quiet"])
        #expect(result.status == 0)
        let note = "page 1: poppler keeps at most 50000 tiny glyphs (under 3 points) of a page and dropped the rest; "
            + "the page's text is incomplete"
        #expect(result.stderr == "baocao: note: \(input): \(note)\n")
        #expect(try ManifestLine.latest(in: out)["r3-tiny-glyphs.pdf"]?.notices == [note])
    }

    @Test func limitFlagsOutOfRangeAreUsageErrors() throws {
        let cases = [
            ("--page-timeout", "0"), ("--max-pages", "0"), ("--max-text-per-page", "-1"), ("--max-image-side", "0"),
            ("--max-page-size", "nan"), ("--max-megapixels", "99999999999999"),
        ]
        for (flag, value) in cases {
            let result = try BaocaoRunner.run(["extract", Fixtures.sample("bao-cao-mau.txt"), flag, value])
            #expect(result.status == 64, "\(flag) \(value)")
            #expect(result.stderr.contains(flag), "\(result.stderr)")
        }
    }
}
