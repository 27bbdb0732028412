import ArgumentParser
import Foundation

/// What the batch tells its worker processes (`SupervisedExtraction`); not for users.
struct WorkerArguments: ParsableArguments {
    /// Serve documents: requests come on standard input, a line each (`WorkerRequest`).
    @Flag(name: .customLong("worker-serve"), help: .hidden)
    var serve = false

    /// The batch's process id: the worker may start after its batch has already died.
    @Option(name: .customLong("worker-parent"), help: .hidden)
    var parent: Int32?

    /// The arguments that make a process started by an `extract` run one of its workers; the
    /// input "-" says where the documents come from.
    static var arguments: [String] {
        ["--worker-serve", "--worker-parent", "\(getpid())", "--", "-"]
    }
}
