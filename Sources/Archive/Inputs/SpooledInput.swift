import Foundation
import Ingest
import Output

/// An input that is a stream: "-" (standard input), or a pipe or process substitution
/// (`<(curl …)`, /dev/fd/63) named on the command line. Readers seek and reopen their input
/// (a PDF's second reader, the SHA-256), so a stream is first copied whole into a private
/// file, removed with `remove()`. Named pipes met while walking a directory are still refused
/// (`InputFile`): nobody asked for them, and one without a writer would block the run.
public struct SpooledInput: Sendable {
    /// The argument as given: what outputs call the input.
    public let argument: String
    /// The copy every reader opens.
    public let path: String

    /// Standard input, or a pipe or socket named explicitly.
    public static func isStream(_ argument: String) -> Bool {
        guard argument != "-" else { return true }
        var status = stat()
        guard stat(argument, &status) == 0 else { return false }
        let kind = status.st_mode & S_IFMT
        return kind == S_IFIFO || kind == S_IFSOCK
    }

    /// Copies the stream to a private folder, into a file named after it ("stdin" for "-").
    public init(_ argument: String) throws(IngestError) {
        let descriptor = argument == "-" ? STDIN_FILENO : open(argument, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-input-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        } catch {
            throw .unreadable("cannot copy the stream: \(error.localizedDescription)")
        }
        let name = argument == "-" ? "stdin" : (argument as NSString).lastPathComponent
        let path = folder.appendingPathComponent(name).path
        self.argument = argument
        self.path = path
        do {
            try Self.copy(descriptor, to: path)
        } catch {
            remove()
            throw error
        }
    }

    private static func copy(_ descriptor: Int32, to path: String) throws(IngestError) {
        let output = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard output >= 0 else { throw .unreadable("cannot copy the stream: \(String(cString: strerror(errno)))") }
        defer { close(output) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
            guard count > 0 else { return }
            guard chunk.withUnsafeBytes({ DescriptorWriter.writeAll(UnsafeRawBufferPointer(rebasing: $0[..<count]), to: output) }) else {
                throw .unreadable("cannot copy the stream: \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Removes the copy and its folder.
    public func remove() {
        try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
    }
}
