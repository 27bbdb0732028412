import ArgumentParser
import Foundation
import Pipeline

/// The worker side of `SupervisedExtraction`: reads the documents it is sent on standard
/// input one after another, with the one extractor (model loaded once), and says how each
/// went on `ChildProcess.channel`, a page at a time, then its outputs or why it failed.
enum DocumentWorker {
    static func serve(into directory: String, parent: Int32?, formats: [OutputFormat], _ extractor: Extractor) async {
        followParent(parent ?? getppid())
        var requests = RequestLines(descriptor: STDIN_FILENO)
        while let line = requests.next() {
            guard let request = WorkerRequest(line: line) else {
                send(.failed("the batch sent a request its reader cannot read"))
                continue
            }
            WorkerFault.strike(request.path)
            let message: WorkerMessage
            do {
                let result = try await extractor.extract(
                    request.path, into: directory, name: request.name, sha256: request.sha256, formats: formats,
                    progress: { done, total in send(.page(done: done, total: total)) },
                    onPageRead: { page, total in send(.read(page: page, total: total)) })
                message = .done(pages: result.pages, files: result.files, notices: result.notices)
            } catch {
                message = .failed(DocumentFailure(error).description)
            }
            send(message)
        }
    }

    /// Lines read from a descriptor with plain reads: nothing buffered past what is asked.
    private struct RequestLines {
        let descriptor: Int32
        var pending: [UInt8] = []

        mutating func next() -> ArraySlice<UInt8>? {
            var buffer = [UInt8](repeating: 0, count: 1 << 12)
            while true {
                if let end = pending.firstIndex(of: 0x0A) {
                    let line = pending[..<end]
                    pending.removeSubrange(...end)
                    return line
                }
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return nil }
                pending += buffer[0..<count]
            }
        }
    }

    /// A batch stopped by SIGTERM or SIGINT to its own process alone leaves its workers to
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
