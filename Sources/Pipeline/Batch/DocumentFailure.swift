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

    /// Any error as the one line the user reads: the one place an error becomes a message.
    /// Foundation's file errors describe themselves as a whole NSError dump; what a user
    /// needs is the path and the system's reason, as `OutputError` says them.
    public static func line(for error: any Error) -> String {
        if let failure = error as? DocumentFailure { return failure.description }
        if let cocoa = error as? CocoaError, let path = cocoa.filePath, let reason = systemReason(of: cocoa) {
            return OutputError(path: path, reason: reason).description
        }
        let described = String(describing: error)
        // Any other Foundation error: its reason, or its localized sentence, never the dump.
        if described.hasPrefix("Error Domain=") {
            return systemReason(of: error) ?? (error as NSError).localizedDescription
        }
        return described.replacingOccurrences(of: "\n", with: " ")
    }

    /// The system's reason under a Foundation error ("Not a directory"), nil when it has none.
    public static func systemReason(of error: any Error) -> String? {
        let bridged = error as NSError
        if bridged.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(bridged.code))) }
        if let underlying = (error as? CocoaError)?.underlying ?? bridged.userInfo[NSUnderlyingErrorKey] as? any Error {
            return systemReason(of: underlying)
        }
        return nil
    }
}
