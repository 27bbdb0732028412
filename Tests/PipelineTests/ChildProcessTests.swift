import Foundation
import Testing
@testable import Pipeline

#if canImport(Glibc)
import Glibc
#endif

/// A worker process gets its requests, its channel and its stderr log, and no other
/// descriptor of the batch: one opened without close-on-exec (as C libraries open files) must
/// not stay open in a worker that lives for the whole batch.
@Suite struct ChildProcessTests {
    @Test func aWorkerInheritsOnlyItsOwnDescriptors() throws {
        let path = NSTemporaryDirectory() + "baocao-inherit-\(UUID().uuidString)"
        #expect(FileManager.default.createFile(atPath: path, contents: Data("x".utf8)))
        defer { unlink(path) }
        let file = Glibc.open(path, O_RDONLY)
        try #require(file >= 0)
        defer { close(file) }
        // Moved high, past any number the shell gives its own pipes; F_DUPFD leaves it
        // without close-on-exec, as fopen does.
        let open = fcntl(file, F_DUPFD, 200)
        try #require(open >= 200)
        defer { close(open) }
        // The worker lists its own open descriptors on its channel.
        let started = ChildProcess.start(executable: "/bin/sh", arguments: ["-c", "echo $(ls /proc/$$/fd) >&3"])
        let worker = try started.get()
        defer { worker.stop() }
        var listed: [Int32] = []
        _ = worker.converse(silence: 20) { line in
            listed = line.split(separator: " ").compactMap { Int32($0) }
            return .answer
        }
        #expect(listed.contains(ChildProcess.channel))
        #expect(!listed.contains(open))
    }
}
