import ArgumentParser

/// What the batch tells a document's child process (`SupervisedExtraction`); not for users.
struct WorkerArguments: ParsableArguments {
    @Option(name: .customLong("worker-name"), help: .hidden)
    var name: String?

    @Option(name: .customLong("worker-sha256"), help: .hidden)
    var sha256: String?

    /// The arguments that make a child of an `extract` run read one document.
    static func arguments(name: String, sha256: String) -> [String] {
        ["--worker-name", name, "--worker-sha256", sha256]
    }
}
