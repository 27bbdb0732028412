import ArgumentParser
import Foundation
import Pipeline

/// The child side of `SupervisedExtraction`: reads one document and says how it went on
/// `ChildProcess.channel`, a page at a time, then its outputs or why it failed.
enum DocumentWorker {
    static func run(
        _ input: String, into directory: String, name: String, sha256: String?, parent: Int32?, formats: [OutputFormat],
        _ extractor: Extractor
    ) async throws {
        followParent(parent ?? getppid())
        WorkerFault.strike(input)
        let message: WorkerMessage
        do {
            let result = try await extractor.extract(
                input, into: directory, name: name, sha256: sha256, formats: formats,
                progress: { done, total in send(.page(done: done, total: total)) },
                onPageRead: { page, total in send(.read(page: page, total: total)) })
            message = .done(pages: result.pages, files: result.files, notices: result.notices)
        } catch {
            message = .failed(DocumentFailure(error).description)
        }
        send(message)
        if case .failed = message { throw ExitCode.failure }
    }

    /// A batch stopped by SIGTERM or SIGINT to its own process alone leaves its children to
    /// the init process: each notices within a second and ends, rather than go on writing
    /// outputs no manifest will record. (prctl's parent-death signal is variadic C, out of
    /// Swift's reach.)
    private static func followParent(_ parent: Int32) {
        if getppid() != parent { _exit(1) }
        Thread.detachNewThread {
            while true {
                sleep(1)
                if getppid() != parent { _exit(1) }
            }
        }
    }

    private static func send(_ message: WorkerMessage) {
        StandardStream.write(message.line, to: ChildProcess.channel)
    }
}
