import DocumentModel
import Foundation

/// `pages`: the pages as ingestion gave them, lines with boxes, fonts and confidences,
/// schema `baocao.pages/1`.
public enum PagesJSONWriter {
    public static let schemaName = "baocao.pages/1"

    struct PagesFile: Encodable {
        let schema: String
        let source: SourceInfo
        let pages: [Page]
    }

    public static func data(pages: [Page], source: SourceInfo) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        var data = try encoder.encode(PagesFile(schema: schemaName, source: source, pages: pages))
        data.append(0x0A)
        return data
    }
}
