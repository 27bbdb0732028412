import Foundation
import Ingest

/// An input as the batch first meets it: its size and SHA-256, read through one descriptor
/// opened without blocking. Only regular files pass: opening a named pipe for reading waits
/// for a writer that may never come, and a device like /dev/zero never ends, so either would
/// stall the whole run instead of failing one document.
public struct InputFile: Sendable {
    public var size: Int64
    public var sha256: String

    public static func inspect(_ path: String) throws(IngestError) -> InputFile {
        try inspect(path, fault: .environment)
    }

    /// `fault` fails the reading only when a test simulates a read error (see `InputReadFault`).
    package static func inspect(_ path: String, fault: InputReadFault) throws(IngestError) -> InputFile {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw openError(errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
        try requireRegular(status.st_mode)
        var hasher = SHA256()
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var size: Int64 = 0
        while true {
            if fault.fails(path) { throw .unreadable(String(cString: strerror(EIO))) }
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
            guard count > 0 else { break }
            hasher.update(Data(chunk[0..<count]))
            size += Int64(count)
        }
        return InputFile(size: size, sha256: hasher.finalizeHex())
    }

    /// The same refusal without reading, for a reader that opens the path itself.
    public static func requireRegularFile(_ path: String) throws(IngestError) {
        var status = stat()
        guard stat(path, &status) == 0 else { throw openError(errno) }
        try requireRegular(status.st_mode)
    }

    private static func openError(_ code: Int32) -> IngestError {
        code == ENOENT || code == ENOTDIR ? .fileNotFound : .unreadable(String(cString: strerror(code)))
    }

    private static func requireRegular(_ mode: mode_t) throws(IngestError) {
        switch mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: throw .unreadable("it is a directory")
        case S_IFIFO: throw .unreadable("it is a named pipe (FIFO), not a regular file")
        case S_IFCHR, S_IFBLK: throw .unreadable("it is a device, not a regular file")
        case S_IFSOCK: throw .unreadable("it is a socket, not a regular file")
        default: throw .unreadable("not a regular file")
        }
    }
}
