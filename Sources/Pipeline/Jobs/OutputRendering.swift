import DocumentModel
import Foundation
import Output

/// Output file names: the input's name without its extension, reduced to characters that
/// cannot climb out of the output directory or hide the file.
public enum OutputNaming {
    public static func baseName(for input: String) -> String {
        let name = ((input as NSString).lastPathComponent as NSString).deletingPathExtension
        let cleaned = String(name.map { "/\\\0".contains($0) ? "_" : $0 })
        let trimmed = cleaned.drop { $0 == "." }
        return trimmed.isEmpty ? "document" : String(trimmed)
    }
}

public struct FormatUnavailable: Error, CustomStringConvertible {
    public let format: OutputFormat
    public var description: String { "format '\(format.rawValue)' needs the structure stage" }
}

/// Renders one output format.
enum OutputRendering {
    static func data(_ format: OutputFormat, pages: [Page], source: SourceInfo, document: Document?) throws -> Data {
        switch format {
        case .txt:
            return Data(PageTextWriter.text(of: pages).utf8)
        case .pages:
            return try PagesJSONWriter.data(pages: pages, source: source)
        case .json:
            // Page JSON stands in until a structure stage produces the document.
            return try PagesJSONWriter.data(pages: pages, source: source)
        case .md, .body, .csv:
            throw FormatUnavailable(format: format)
        }
    }
}
