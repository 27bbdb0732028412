import BaocaoTestSupport
import Foundation
import Testing

/// Faults in the middle of a batch: the output disk fills up, the manifest cannot be
/// written, one input cannot be read, an input is a pipe or a device. Each document ends in
/// complete outputs or in one error line and a `failed` manifest entry, nothing partial is
/// left, and a re-run once the fault is gone does exactly what is missing.
/// The disk and read faults are simulated through the test hooks `DiskSpaceFault` and
/// `InputReadFault` (environment variables); scripts/full-disk.sh does it on a real tmpfs.
@Suite struct FaultTests {
    static let timeout: TimeInterval = 120

    /// Four short reports, written by the test, and the arguments of a sequential batch.
    private func makeBatch() throws -> (inputs: String, out: String, arguments: [String]) {
        let (inputs, out) = try Fixtures.batchFolder(
            [
                "bao-cao-1.txt": "BÁO CÁO SỐ 1\nTrong kỳ đã tiếp nhận 10 đơn, giải quyết 7 đơn.\n",
                "bao-cao-2.txt": "BÁO CÁO SỐ 2\nTrong kỳ đã tiếp nhận 20 đơn, giải quyết 14 đơn.\n",
                "bao-cao-3.txt": "BÁO CÁO SỐ 3\nTrong kỳ đã tiếp nhận 30 đơn, giải quyết 21 đơn.\n",
                "bao-cao-4.txt": "BÁO CÁO SỐ 4\nTrong kỳ đã tiếp nhận 40 đơn, giải quyết 28 đơn.\n",
            ])
        // One document at a time, so the order in which the disk fills is the inputs' order.
        let arguments = ["extract", inputs, "--out", out, "--format", "txt,json", "--restore", "off", "--jobs", "1"]
        return (inputs, out, arguments)
    }

    private func manifest(_ out: String) throws -> [String: ManifestLine] {
        try ManifestLine.latest(in: out)
    }

    private func files(_ directory: String) throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: directory))
    }

    private func bytes(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    @Test func fullDiskFailsTheDocumentsItHitsAndARerunCompletesThem() throws {
        let batch = try makeBatch()
        // The same batch on a disk with room, to learn how many bytes each output takes.
        let reference = try Fixtures.temporaryDirectory()
        var referenceArguments = batch.arguments
        referenceArguments[3] = reference
        #expect(try BaocaoRunner.run(referenceArguments, timeout: Self.timeout).status == 0)
        // Room for the first document and for half of the second one's JSON.
        let free = bytes("\(reference)/bao-cao-1.txt") + bytes("\(reference)/bao-cao-1.json")
            + bytes("\(reference)/bao-cao-2.txt") + bytes("\(reference)/bao-cao-2.json") / 2

        let full = try BaocaoRunner.run(
            batch.arguments, environment: ["BAOCAO_FAULT_ENOSPC_AFTER": "\(free)"], timeout: Self.timeout)
        #expect(full.status == 1 && !full.timedOut)
        // Every document was attempted: the three the disk refused each have one line naming it.
        for (number, output) in [(2, "json"), (3, "txt"), (4, "txt")] {
            let lines = full.stderr.split(separator: "\n").filter { $0.hasPrefix("baocao: \(batch.inputs)/bao-cao-\(number).txt: ") }
            #expect(lines == ["baocao: \(batch.inputs)/bao-cao-\(number).txt: cannot write \(batch.out)/bao-cao-\(number).\(output): No space left on device"])
        }
        #expect(full.stderr.contains("4 documents: 1 done, 0 already done, 3 failed"))
        // Nothing partial: no temporary file, and not the second document's TXT without its JSON.
        #expect(try files(batch.out) == ["manifest.jsonl", "bao-cao-1.txt", "bao-cao-1.json"])
        let entries = try manifest(batch.out)
        #expect(entries["bao-cao-1.txt"]?.status == "done")
        for number in 2...4 {
            #expect(entries["bao-cao-\(number).txt"]?.status == "failed")
            #expect(entries["bao-cao-\(number).txt"]?.error?.hasSuffix("No space left on device") == true)
        }

        // Space freed: the re-run writes the three that failed and leaves the first alone.
        let rerun = try BaocaoRunner.run(batch.arguments, timeout: Self.timeout)
        #expect(rerun.status == 0)
        #expect(rerun.stderr.contains("4 documents: 3 done, 1 already done, 0 failed"))
        for number in 1...4 {
            for format in ["txt", "json"] {
                let name = "bao-cao-\(number).\(format)"
                #expect(try Data(contentsOf: URL(fileURLWithPath: "\(batch.out)/\(name)")).count == bytes("\(reference)/\(name)"))
            }
        }
        #expect(try manifest(batch.out).values.allSatisfy { $0.status == "done" })
    }

    @Test func aManifestThatCannotBeWrittenIsReportedAndTheRunFails() throws {
        let batch = try makeBatch()
        // The manifest's disk fills in the middle of its first line.
        let full = try BaocaoRunner.run(
            batch.arguments, environment: ["BAOCAO_FAULT_MANIFEST_ENOSPC_AFTER": "100"], timeout: Self.timeout)
        #expect(full.status == 1 && !full.timedOut)
        for number in 1...4 {
            #expect(full.stderr.contains(
                "baocao: \(batch.out)/manifest.jsonl: cannot record \(batch.inputs)/bao-cao-\(number).txt: No space left on device"))
        }
        #expect(full.stderr.contains("4 documents: 4 done, 0 already done, 0 failed, 4 not recorded in the manifest"))
        #expect(try manifest(batch.out).isEmpty)

        // Nothing was recorded, so the re-run does everything; its first line starts on a line
        // of its own after the torn one, so a third run finds all four done.
        let rerun = try BaocaoRunner.run(batch.arguments, timeout: Self.timeout)
        #expect(rerun.status == 0)
        #expect(rerun.stderr.contains("4 documents: 4 done, 0 already done, 0 failed"))
        let third = try BaocaoRunner.run(batch.arguments, timeout: Self.timeout)
        #expect(third.stderr.contains("4 documents: 0 done, 4 already done, 0 failed"))
    }

    @Test func aReadErrorFailsOneInputAndTheRerunRetriesIt() throws {
        let batch = try makeBatch()
        let broken = "\(batch.inputs)/bao-cao-2.txt"
        let first = try BaocaoRunner.run(
            batch.arguments, environment: ["BAOCAO_FAULT_EIO_INPUT": "bao-cao-2.txt"], timeout: Self.timeout)
        #expect(first.status == 1)
        let lines = first.stderr.split(separator: "\n").filter { !$0.contains(" documents: ") }
        #expect(lines == ["baocao: \(broken): cannot read the file: Input/output error"])
        #expect(first.stderr.contains("4 documents: 3 done, 0 already done, 1 failed"))
        let entries = try manifest(batch.out)
        #expect(entries["bao-cao-2.txt"]?.status == "failed")
        #expect(entries["bao-cao-2.txt"]?.error == "cannot read the file: Input/output error")
        let written = Set(["manifest.jsonl"] + [1, 3, 4].flatMap { ["bao-cao-\($0).txt", "bao-cao-\($0).json"] })
        #expect(try files(batch.out) == written)

        let rerun = try BaocaoRunner.run(batch.arguments, timeout: Self.timeout)
        #expect(rerun.status == 0)
        #expect(rerun.stderr.contains("4 documents: 1 done, 3 already done, 0 failed"))
        #expect(FileManager.default.fileExists(atPath: "\(batch.out)/bao-cao-2.json"))
    }

    @Test func pipesInFoldersAndDevicesAreRefusedWithoutWaiting() throws {
        let batch = try makeBatch()
        // A named pipe with a document's name: opening it to read would wait for a writer forever.
        let pipe = "\(batch.inputs)/bao-cao-5.txt"
        #expect(mkfifo(pipe, 0o644) == 0)
        let result = try BaocaoRunner.run(batch.arguments + ["/dev/zero"], timeout: 60)
        #expect(!result.timedOut)
        #expect(result.status == 1)
        #expect(result.stderr.contains("baocao: \(pipe): cannot read the file: it is a named pipe (FIFO), not a regular file\n"))
        #expect(result.stderr.contains("baocao: /dev/zero: cannot read the file: it is a device, not a regular file\n"))
        #expect(result.stderr.contains("6 documents: 4 done, 0 already done, 2 failed"))
        #expect(try manifest(batch.out)["bao-cao-5.txt"]?.status == "failed")

        // One device printed to stdout: the same refusal. (A pipe named on the command line is
        // read, as `cat` reads it: UnixConventionsTests.)
        let alone = try BaocaoRunner.run(["extract", "/dev/zero"], timeout: 60)
        #expect(!alone.timedOut)
        #expect(alone.status == 1)
        #expect(alone.stderr == "baocao: /dev/zero: cannot read the file: it is a device, not a regular file\n")
        let figures = try BaocaoRunner.run(["figures", "/dev/zero"], timeout: 60)
        #expect(!figures.timedOut && figures.status == 1)
        #expect(figures.stderr == "baocao: /dev/zero: cannot read the file: it is a device, not a regular file\n")
    }

    @Test func anOutputFolderThatCannotBeMadeIsOneLineNamingIt() throws {
        let batch = try makeBatch()
        try FileManager.default.createDirectory(atPath: "\(batch.inputs)/2025", withIntermediateDirectories: true)
        try Data("BÁO CÁO QUÝ 1\n".utf8).write(to: URL(fileURLWithPath: "\(batch.inputs)/2025/quy-1.txt"))
        // A file where the mirrored folder must go.
        try FileManager.default.createDirectory(atPath: batch.out, withIntermediateDirectories: true)
        try Data().write(to: URL(fileURLWithPath: "\(batch.out)/2025"))
        let result = try BaocaoRunner.run(batch.arguments + ["--quiet"], timeout: Self.timeout)
        #expect(result.status == 1)
        // Folders are made one by one (none through a link), so the reason is said plainly.
        #expect(result.stderr == "baocao: \(batch.inputs)/2025/quy-1.txt: cannot write \(batch.out)/2025: it is not a folder\n")
        #expect(try manifest(batch.out)["quy-1.txt"]?.error == "cannot write \(batch.out)/2025: it is not a folder")
    }

    @Test func changedLimitsRunTheDocumentsAgain() throws {
        let batch = try makeBatch()
        #expect(try BaocaoRunner.run(batch.arguments, timeout: Self.timeout).status == 0)
        let same = try BaocaoRunner.run(batch.arguments, timeout: Self.timeout)
        #expect(same.stderr.contains("4 documents: 0 done, 4 already done, 0 failed"))
        for flags in [["--max-pages", "60"], ["--max-text-per-page", "5000"], ["--max-image-side", "9000"],
                      ["--max-page-size", "3000"], ["--page-timeout", "30"]] {
            // Each time after a run with the defaults, so the one flag is the only change.
            _ = try BaocaoRunner.run(batch.arguments, timeout: Self.timeout)
            let changed = try BaocaoRunner.run(batch.arguments + flags, timeout: Self.timeout)
            #expect(changed.stderr.contains("4 documents: 4 done, 0 already done, 0 failed"), "\(flags)")
        }
    }
}
