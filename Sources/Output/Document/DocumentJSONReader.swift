import DocumentModel
import Foundation

/// Reads a document JSON (`baocao.document/1`) through the same `Codable` conformance that
/// writes it.
public enum DocumentJSONReader {
    /// Throws `DocumentJSONError` when `data` is not such a document.
    public static func document(from data: Data) throws -> Document {
        do {
            return try JSONDecoder().decode(Document.self, from: data)
        } catch let error as DecodingError {
            throw DocumentJSONError(error)
        }
    }
}
