import Archive
import BaocaoTestSupport
import Foundation
import Testing
@testable import Pipeline

/// The pool of worker processes, driven with a stand-in worker (a shell script speaking the
/// same lines as `baocao extract --worker-serve`) that answers each document with its own
/// process id: a worker is kept from one document to the next, replaced after a crash or a
/// hang, and ended after a document that left it larger than the bound.
@Suite struct WorkerPoolTests {
    /// Answers every request with its pid as the one notice; a request naming "crash" aborts
    /// it after a last word on stderr, one naming "hang" sleeps.
    static let script = """
        while IFS= read -r request; do
          case "$request" in
            *crash*) echo "terminate called after throwing an instance of 'std::bad_alloc'" >&2; kill -ABRT $$ ;;
            *hang*) exec sleep 600 ;;
          esac
          printf '{"page":{"done":1,"total":1}}\\n{"done":{"pages":1,"files":[],"notices":["%s"]}}\\n' $$ >&3
        done
        """

    private func extraction(silence: TimeInterval = 20, recycleAbove: Int = WorkerPool.recycleAbove) -> SupervisedExtraction {
        SupervisedExtraction(executable: "/bin/sh", silence: silence, arguments: ["-c", Self.script], recycleAbove: recycleAbove)
    }

    /// The worker's pid a document was read by.
    private func reader(of name: String, _ extraction: SupervisedExtraction) async throws -> String {
        let result = try await extraction.extract(BatchInput(path: "/in/\(name)", outputName: name), sha256: "", progress: { _, _ in })
        return try #require(result.notices.first)
    }

    private func fault(of name: String, _ extraction: SupervisedExtraction) async -> DocumentFault? {
        do {
            _ = try await reader(of: name, extraction)
            return nil
        } catch {
            return error as? DocumentFault
        }
    }

    @Test func oneWorkerReadsTheDocumentsOneAfterAnother() async throws {
        let extraction = extraction()
        defer { extraction.finish() }
        var readers: Set<String> = []
        for number in 1...5 { readers.insert(try await reader(of: "r\(number).txt", extraction)) }
        #expect(readers.count == 1)
    }

    @Test func aWorkerLargerThanTheBoundIsEndedAfterItsDocument() async throws {
        let extraction = extraction(recycleAbove: 1)
        defer { extraction.finish() }
        var readers: [String] = []
        for number in 1...3 { readers.append(try await reader(of: "r\(number).txt", extraction)) }
        #expect(Set(readers).count == 3)
        // Each was ended, not left behind.
        for pid in readers.compactMap({ Int32($0) }) { #expect(kill(pid, 0) != 0) }
    }

    @Test func aCrashFailsItsDocumentAloneAndAFreshWorkerGoesOn() async throws {
        let extraction = extraction()
        defer { extraction.finish() }
        let first = try await reader(of: "r1.txt", extraction)
        let crash = await fault(of: "crash.txt", extraction)
        #expect(crash?.kind == .crash)
        #expect(crash?.description == "crashed: the reader was killed by SIGABRT (terminate called after throwing an instance of 'std::bad_alloc')")
        let next = try await reader(of: "r2.txt", extraction)
        #expect(next != first)
        #expect(try await reader(of: "r3.txt", extraction) == next)
    }

    @Test func aHangIsStoppedAfterTheSilenceAndAFreshWorkerGoesOn() async throws {
        let extraction = extraction(silence: 1)
        defer { extraction.finish() }
        let first = try await reader(of: "r1.txt", extraction)
        let start = Date()
        let hang = await fault(of: "hang.txt", extraction)
        #expect(hang?.kind == .hang)
        // The hang sleeps ten minutes: ending well before that means it was killed, not waited
        // out. The bound leaves room for a loaded machine (once 40 s under a load of 10+),
        // where the awaiting task may be resumed late.
        #expect(Date().timeIntervalSince(start) < 120)
        #expect(kill(Int32(first) ?? 0, 0) != 0)
        #expect(try await reader(of: "r2.txt", extraction) != first)
    }

    @Test func finishingEndsTheKeptWorkers() async throws {
        let extraction = extraction()
        let pid = try #require(Int32(try await reader(of: "r1.txt", extraction)))
        #expect(kill(pid, 0) == 0)
        extraction.finish()
        #expect(kill(pid, 0) != 0)
    }
}
