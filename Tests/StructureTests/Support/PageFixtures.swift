import DocumentModel
import Structure

/// Builds the pages the tests feed the structurer: plain text pages (lines as written,
/// blank lines kept) and laid-out pages with boxes and font sizes like a PDF text layer.
enum PageFixtures {
    static func textPages(_ pages: [String]) -> [Page] {
        pages.enumerated().map { index, text in
            Page(
                number: index + 1, source: .text,
                lines: text.split(separator: "\n", omittingEmptySubsequences: false).map { Line(text: String($0)) })
        }
    }

    static func structure(_ pages: [Page]) -> Document {
        Structurer().document(from: pages, source: SourceInfo(path: "test", sha256: "", pages: pages.count))
    }

    static func structureText(_ pages: String...) -> Document {
        structure(textPages(pages))
    }
}
