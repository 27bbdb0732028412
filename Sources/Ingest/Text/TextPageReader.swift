import DocumentModel
import Foundation

/// Plain text (`.txt`, `.md`): lines as they are, a form feed starts a new page.
/// Blank lines stay, since they are what separates paragraphs in converter output.
final class TextPageReader: PageReader {
    private let pages: [[String]]

    init(path: String) throws(IngestError) {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .unreadable(error.localizedDescription)
        }
        guard !data.isEmpty else { throw .emptyFile }
        let text = String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: "\r\n", with: "\n")
            .precomposedStringWithCanonicalMapping
        var pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { page in
            var lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last == "" { lines.removeLast() }
            return lines
        }
        // A final form feed ends the last page rather than opening an empty one.
        if pages.count > 1, pages.last?.isEmpty == true { pages.removeLast() }
        self.pages = pages
    }

    var pageCount: Int { pages.count }

    func read(page index: Int) throws(IngestError) -> PageWork {
        guard pages.indices.contains(index) else { throw .pageUnreadable(page: index + 1, reason: "no such page") }
        return .ready(Page(number: index + 1, source: .text, lines: pages[index].map { Line(text: $0) }))
    }
}
