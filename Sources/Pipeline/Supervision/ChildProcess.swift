import Foundation
import Locking

#if canImport(Glibc)
import Glibc
#endif

/// One child process whose only channel back is descriptor 3, read line by line on the
/// calling thread. It is killed when it stays silent too long: poppler's rendering and text
/// extraction cannot be interrupted from inside, so a page that never ends is ended from
/// outside, and a crash takes the child alone, never the run.
package struct ChildProcess {
    package enum Termination: Equatable, Sendable {
        case exited(Int32)
        case signaled(Int32)
        /// Killed after `silence` seconds without a line.
        case silent(TimeInterval)
        case notStarted(String)
    }

    /// The descriptor the child writes its lines to.
    package static let channel: Int32 = 3

    package let executable: String
    package let arguments: [String]
    /// Where the child's stderr goes: what a crashing library prints ("terminate called after
    /// throwing an instance of 'std::bad_alloc'") is read back into the one line that reports it.
    package let errorLog: String

    package init(executable: String, arguments: [String], errorLog: String) {
        self.executable = executable
        self.arguments = arguments
        self.errorLog = errorLog
    }

    /// Blocks until the child has ended; `onLine` gets each complete line it wrote and says
    /// whether the silence limit still holds (false: the child has left the stages that can hang).
    package func run(silence: TimeInterval, onLine: (String) -> Bool) -> Termination {
        let started = Self.spawning.withLock { _ in startChild() }
        guard case .success(let (pid, reading)) = started else {
            if case .failure(let reason) = started { return .notStarted(reason.description) }
            return .notStarted("cannot start")
        }
        defer { close(reading) }
        let silentFor = read(reading, silence: silence, onLine: onLine)
        if silentFor != nil { kill(pid, SIGKILL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        if let silentFor { return .silent(silentFor) }
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .signaled(signal)
    }

    private struct SpawnError: Error, CustomStringConvertible {
        var description: String
    }

    /// Held from making a pipe to closing its write end here: a child started meanwhile by
    /// another thread would inherit that end (glibc's pipe2 is not visible to Swift, so the
    /// ends are close-on-exec only a moment after they exist), and the reader would never
    /// see the end of its own child's lines.
    private static let spawning = Locked(())

    private func startChild() -> Result<(pid_t, Int32), SpawnError> {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return .failure(SpawnError(description: String(cString: strerror(errno)))) }
        // Both ends above the channel's number: dup2 onto itself would keep close-on-exec set.
        let reading = fcntl(ends[0], F_DUPFD_CLOEXEC, 10)
        let writing = fcntl(ends[1], F_DUPFD_CLOEXEC, 10)
        close(ends[0])
        close(ends[1])
        guard reading >= 0, writing >= 0 else {
            let reason = String(cString: strerror(errno))
            if reading >= 0 { close(reading) }
            if writing >= 0 { close(writing) }
            return .failure(SpawnError(description: reason))
        }
        let spawned = spawn(channel: writing)
        close(writing)
        switch spawned {
        case .success(let pid): return .success((pid, reading))
        case .failure(let error):
            close(reading)
            return .failure(error)
        }
    }

    private func spawn(channel writing: Int32) -> Result<pid_t, SpawnError> {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, writing, Self.channel)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errorLog, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([executable] + arguments).map { strdup($0) }
        // Swift's backtracer would print pages of registers for a crash the parent reports in one line.
        let environment = ProcessInfo.processInfo.environment.merging(["SWIFT_BACKTRACE": "enable=no"]) { $1 }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") }
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let code = (argv + [nil]).withUnsafeBufferPointer { arguments -> Int32 in
            (envp + [nil]).withUnsafeBufferPointer { variables -> Int32 in
                guard let argumentBase = arguments.baseAddress, let variableBase = variables.baseAddress else { return EINVAL }
                return posix_spawn(&pid, executable, &actions, nil, argumentBase, variableBase)
            }
        }
        return code == 0 ? .success(pid) : .failure(SpawnError(description: String(cString: strerror(code))))
    }

    /// Reads lines until the end; returns the silence that stopped it, if one did.
    private func read(_ descriptor: Int32, silence: TimeInterval, onLine: (String) -> Bool) -> TimeInterval? {
        var pending = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var last = Date()
        var watching = true
        while true {
            let left = silence - Date().timeIntervalSince(last)
            guard left > 0 || !watching else { return silence }
            var watched = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&watched, 1, watching ? Int32(min(left * 1000, Double(Int32.max)).rounded(.up)) : -1)
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
            guard count > 0 else { return nil }
            last = Date()
            pending.append(contentsOf: buffer[0..<count])
            while let end = pending.firstIndex(of: 0x0A) {
                watching = onLine(String(decoding: pending[pending.startIndex..<end], as: UTF8.self)) && watching
                pending.removeSubrange(pending.startIndex...end)
            }
        }
    }
}
