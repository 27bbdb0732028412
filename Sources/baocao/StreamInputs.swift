import Archive
import ArgumentParser
import Foundation

/// Inputs that are streams ("-" for standard input, a pipe, a process substitution) replaced
/// by private copies every reader can open and reopen; `removeAll()` deletes the copies.
final class StreamInputs {
    private var copies: [SpooledInput] = []

    /// The path to read for each argument: the argument itself, or its stream's copy. A
    /// stream that cannot be copied fails the command with one line naming it.
    func paths(for arguments: [String]) throws -> [String] {
        try arguments.map { argument in
            guard SpooledInput.isStream(argument) else { return argument }
            guard argument != "-" || !copies.contains(where: { $0.argument == "-" }) else {
                throw ValidationError("standard input (-) can be given once")
            }
            do {
                let copy = try SpooledInput(argument)
                copies.append(copy)
                return copy.path
            } catch {
                Diagnostics.report(argument, error)
                throw ExitCode.failure
            }
        }
    }

    /// The name outputs give the input read from `path`: "-" for standard input.
    func name(of path: String) -> String {
        copies.first { $0.path == path }?.argument ?? path
    }

    /// Whether `path` is a stream's copy.
    func isCopy(_ path: String) -> Bool {
        copies.contains { $0.path == path }
    }

    func removeAll() {
        copies.forEach { $0.remove() }
        copies = []
    }
}
