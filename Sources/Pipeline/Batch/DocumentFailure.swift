import Foundation
import Output

/// Why one document of a batch failed, in the one line the CLI prints and the manifest keeps.
public struct DocumentFailure: Error, CustomStringConvertible, Sendable {
    public let description: String

    public init(reason: String) {
        description = reason
    }

    public init(_ error: any Error) {
        description = DocumentFailure.line(for: error)
    }

    /// Foundation's file errors describe themselves as a whole NSError dump; what a user
    /// needs is the path and the system's reason, as `OutputError` says them.
    static func line(for error: any Error) -> String {
        if let failure = error as? DocumentFailure { return failure.description }
        if let cocoa = error as? CocoaError, let path = cocoa.filePath, let posix = cocoa.underlying as? POSIXError {
            return OutputError(path: path, reason: String(cString: strerror(posix.code.rawValue))).description
        }
        return String(describing: error).replacingOccurrences(of: "\n", with: " ")
    }
}
