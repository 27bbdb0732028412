import ArgumentParser
import Foundation

/// What the batch tells a document's child process (`SupervisedExtraction`); not for users.
struct WorkerArguments: ParsableArguments {
    @Option(name: .customLong("worker-name"), help: .hidden)
    var name: String?

    @Option(name: .customLong("worker-sha256"), help: .hidden)
    var sha256: String?

    /// The batch's process id: the child may start after its batch has already died.
    @Option(name: .customLong("worker-parent"), help: .hidden)
    var parent: Int32?

    /// The arguments that make a child of an `extract` run read one document.
    static func arguments(name: String, sha256: String) -> [String] {
        ["--worker-name", name, "--worker-sha256", sha256, "--worker-parent", "\(getpid())"]
    }
}
