import DocumentModel
import Foundation

/// `json`: the structured document, schema `baocao.document/1`, as `Document`'s `Codable`
/// conformance defines it, keys in the order it encodes them.
public enum DocumentJSONWriter {
    public static func data(of document: Document) throws -> Data {
        Data((try OrderedJSONEncoder.encode(document).rendered() + "\n").utf8)
    }
}
