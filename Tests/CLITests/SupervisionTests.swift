import BaocaoTestSupport
import Foundation
import Testing

/// Each document of a batch is read by a child process: one that crashes or hangs is
/// recorded as failed with its reason, the others are done, and a re-run does not meet it
/// again unless asked. The crash and the hang are simulated by the test hooks of `WorkerFault`.
@Suite struct SupervisionTests {

    private func batch() throws -> (inputs: String, out: String) {
        try Fixtures.batchFolder(
            [
                "r1.txt": "BÁO CÁO SỐ 1\nTrong kỳ đã tiếp nhận 10 đơn.\n",
                "r2.txt": "BÁO CÁO SỐ 2\nTrong kỳ đã tiếp nhận 20 đơn.\n",
                "r3.txt": "BÁO CÁO SỐ 3\nTrong kỳ đã tiếp nhận 30 đơn.\n",
                "r4.txt": "BÁO CÁO SỐ 4\nTrong kỳ đã tiếp nhận 40 đơn.\n",
            ])
    }

    private func manifest(_ out: String) throws -> [String: ManifestLine] {
        try ManifestLine.latest(in: out)
    }

    @Test func aCrashAndAHangFailTheirDocumentsAloneAndAreNotRetriedUnlessAsked() throws {
        let batch = try batch()
        let arguments = ["extract", batch.inputs, "--out", batch.out, "--restore", "off", "--page-timeout", "2"]
        let faults = ["BAOCAO_FAULT_CRASH_INPUT": "r2.txt", "BAOCAO_FAULT_HANG_INPUT": "r3.txt"]
        let start = Date()
        let first = try BaocaoRunner.run(arguments, environment: faults, timeout: 60)
        #expect(first.status == 1 && !first.timedOut)
        // The hang is stopped after 1.5 × --page-timeout, not left to the test's watchdog.
        #expect(Date().timeIntervalSince(start) < 30)
        #expect(first.stderr.contains("baocao: \(batch.inputs)/r2.txt: crashed: the reader was killed by SIGABRT\n"))
        #expect(first.stderr.contains("baocao: \(batch.inputs)/r3.txt: stopped: nothing read for 3 s (1.5 × --page-timeout)"))
        #expect(first.stderr.contains("4 documents: 2 done, 0 already done, 2 failed"))
        // One line per failure: no backtrace of the child's crash.
        #expect(!first.stderr.contains("Backtracing"))
        var entries = try manifest(batch.out)
        #expect(entries["r1.txt"]?.status == "done" && entries["r4.txt"]?.status == "done")
        #expect(entries["r2.txt"]?.status == "failed" && entries["r2.txt"]?.fault == "crash")
        #expect(entries["r3.txt"]?.status == "failed" && entries["r3.txt"]?.fault == "hang")
        let outputs = Set(try FileManager.default.contentsOfDirectory(atPath: batch.out))
        #expect(outputs == ["manifest.jsonl", "r1.txt", "r1.json", "r4.txt", "r4.json"])

        // The same faults again: nothing is run, so nothing crashes or hangs; still a failure.
        let second = try BaocaoRunner.run(arguments, environment: faults, timeout: 60)
        #expect(second.status == 1)
        #expect(second.stderr.contains("baocao: note: \(batch.inputs)/r2.txt: skipped, it failed the last run (crashed"))
        #expect(second.stderr.contains("0 done, 2 already done, 0 failed, 2 skipped (crashed or hung before)"))

        // Asked to retry, with the faults gone: everything is done.
        let third = try BaocaoRunner.run(arguments + ["--retry-failed"], timeout: 60)
        #expect(third.status == 0)
        #expect(third.stderr.contains("2 done, 2 already done, 0 failed"))
        entries = try manifest(batch.out)
        #expect(entries.values.allSatisfy { $0.status == "done" && $0.fault == nil })
    }

    /// SIGTERM to the batch alone (not its process group) takes its document children too.
    @Test func childrenEndWithTheirBatch() throws {
        let batch = try batch()
        let process = Process()
        process.executableURL = BaocaoRunner.executable
        process.arguments = ["extract", "\(batch.inputs)/r1.txt", "--out", batch.out, "--restore", "off"]
        process.environment = ProcessInfo.processInfo.environment.merging(["BAOCAO_FAULT_HANG_INPUT": "r1.txt"]) { $1 }
        process.standardError = FileHandle.nullDevice
        try process.run()
        var children: [Int32] = []
        for _ in 0..<100 where children.isEmpty {
            usleep(100_000)
            // Each thread lists the children it started; the supervising thread is not the main one.
            let tasks = "/proc/\(process.processIdentifier)/task"
            for task in (try? FileManager.default.contentsOfDirectory(atPath: tasks)) ?? [] {
                let listed = (try? String(contentsOfFile: "\(tasks)/\(task)/children", encoding: .utf8)) ?? ""
                children += listed.split(separator: " ").compactMap { Int32($0) }
            }
        }
        #expect(children.count == 1)
        process.terminate()
        _ = ChildExit.wait(for: process)
        var gone = false
        for _ in 0..<50 where !gone {
            usleep(100_000)
            gone = children.allSatisfy { kill($0, 0) != 0 }
        }
        #expect(gone)
    }
}
