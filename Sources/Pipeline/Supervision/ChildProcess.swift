import Foundation
import Locking
import Output

#if canImport(Glibc)
import Glibc
#endif

/// One long-lived worker process: it takes requests on its standard input, a line each, and
/// answers on descriptor 3, a line at a time, read on the calling thread. It is killed when
/// it stays silent too long while it works: poppler's rendering and text extraction cannot
/// be interrupted from inside, so a page that never ends is ended from outside, and a crash
/// takes the worker alone, never the run.
///
/// Used by one thread at a time (the pool hands it from one document to the next).
package final class ChildProcess: @unchecked Sendable {
    package enum Termination: Equatable, Sendable {
        case exited(Int32)
        case signaled(Int32)
    }

    /// How a conversation about one request ended.
    package enum Ending: Equatable, Sendable {
        /// The worker gave its final line for the request and waits for the next.
        case answered
        /// The worker closed its channel (it ended, or died) before its final line.
        case ended(Termination)
        /// Killed after this many seconds without a line.
        case silent(TimeInterval)
    }

    /// What the caller makes of a line the worker wrote.
    package enum Heard: Sendable {
        /// Progress: the silence limit still holds.
        case progress
        /// The worker has left the stages that can hang: no silence limit until its answer.
        case unwatched
        /// The final line for this request.
        case answer
    }

    /// The descriptor the worker writes its lines to.
    package static let channel: Int32 = 3

    package let pid: pid_t
    /// Where the worker's stderr goes (unlinked at once, so nothing is left behind even if the
    /// batch is killed): what a crashing library prints ("terminate called after throwing an
    /// instance of 'std::bad_alloc'") is read back into the one line that reports it.
    private let errorLog: Int32
    private let reading: Int32
    private var requests: Int32
    /// Bytes read past the last complete line.
    private var pending = Data()
    private var waited: Termination?

    private init(pid: pid_t, reading: Int32, requests: Int32, errorLog: Int32) {
        self.pid = pid
        self.reading = reading
        self.requests = requests
        self.errorLog = errorLog
    }

    deinit {
        close(reading)
        if requests >= 0 { close(requests) }
        close(errorLog)
    }

    package struct StartError: Error, CustomStringConvertible, Sendable {
        package var description: String
    }

    /// Held from making the pipes to closing their child ends here: a worker started meanwhile
    /// by another thread would inherit those ends (glibc's pipe2 is not visible to Swift, so
    /// the ends are close-on-exec only a moment after they exist), and would keep a pipe open
    /// that must close when its own worker ends.
    private static let spawning = Locked(())

    package static func start(executable: String, arguments: [String]) -> Result<ChildProcess, StartError> {
        spawning.withLock { _ in startLocked(executable: executable, arguments: arguments) }
    }

    private static func startLocked(executable: String, arguments: [String]) -> Result<ChildProcess, StartError> {
        func failure() -> Result<ChildProcess, StartError> { .failure(StartError(description: String(cString: strerror(errno)))) }
        let log = NSTemporaryDirectory() + "baocao-\(getpid())-\(UUID().uuidString).err"
        let errorLog = open(log, O_RDWR | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o600)
        guard errorLog >= 0 else { return failure() }
        unlink(log)
        guard let answers = pipeAboveChannel() else {
            close(errorLog)
            return failure()
        }
        guard let requests = pipeAboveChannel() else {
            [errorLog, answers.reading, answers.writing].forEach { close($0) }
            return failure()
        }
        let spawned = spawn(
            executable: executable, arguments: arguments, input: requests.reading, channel: answers.writing, errorLog: errorLog)
        close(answers.writing)
        close(requests.reading)
        switch spawned {
        case .success(let pid):
            return .success(ChildProcess(pid: pid, reading: answers.reading, requests: requests.writing, errorLog: errorLog))
        case .failure(let error):
            [errorLog, answers.reading, requests.writing].forEach { close($0) }
            return .failure(error)
        }
    }

    /// A pipe whose ends are both above the channel's number (dup2 onto itself would keep
    /// close-on-exec set) and close-on-exec.
    private static func pipeAboveChannel() -> (reading: Int32, writing: Int32)? {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        let reading = fcntl(ends[0], F_DUPFD_CLOEXEC, 10)
        let writing = fcntl(ends[1], F_DUPFD_CLOEXEC, 10)
        close(ends[0])
        close(ends[1])
        guard reading >= 0, writing >= 0 else {
            if reading >= 0 { close(reading) }
            if writing >= 0 { close(writing) }
            return nil
        }
        return (reading, writing)
    }

    private static func spawn(
        executable: String, arguments: [String], input: Int32, channel writing: Int32, errorLog: Int32
    ) -> Result<pid_t, StartError> {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input, STDIN_FILENO)
        posix_spawn_file_actions_adddup2(&actions, writing, Self.channel)
        posix_spawn_file_actions_adddup2(&actions, errorLog, STDERR_FILENO)
        // Nothing else goes over: a descriptor another thread or a library opened without
        // close-on-exec (a PDF poppler holds, an output being written) would stay open in a
        // worker that lives for the whole batch.
        if let closeFrom = closeFromAction {
            _ = closeFrom(&actions, Self.channel + 1)
        }
        // The worker starts with no signal blocked (the spawning thread may block some, and
        // a mask is inherited) and SIGPIPE at its default (the batch ignores it, see WorkerPool).
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var unblocked = sigset_t(), defaults = sigset_t()
        sigemptyset(&unblocked)
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([executable] + arguments).map { strdup($0) }
        // Swift's backtracer would print pages of registers for a crash the parent reports in one line.
        let environment = ProcessInfo.processInfo.environment.merging(["SWIFT_BACKTRACE": "enable=no"]) { $1 }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") }
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let code = (argv + [nil]).withUnsafeBufferPointer { arguments -> Int32 in
            (envp + [nil]).withUnsafeBufferPointer { variables -> Int32 in
                guard let argumentBase = arguments.baseAddress, let variableBase = variables.baseAddress else { return EINVAL }
                return posix_spawn(&pid, executable, &actions, &attributes, argumentBase, variableBase)
            }
        }
        return code == 0 ? .success(pid) : .failure(StartError(description: String(cString: strerror(code))))
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), found at run time:
    /// Swift's Glibc module does not declare it (it is under `_GNU_SOURCE`). Nil where the C
    /// library has none; workers then inherit what is not close-on-exec, as before.
    private typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    private static let closeFromAction: CloseFrom? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else {
            return nil
        }
        return unsafeBitCast(symbol, to: CloseFrom.self)
    }()

    /// Sends one request line; false when the worker is gone (its end of the pipe closed).
    package func send(_ line: Data) -> Bool {
        guard requests >= 0 else { return false }
        // MSG_NOSIGNAL is for sockets only; SIGPIPE is ignored by the pool (`WorkerPool`).
        return DescriptorWriter.writeAll(line, to: requests)
    }

    /// The length of what the worker has printed on stderr so far: a crash's last words are
    /// read from there on (`lastWords(after:)`).
    package var errorLogLength: Int {
        // Not lseek: the worker shares this descriptor's offset (it appends all the same).
        var status = stat()
        return fstat(errorLog, &status) == 0 ? Int(status.st_size) : 0
    }

    /// The last non-blank line the worker printed on stderr after `offset`.
    package func lastWords(after offset: Int) -> String? {
        let length = errorLogLength
        let start = max(offset, length - 2000)
        guard length > start else { return nil }
        var buffer = [UInt8](repeating: 0, count: length - start)
        let count = buffer.withUnsafeMutableBytes { pread(errorLog, $0.baseAddress, $0.count, off_t(start)) }
        guard count > 0 else { return nil }
        let text = String(decoding: buffer[0..<count], as: UTF8.self)
        return text.split(whereSeparator: \.isNewline).last { !$0.allSatisfy(\.isWhitespace) }
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// Reads the worker's lines until `onLine` hears the answer, the worker ends, or it is silent
    /// for `silence` seconds while watched (then it is killed and waited for).
    package func converse(silence: TimeInterval, onLine: (String) -> Heard) -> Ending {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var last = Date()
        var watching = true
        while true {
            while let end = pending.firstIndex(of: 0x0A) {
                let line = String(decoding: pending[pending.startIndex..<end], as: UTF8.self)
                pending.removeSubrange(pending.startIndex...end)
                switch onLine(line) {
                case .progress: break
                case .unwatched: watching = false
                case .answer: return .answered
                }
            }
            let left = silence - Date().timeIntervalSince(last)
            guard left > 0 || !watching else {
                kill(pid, SIGKILL)
                _ = wait()
                return .silent(silence)
            }
            var watched = pollfd(fd: reading, events: Int16(POLLIN), revents: 0)
            let ready = poll(&watched, 1, watching ? Int32(min(left * 1000, Double(Int32.max)).rounded(.up)) : -1)
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(reading, $0.baseAddress, $0.count) }
            if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
            guard count > 0 else { return .ended(wait()) }
            last = Date()
            pending.append(contentsOf: buffer[0..<count])
        }
    }

    /// The worker's resident memory in bytes, from /proc (nil once it is gone).
    package var residentBytes: Int? {
        guard let statm = try? String(contentsOfFile: "/proc/\(pid)/statm", encoding: .utf8) else { return nil }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// Asks an idle worker to end (its requests end) and waits for it.
    @discardableResult
    package func finish() -> Termination {
        if requests >= 0 {
            close(requests)
            requests = -1
        }
        return wait()
    }

    /// Ends the worker at once, whatever it is doing.
    package func stop() {
        // A worker already waited for may have given its pid to another process.
        if waited == nil { kill(pid, SIGKILL) }
        _ = wait()
    }

    private func wait() -> Termination {
        if let waited { return waited }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signal = status & 0x7F
        let termination: Termination = signal == 0 ? .exited((status >> 8) & 0xFF) : .signaled(signal)
        waited = termination
        return termination
    }
}
