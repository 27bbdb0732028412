import Foundation

/// One document of a batch: where it is, and the name its outputs take inside the output
/// directory (a path relative to it, without extension).
public struct BatchInput: Sendable, Hashable {
    public var path: String
    public var outputName: String

    public init(path: String, outputName: String) {
        self.path = path
        self.outputName = outputName
    }

    /// The input however it was spelled ("in/a.pdf", "./in/a.pdf" or absolute): what the
    /// manifest knows it by.
    public var key: String { Self.key(path) }

    public static func key(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
