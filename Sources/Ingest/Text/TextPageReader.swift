import DocumentModel
import Foundation

/// Plain text (`.txt`, `.md`): lines as they are, a form feed starts a new page.
/// Blank lines stay, since they are what separates paragraphs in converter output.
/// The bytes may be UTF-8, UTF-16 with a BOM, or legacy TCVN3 or VNI (see `TextDecoder`).
final class TextPageReader: PageReader {
    private let pages: [[String]]
    /// How the file's bytes were read; its notice tells the user about repairs and conversions.
    let decoding: TextDecoding

    init(path: String) throws(IngestError) {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .unreadable(error.localizedDescription)
        }
        guard !data.isEmpty else { throw .emptyFile }
        let decoded = TextDecoder.decode(data)
        decoding = decoded.decoding
        let text = decoded.text.replacingOccurrences(of: "\r\n", with: "\n")
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

    var notices: [String] { decoding.notice.map { [$0] } ?? [] }

    func read(page index: Int) throws(IngestError) -> PageWork {
        guard pages.indices.contains(index) else { throw .pageUnreadable(page: index + 1, reason: "no such page") }
        let lines = pages[index].map { Line(text: LookalikeLetters.folded($0)) }
        return .ready(Page(number: index + 1, source: .text, lines: lines))
    }
}
