import Foundation

/// A file the user named (`--csv`, `--manifest`): a regular file, or nothing yet, is
/// replaced atomically; anything else (a link to stdout, a device, a pipe) is written into
/// as it is, never replaced by a regular file.
public enum NamedOutput {
    public static func write(_ data: Data, to path: String) throws(OutputError) {
        var status = stat()
        if lstat(path, &status) != 0 || status.st_mode & S_IFMT == S_IFREG {
            try AtomicFile.write(data, to: path)
            return
        }
        let descriptor = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard descriptor >= 0 else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        guard DiskSpaceFault(bytes: nil).writeAll(data, to: descriptor) else {
            throw OutputError(path: path, reason: String(cString: strerror(errno)))
        }
    }
}
