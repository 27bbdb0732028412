import Foundation

/// Why a file given as a document JSON cannot be read, in one line a user can act on:
/// Foundation's `DecodingError` describes itself as a dump of coding keys.
public struct DocumentJSONError: Error, CustomStringConvertible, Equatable {
    public let description: String

    init(_ error: DecodingError) {
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            description = "not valid JSON"
        case .dataCorrupted(let context):
            description = "not a baocao document: \(Self.path(context.codingPath)) cannot be read"
        case .keyNotFound(let key, let context):
            description = "not a baocao document: \(Self.path(context.codingPath + [key])) is missing"
        case .valueNotFound(_, let context):
            description = "not a baocao document: \(Self.path(context.codingPath)) is null"
        case .typeMismatch(let type, let context):
            description = "not a baocao document: \(Self.path(context.codingPath)) is not \(Self.kind(type))"
        @unknown default:
            description = "not a baocao document"
        }
    }

    /// `blocks[3].rows`, as the user would find it in the file.
    private static func path(_ keys: [any CodingKey]) -> String {
        guard !keys.isEmpty else { return "the top level" }
        var text = ""
        for key in keys {
            if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
        }
        return "'\(text)'"
    }

    private static func kind(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: String(describing: type).hasPrefix("Array") ? "a list" : "an object"
        }
    }
}
