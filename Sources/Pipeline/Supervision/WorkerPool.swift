import Foundation
import Locking

#if canImport(Glibc)
import Glibc
#endif

/// The worker processes of a batch, kept between documents: a worker loads the language model
/// and the OCR tables once and then reads documents one after another, so a document costs
/// no process start. A worker that crashed or hung is gone (the caller stops it); one that
/// has grown past `recycleAbove` is ended after its document and a fresh one takes its place.
package final class WorkerPool: Sendable {
    /// A worker resident past this many bytes after a document is ended rather than kept:
    /// one huge document must not hold its memory for the rest of the batch (the allocator
    /// keeps what it once had).
    package static let recycleAbove = 1_500_000_000

    package let executable: String
    package let arguments: [String]
    package let recycleLimit: Int
    private let idle = Locked<[ChildProcess]>([])

    package init(executable: String, arguments: [String], recycleAbove: Int = WorkerPool.recycleAbove) {
        self.executable = executable
        self.arguments = arguments
        recycleLimit = recycleAbove
        // A worker that died between documents must not take the batch with it when the next
        // request is written to its closed pipe: the write fails instead, and is handled.
        signal(SIGPIPE, SIG_IGN)
    }

    /// An idle worker, or a new one.
    package func take() -> Result<ChildProcess, ChildProcess.StartError> {
        if let worker = idle.withLock({ $0.popLast() }) { return .success(worker) }
        return ChildProcess.start(executable: executable, arguments: arguments)
    }

    /// A worker that answered its document: kept for the next, unless it grew too large.
    package func giveBack(_ worker: ChildProcess) {
        guard let resident = worker.residentBytes, resident <= recycleLimit else {
            worker.finish()
            return
        }
        idle.withLock { $0.append(worker) }
    }

    /// Ends the idle workers (at the end of a batch): each sees its requests end and exits.
    package func finish() {
        let workers = idle.withLock { workers in
            defer { workers.removeAll() }
            return workers
        }
        for worker in workers { worker.finish() }
    }
}
