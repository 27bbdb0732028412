import Archive
import Foundation
import Output

/// Extracts each document in a child process of its own (`ChildProcess`): a crash, an abort
/// or a page that never ends costs that document alone, which is then recorded as failed
/// with the reason, and the batch goes on.
public struct SupervisedExtraction: Sendable {
    /// The `baocao` executable the children run.
    public let executable: String
    /// A child's arguments: the input, its output name and its SHA-256.
    public let arguments: @Sendable (BatchInput, String) -> [String]
    /// A child silent for this long (no page done, no result) is killed.
    public let silence: TimeInterval

    /// How much longer than --page-timeout a child may stay silent: OCR alone may take the
    /// whole timeout, and rendering the page before it a few seconds more; one and a half
    /// times keeps the default (60 s) under the two minutes a run may spend on a stuck file.
    public static let silenceFactor = 1.5

    public init(
        executable: String, pageTimeout: TimeInterval, arguments: @escaping @Sendable (BatchInput, String) -> [String]
    ) {
        self.executable = executable
        silence = pageTimeout * Self.silenceFactor
        self.arguments = arguments
        // A simulated full disk (a test hook) is made now, so the children inherit its ledger.
        _ = DiskSpaceFault.outputs
    }

    /// The running executable itself, whatever name it was started by.
    public static var currentExecutable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    public func extract(
        _ input: BatchInput, sha256: String, progress: @escaping @Sendable (Int, Int) -> Void
    ) async throws -> ExtractionResult {
        let log = NSTemporaryDirectory() + "baocao-\(getpid())-\(UUID().uuidString).err"
        let child = ChildProcess(executable: executable, arguments: arguments(input, sha256), errorLog: log)
        let silence = silence
        // A thread of its own: the child is waited for with blocking calls, which must not
        // hold one of the few threads the concurrency pool has.
        let outcome: Result<ExtractionResult, any Error> = await withCheckedContinuation { continuation in
            let thread = Thread {
                let outcome = Self.supervise(child, silence: silence, progress: progress)
                unlink(log)
                continuation.resume(returning: outcome)
            }
            thread.start()
        }
        return try outcome.get()
    }

    private static func supervise(
        _ child: ChildProcess, silence: TimeInterval, progress: @Sendable (Int, Int) -> Void
    ) -> Result<ExtractionResult, any Error> {
        var final: WorkerMessage?
        let termination = child.run(silence: silence) { line in
            guard let message = WorkerMessage(line: line) else { return true }
            switch message {
            case .page(let done, let total): progress(done, total)
            case .read(let page, let total): return page < total
            case .done, .failed: final = message
            }
            return true
        }
        switch (termination, final) {
        case (.exited, .done(let pages, let files, let notices)?):
            return .success(ExtractionResult(pages: pages, files: files, notices: notices))
        case (.exited, .failed(let reason)?):
            return .failure(DocumentFailure(reason: reason))
        case (.exited(let code), _):
            return .failure(DocumentFault(.crash, "crashed: the reader exited with status \(code) and no result" + said(child)))
        case (.signaled(let signal), _):
            return .failure(DocumentFault(.crash, "crashed: the reader was killed by \(signalName(signal))" + said(child)))
        case (.silent(let seconds), _):
            let shown = seconds.rounded() == seconds ? String(Int(seconds)) : String(seconds)
            return .failure(DocumentFault(.hang, "stopped: nothing read for \(shown) s (\(silenceFactor) × --page-timeout)"))
        case (.notStarted(let reason), _):
            return .failure(DocumentFailure(reason: "cannot start the reader: \(reason)"))
        }
    }

    /// The last thing the child printed before it died, folded into its line.
    private static func said(_ child: ChildProcess) -> String {
        guard let data = FileManager.default.contents(atPath: child.errorLog) else { return "" }
        let last = String(decoding: data.suffix(2000), as: UTF8.self).split(whereSeparator: \.isNewline)
            .last { !$0.allSatisfy(\.isWhitespace) }
        return last.map { " (\($0.trimmingCharacters(in: .whitespaces)))" } ?? ""
    }

    private static func signalName(_ signal: Int32) -> String {
        let names: [Int32: String] = [
            SIGSEGV: "SIGSEGV", SIGABRT: "SIGABRT", SIGBUS: "SIGBUS", SIGILL: "SIGILL", SIGFPE: "SIGFPE",
            SIGKILL: "SIGKILL (out of memory?)", SIGTERM: "SIGTERM", SIGTRAP: "SIGTRAP",
        ]
        return names[signal] ?? "signal \(signal)"
    }
}
