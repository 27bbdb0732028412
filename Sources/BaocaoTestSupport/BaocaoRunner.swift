import Foundation
import Locking

/// Runs the built `baocao` executable, the way a user does, and captures what it says.
package enum BaocaoRunner {
    package struct Result {
        package var status: Int32
        package var stdout: String
        package var stderr: String
        /// Killed after the timeout given to `run`.
        package var timedOut = false
        /// Standard output as bytes, for what is not text (a workbook).
        package var stdoutData = Data()
    }

    /// The executable sits beside the test bundle in the build products directory.
    package static var executable: URL {
        let products = Bundle.main.bundleURL.lastPathComponent.hasSuffix(".xctest")
            ? Bundle.main.bundleURL.deletingLastPathComponent()
            : Bundle.main.bundleURL
        return products.appendingPathComponent("baocao")
    }

    /// `program` is baocao unless another tool the test drives is named (pandoc, a checker).
    /// `environment` is added to the test's own (the fault-injection hooks are set this way);
    /// after `timeout` seconds the process is killed, so a hang fails the test instead of the suite.
    /// `directory` is where it runs, for paths given relative to it ("--csv a").
    package static func run(
        _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:], timeout: TimeInterval? = nil,
        executable program: URL = executable, directory: String? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        // Foundation opens pipes without close-on-exec, so a worker another test spawns at the
        // same moment (`ChildProcess`, posix_spawn) inherited the write end of this stdout and
        // held it open for its whole life: the read below never saw an end of file and the
        // suite hung. The child gets its copies by dup2, which clears the flag.
        for pipe in [out, err, input] {
            for handle in [pipe.fileHandleForReading, pipe.fileHandleForWriting] {
                _ = fcntl(handle.fileDescriptor, F_SETFD, FD_CLOEXEC)
            }
        }
        try process.run()
        let watchdog = timeout.map { Watchdog(pid: process.processIdentifier, after: $0) }
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read before waiting, so a large output cannot fill the pipe and stall the child.
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        let status = ChildExit.status(of: process)
        return Result(
            status: status, stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self), timedOut: watchdog?.stop() ?? false, stdoutData: stdoutData)
    }

    /// Kills the child it watches unless stopped first (the child's pipes close only when it
    /// exits, so reading them is where a hung child would hold the test).
    package final class Watchdog: Sendable {
        private let state = Locked((stopped: false, fired: false))

        package init(pid: Int32, after seconds: TimeInterval) {
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [state] in
                state.withLock { state in
                    guard !state.stopped else { return }
                    state.fired = true
                    kill(pid, SIGKILL)
                }
            }
        }

        /// True when the child had to be killed.
        package func stop() -> Bool {
            state.withLock { state in
                state.stopped = true
                return state.fired
            }
        }
    }
}
