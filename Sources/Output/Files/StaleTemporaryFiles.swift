import Foundation

/// The private temporary files `AtomicFile` writes, and their removal when their writer was
/// killed in the middle. Their names are baocao's alone, ".baocao-tmp-PID-XXXXXX" (the
/// writer's process id, then mkstemp's six characters): a file of another program is never
/// taken for one. The name does not repeat the target's, so a long target name does not
/// make the temporary one too long.
public enum StaleTemporaryFiles {
    static let prefix = ".baocao-tmp-"

    /// The mkstemp template of a temporary file written by this process in `directory`.
    static func template(in directory: String) -> String {
        (directory.isEmpty ? "." : directory) + "/\(prefix)\(getpid())-XXXXXX"
    }

    /// Removes, under `directory`, the temporary files whose writer is no longer running, and
    /// those older than `age` (a writer on another machine sharing the folder).
    public static func sweep(_ directory: String, olderThan age: TimeInterval = 600) -> Int {
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return 0 }
        var removed = 0
        while let relative = walker.nextObject() as? String {
            if removeIfStale((directory as NSString).appendingPathComponent(relative), olderThan: age) { removed += 1 }
        }
        return removed
    }

    /// The same in the one folder of `path`, once a writer there is known dead.
    public static func sweepFolder(of path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        let folder = directory.isEmpty ? "." : directory
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            _ = removeIfStale((folder as NSString).appendingPathComponent(name), olderThan: 600)
        }
    }

    private static func removeIfStale(_ path: String, olderThan age: TimeInterval) -> Bool {
        guard let writer = writer(of: (path as NSString).lastPathComponent) else { return false }
        let running = kill(writer, 0) == 0 || errno == EPERM
        let modified = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate]) as? Date
        let old = modified.map { $0 < Date().addingTimeInterval(-age) } ?? false
        guard !running || old else { return false }
        return unlink(path) == 0
    }

    /// The process id in ".baocao-tmp-1234-a1B2c3"; nil for any other name.
    static func writer(of name: String) -> pid_t? {
        guard name.hasPrefix(prefix) else { return nil }
        let parts = name.dropFirst(prefix.count).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let pid = pid_t(parts[0]), pid > 0, parts[1].count == 6,
            parts[1].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
        else { return nil }
        return pid
    }
}
