import DocumentModel
import Foundation

/// Plain text (`.txt`, `.md`): lines as they are, a form feed starts a new page.
/// Blank lines stay, since they are what separates paragraphs in converter output.
/// Tables in the text (Markdown pipes, tab- or semicolon-separated rows, columns aligned with
/// spaces) become the page's tables (`TextTableFinder`).
/// The bytes may be UTF-8, UTF-16 with a BOM, or legacy TCVN3 or VNI (see `TextDecoder`).
final class TextPageReader: PageReader {
    private let pages: [[String]]
    /// How the file's bytes were read; its notice tells the user about repairs and conversions.
    let decoding: TextDecoding

    init(path: String, limits: IngestLimits = IngestLimits()) throws(IngestError) {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .unreadable(error.localizedDescription)
        }
        guard !data.isEmpty else { throw .emptyFile }
        try Self.checkPageBytes(data, limits: limits)
        let decoded = TextDecoder.decode(data)
        decoding = decoded.decoding
        // CR LF (DOS) and CR alone (old Mac) end lines as LF does.
        let text = decoded.text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
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

    /// Refuses a page certainly over --max-text-per-page before any decoding: no encoding
    /// read here takes more than 4 bytes a character, so a run of bytes without a form feed
    /// (0x0C, also a form feed's first byte in UTF-16) longer than 4 × the limit holds more
    /// characters than the limit. Decoding a 600 MB line whole is what used to crash.
    static func checkPageBytes(_ data: Data, limits: IngestLimits) throws(IngestError) {
        let most = limits.maxTextPerPage.multipliedReportingOverflow(by: 4)
        guard !most.overflow, data.count > most.partialValue else { return }
        let longest = most.partialValue
        let found = data.withUnsafeBytes { buffer -> (page: Int, bytes: Int)? in
            guard let base = buffer.baseAddress else { return nil }
            var page = 1
            var start = 0
            while start <= buffer.count {
                var next = buffer.count
                if let feed = memchr(base + start, 0x0C, buffer.count - start) {
                    next = base.distance(to: UnsafeRawPointer(feed))
                }
                if next - start > longest { return (page, next - start) }
                page += 1
                start = next + 1
            }
            return nil
        }
        if let found { throw .textBytesTooMany(page: found.page, bytes: found.bytes, limit: limits.maxTextPerPage) }
    }

    var notices: [String] { decoding.notice.map { [$0] } ?? [] }

    func read(page index: Int) throws(IngestError) -> PageWork {
        guard pages.indices.contains(index) else { throw .pageUnreadable(page: index + 1, reason: "no such page") }
        // Tables are read here, as a PDF page's are, so every later stage meets them alike.
        let (lines, tables) = TextTableFinder.splice(pages[index].map(LookalikeLetters.folded))
        return .ready(Page(number: index + 1, source: .text, lines: lines, tables: tables.isEmpty ? nil : tables))
    }
}
