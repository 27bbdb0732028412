import Archive
import BaocaoTestSupport
import Foundation
import Ingest
import Locking
import Testing
@testable import Pipeline

/// The batch's own handling of faults: an input that disappears between the listing of a
/// directory and its reading.
@Suite struct BatchFaultTests {
    /// Events in the order the batch gave them.
    final class EventLog: Sendable {
        private let failures = Locked<[String: String]>([:])
        func handle(_ event: BatchEvent) {
            if case .failed(let input, let error) = event { failures.withLock { $0[input.path] = "\(error)" } }
        }
        var failed: [String: String] { failures.withLock { $0 } }
    }

    @Test func anInputDeletedAfterListingFailsAloneAndIsRetried() async throws {
        let inputs = try Fixtures.temporaryDirectory(), out = try Fixtures.temporaryDirectory()
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
