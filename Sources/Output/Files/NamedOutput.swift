import Foundation

/// A file the user named (`--csv`, `--xlsx`, `--manifest`): a regular file, or nothing yet, is
/// replaced atomically; anything else (a link to stdout, a device, a pipe) is written into
/// as it is, never replaced by a regular file; "-" is standard output, as "-" among the inputs
/// is standard input.
public enum NamedOutput {
    public static let standardOutput = "-"

    /// What messages call the output: "stdout" for "-", as for every command's standard output.
    public static func name(of path: String) -> String { path == standardOutput ? "stdout" : path }

    public static func write(_ data: Data, to path: String) throws(OutputError) {
        if path == standardOutput {
            guard DescriptorWriter.writeAll(data, to: STDOUT_FILENO) else {
                throw OutputError(path: "the output", reason: String(cString: strerror(errno)))
            }
            return
        }
        var status = stat()
        if lstat(path, &status) != 0 || status.st_mode & S_IFMT == S_IFREG {
            try AtomicFile.write(data, to: path)
            return
        }
        let descriptor = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard descriptor >= 0 else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        guard DescriptorWriter.writeAll(data, to: descriptor) else {
            throw OutputError(path: path, reason: String(cString: strerror(errno)))
        }
    }
}
