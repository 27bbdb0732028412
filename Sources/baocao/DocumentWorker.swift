import ArgumentParser
import Foundation
import Pipeline

/// The child side of `SupervisedExtraction`: reads one document and says how it went on
/// `ChildProcess.channel`, a page at a time, then its outputs or why it failed.
enum DocumentWorker {
    static func run(
        _ input: String, into directory: String, name: String, sha256: String?, formats: [OutputFormat],
        _ extractor: Extractor
    ) async throws {
        WorkerFault.strike(input)
        let message: WorkerMessage
        do {
            let result = try await extractor.extract(
                input, into: directory, name: name, sha256: sha256, formats: formats,
                progress: { done, total in send(.page(done: done, total: total)) })
            message = .done(pages: result.pages, files: result.files, notices: result.notices)
        } catch {
            message = .failed(DocumentFailure(error).description)
        }
        send(message)
        if case .failed = message { throw ExitCode.failure }
    }

    private static func send(_ message: WorkerMessage) {
        StandardStream.write(message.line, to: ChildProcess.channel)
    }
}
