/// A document that took its child process down or never finished: recorded as failed with
/// this reason, and not tried again by a re-run unless asked (it would only do the same).
public struct DocumentFault: Error, CustomStringConvertible, Sendable {
    public enum Kind: String, Codable, Sendable {
        case crash, hang
    }

    public var kind: Kind
    public var description: String

    public init(_ kind: Kind, _ description: String) {
        self.kind = kind
        self.description = description
    }
}
