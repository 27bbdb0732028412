import Foundation
import Ingest
import Output
import Testing
@testable import Pipeline

/// The batch's own handling of faults: a manifest whose last line was torn, and an input
/// that disappears between the listing of a directory and its reading.
@Suite struct BatchFaultTests {
    private func directory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-batch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    private func entry(_ input: String) -> ManifestEntry {
        ManifestEntry(input: input, size: 10, sha256: "ab", options: "o", status: .done, outputs: ["\(input).txt"])
    }

    @Test func aLineTornByAFullDiskNeverTakesTheNextEntryWithIt() throws {
        let out = try directory()
        let full = try RunManifest(directory: out, disk: DiskSpaceFault(bytes: 40))
        #expect(throws: OutputError.self) { try full.record(entry("/in/bao-cao-1.pdf")) }
        #expect(full.entry(for: "/in/bao-cao-1.pdf") == nil)
        // Space freed: a new run records after the torn fragment, on a line of its own.
        let freed = try RunManifest(directory: out, disk: DiskSpaceFault(bytes: nil))
        try freed.record(entry("/in/bao-cao-2.pdf"))
        let reread = try RunManifest(directory: out)
        #expect(reread.isDone("/in/bao-cao-2.pdf", size: 10, sha256: "ab", options: "o"))
        #expect(reread.entry(for: "/in/bao-cao-1.pdf") == nil)
    }

    @Test func aLineTornByAKillIsLeftBehindTheSameWay() throws {
        let out = try directory()
        let path = "\(out)/\(RunManifest.fileName)"
        try Data("{\"input\":\"/in/bao-cao-1.pdf\",\"si".utf8).write(to: URL(fileURLWithPath: path))
        try RunManifest(directory: out).record(entry("/in/bao-cao-3.pdf"))
        #expect(try RunManifest(directory: out).entry(for: "/in/bao-cao-3.pdf") == entry("/in/bao-cao-3.pdf"))
    }

    /// Events in the order the batch gave them.
    final class EventLog: @unchecked Sendable {
        private let lock = NSLock()
        private var failures: [String: String] = [:]
        func handle(_ event: BatchEvent) {
            if case .failed(let input, let error) = event { lock.withLock { failures[input.path] = "\(error)" } }
        }
        var failed: [String: String] { lock.withLock { failures } }
    }

    @Test func anInputDeletedAfterListingFailsAloneAndIsRetried() async throws {
        let inputs = try directory(), out = try directory()
        for number in 1...3 {
            try Data("BÁO CÁO SỐ \(number)\nĐã tiếp nhận \(number) đơn.\n".utf8)
                .write(to: URL(fileURLWithPath: "\(inputs)/bao-cao-\(number).txt"))
        }
        let listed = InputExpander.expand([inputs]).inputs
        let gone = "\(inputs)/bao-cao-2.txt"
        try FileManager.default.removeItem(atPath: gone)
        let runner = BatchRunner(
            extractor: Extractor(ingest: IngestOptions(ocr: .never), pool: OCRWorkerPool(workers: 1, language: "vie")),
            formats: [.txt], directory: out, fingerprint: "test", documents: 2)
        let log = EventLog()
        let first = await runner.run(listed, manifest: try RunManifest(directory: out), onEvent: log.handle)
        #expect((first.done, first.failed) == (2, 1))
        #expect(log.failed == [gone: "no such file"])
        #expect(try RunManifest(directory: out).entry(for: gone)?.error == "no such file")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted()
            == ["bao-cao-1.txt", "bao-cao-3.txt", "manifest.jsonl"])

        // Back again: the re-run reads it and skips the two that were done.
        try Data("BÁO CÁO SỐ 2\n".utf8).write(to: URL(fileURLWithPath: gone))
        let second = await runner.run(listed, manifest: try RunManifest(directory: out), onEvent: log.handle)
        #expect((second.done, second.skipped, second.failed) == (1, 2, 0))
    }
}
