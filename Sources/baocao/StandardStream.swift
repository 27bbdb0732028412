import ArgumentParser
import Foundation
import Output

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
        guard DescriptorWriter.writeAll(data, to: descriptor) else {
            throw WriteError(description: "cannot write the output: \(String(cString: strerror(errno)))")
        }
    }

    /// A workbook is bytes no terminal shows: standard output takes it only when redirected or
    /// piped. `hint` says what to do instead.
    static func requireBinaryDestination(hint: String) throws {
        guard isatty(STDOUT_FILENO) == 0 else {
            throw ValidationError("xlsx is a binary file: redirect stdout (> r.xlsx) or \(hint)")
        }
    }
}
