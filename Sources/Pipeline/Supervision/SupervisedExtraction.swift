import Archive
import Foundation
import Output

/// Extracts each document in a worker process (`WorkerPool`): a crash, an abort or a page
/// that never ends costs that document alone, which is then recorded as failed with the
/// reason; the worker is replaced and the batch goes on.
public struct SupervisedExtraction: Sendable {
    /// The `baocao` executable the workers run.
    public var executable: String { workers.executable }
    /// A worker silent for this long (no page done, no result) is killed.
    public let silence: TimeInterval
    private let workers: WorkerPool

    /// How much longer than --page-timeout a worker may stay silent: OCR alone may take the
    /// whole timeout, and rendering the page before it a few seconds more; one and a half
    /// times keeps the default (60 s) under the two minutes a run may spend on a stuck file.
    public static let silenceFactor = 1.5

    /// `arguments` start a worker: it then reads the documents it is sent on its standard input.
    public init(executable: String, pageTimeout: TimeInterval, arguments: [String]) {
        self.init(executable: executable, silence: pageTimeout * Self.silenceFactor, arguments: arguments)
    }

    package init(
        executable: String, silence: TimeInterval, arguments: [String], recycleAbove: Int = WorkerPool.recycleAbove
    ) {
        workers = WorkerPool(executable: executable, arguments: arguments, recycleAbove: recycleAbove)
        self.silence = silence
        // A simulated full disk (a test hook) is made now, so the workers inherit its ledger.
        _ = DiskSpaceFault.outputs
    }

    /// The running executable itself, whatever name it was started by.
    public static var currentExecutable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    public func extract(
        _ input: BatchInput, sha256: String, progress: @escaping @Sendable (Int, Int) -> Void
    ) async throws -> ExtractionResult {
        let request = WorkerRequest(path: input.path, name: input.outputName, sha256: sha256)
        let workers = workers
        let silence = silence
        // A thread of its own: the worker is talked to with blocking calls, which must not
        // hold one of the few threads the concurrency pool has.
        let outcome: Result<ExtractionResult, any Error> = await withCheckedContinuation { continuation in
            let thread = Thread {
                continuation.resume(returning: Self.supervise(request, workers: workers, silence: silence, progress: progress))
            }
            thread.start()
        }
        return try outcome.get()
    }

    /// Ends the workers kept for more documents; the batch calls it when it is over.
    public func finish() {
        workers.finish()
    }

    private static func supervise(
        _ request: WorkerRequest, workers: WorkerPool, silence: TimeInterval, progress: @Sendable (Int, Int) -> Void
    ) -> Result<ExtractionResult, any Error> {
        let worker: ChildProcess, logged: Int
        switch handOver(request, to: workers) {
        case .success(let taken): (worker, logged) = taken
        case .failure(let failure): return .failure(failure)
        }
        var final: WorkerMessage?
        let ending = worker.converse(silence: silence) { line in
            guard let message = WorkerMessage(line: line) else { return .progress }
            switch message {
            case .page(let done, let total):
                progress(done, total)
                return .progress
            case .read(let page, let total): return page < total ? .progress : .unwatched
            case .done, .failed:
                final = message
                return .answer
            }
        }
        switch ending {
        case .answered:
            workers.giveBack(worker)
            switch final {
            case .done(let pages, let files, let notices)?:
                return .success(ExtractionResult(pages: pages, files: files, notices: notices))
            case .failed(let reason)?: return .failure(DocumentFailure(reason: reason))
            default: return .failure(DocumentFailure(reason: "the reader gave no result"))
            }
        case .ended(.exited(let code)):
            return .failure(
                DocumentFault(.crash, "crashed: the reader exited with status \(code) and no result" + said(worker, after: logged)))
        case .ended(.signaled(let signal)):
            return .failure(
                DocumentFault(.crash, "crashed: the reader was killed by \(signalName(signal))" + said(worker, after: logged)))
        case .silent(let seconds):
            let shown = seconds.rounded() == seconds ? String(Int(seconds)) : String(seconds)
            return .failure(DocumentFault(.hang, "stopped: nothing read for \(shown) s (\(silenceFactor) × --page-timeout)"))
        }
    }

    /// Sends the request to a kept worker or a new one. A kept worker may have died while it
    /// waited (killed from outside): the request then cannot be written, and goes to a fresh one.
    /// With the worker comes the length of its stderr before the request: what it prints for
    /// this document starts there, and a fast worker may print before the request call returns.
    private static func handOver(
        _ request: WorkerRequest, to workers: WorkerPool
    ) -> Result<(ChildProcess, logged: Int), DocumentFailure> {
        for _ in 0..<2 {
            switch workers.take() {
            case .success(let worker):
                let logged = worker.errorLogLength
                if worker.send(request.line) { return .success((worker, logged)) }
                worker.stop()
            case .failure(let reason):
                return .failure(DocumentFailure(reason: "cannot start the reader: \(reason)"))
            }
        }
        return .failure(DocumentFailure(reason: "cannot start the reader: it ended before its first document"))
    }

    /// The last thing the worker printed while it read this document, folded into its line.
    private static func said(_ worker: ChildProcess, after offset: Int) -> String {
        worker.lastWords(after: offset).map { " (\($0))" } ?? ""
    }

    private static func signalName(_ signal: Int32) -> String {
        let names: [Int32: String] = [
            SIGSEGV: "SIGSEGV", SIGABRT: "SIGABRT", SIGBUS: "SIGBUS", SIGILL: "SIGILL", SIGFPE: "SIGFPE",
            SIGKILL: "SIGKILL (out of memory?)", SIGTERM: "SIGTERM", SIGTRAP: "SIGTRAP",
        ]
        return names[signal] ?? "signal \(signal)"
    }
}
