import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Writes a file so that readers see either the old file or the whole new one, never a
/// part: the bytes go to a private temporary file (0600) beside the target, are flushed to
/// disk, and the temporary file is renamed over the target. On any failure it is removed.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String, permissions: mode_t = 0o644) throws(OutputError) {
        try write(data, to: path, permissions: permissions, disk: .outputs)
    }

    /// `disk` stands between the bytes and the file system only when a test simulates a full
    /// disk (see `DiskSpaceFault`).
    /// The folder a path names its file in, "." for a bare name. Not NSString's
    /// `deletingLastPathComponent`: this Foundation traps on a one-character name ("a", "-"),
    /// and `--csv a` crashed.
    package static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    package static func write(
        _ data: Data, to path: String, permissions: mode_t = 0o644, disk: DiskSpaceFault
    ) throws(OutputError) {
        let directory = Self.directory(of: path)
        var template = Array(StaleTemporaryFiles.template(in: directory).utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard descriptor >= 0 else { throw OutputError(path: path, reason: lastError()) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var done = false
        defer {
            if !done { unlink(temporary) }
        }
        let written = disk.writeAll(data, to: descriptor)
        let error = written ? nil : lastError()
        let synced = written && fsync(descriptor) == 0 && fchmod(descriptor, permissions) == 0
        let syncError = synced ? nil : lastError()
        close(descriptor)
        guard written, synced else { throw OutputError(path: path, reason: error ?? syncError ?? "write failed") }
        guard rename(temporary, path) == 0 else { throw OutputError(path: path, reason: lastError()) }
        done = true
    }

    public static func write(_ text: String, to path: String) throws(OutputError) {
        try write(Data(text.utf8), to: path)
    }

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
