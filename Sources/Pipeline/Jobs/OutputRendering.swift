import DocumentModel
import Foundation
import Ingest
import Output

/// Renders one output format.
enum OutputRendering {
    static func data(
        _ format: OutputFormat, pages: [Page], source: SourceInfo, document: Document?, file: String? = nil,
        password: String? = nil
    ) throws -> Data {
        switch format {
        case .txt:
            return Data(PageTextWriter.text(of: pages).utf8)
        case .pages:
            return try PagesJSONWriter.data(pages: pages, source: source)
        case .json:
            // Page JSON stands in when no structure stage produced the document.
            guard let document else { return try PagesJSONWriter.data(pages: pages, source: source) }
            return try DocumentJSONWriter.data(of: document)
        case .md:
            guard let document else { throw FormatUnavailable(format: format) }
            return Data(MarkdownWriter.text(of: document).utf8)
        case .body:
            guard let document else { throw FormatUnavailable(format: format) }
            return Data(DocumentTextWriter.text(of: document).utf8)
        case .csv:
            guard let document else { throw FormatUnavailable(format: format) }
            return FiguresCSVWriter.documentData(document)
        case .xlsx:
            guard let document else { throw FormatUnavailable(format: format) }
            return try DocumentWorkbook.data(of: document)
        case .html:
            guard let document else { throw FormatUnavailable(format: format) }
            // Pages are rendered from the source as the page is written, one at a time.
            let images = PageImages(path: file ?? source.path, password: password)
            return ReviewPage.data(of: document, pages: pages, image: { images?.jpeg(page: $0) })
        }
    }
}
