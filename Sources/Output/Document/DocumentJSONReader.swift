import DocumentModel
import Foundation

/// Reads a document JSON (`baocao.document/1`) through the same `Codable` conformance that
/// writes it.
public enum DocumentJSONReader {
    public static func document(from data: Data) throws -> Document {
        try JSONDecoder().decode(Document.self, from: data)
    }
}
