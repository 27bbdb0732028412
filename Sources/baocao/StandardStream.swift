import ArgumentParser
import Foundation

/// Writes to stdout or stderr that fail with an error instead of trapping: Foundation's
/// `FileHandle.write(_:)` stops the process when the write fails (`> /dev/full`, a closed pipe).
enum StandardStream {
    struct WriteError: Error, CustomStringConvertible {
        var description: String
    }

    @discardableResult
    static func write(_ data: Data, to descriptor: Int32) -> Bool {
        (try? writeAll(data, to: descriptor)) != nil
    }

    static func writeAll(_ data: Data, to descriptor: Int32) throws(WriteError) {
        let failure: String? = data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let count = Glibc.write(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return String(cString: strerror(count < 0 ? errno : EIO)) }
                offset += count
            }
            return nil
        }
        if let failure { throw WriteError(description: "cannot write the output: \(failure)") }
    }

    /// A workbook is bytes no terminal shows: standard output takes it only when redirected or
    /// piped. `hint` says what to do instead.
    static func requireBinaryDestination(hint: String) throws {
        guard isatty(STDOUT_FILENO) == 0 else {
            throw ValidationError("xlsx is a binary file: redirect stdout (> r.xlsx) or \(hint)")
        }
    }
}
