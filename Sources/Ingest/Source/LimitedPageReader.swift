import DocumentModel

/// Holds any reader to `IngestLimits`: the page count when the input is opened, and the
/// text of every page it gives. The readers check what they can earlier (a PDF page's raw
/// text before its layout is built, an image's header before decoding); this wrapper is
/// the one place every kind of input passes, text files included.
final class LimitedPageReader: PageReader {
    private let reader: any PageReader
    private let limits: IngestLimits

    init(_ reader: any PageReader, limits: IngestLimits) throws(IngestError) {
        guard reader.pageCount <= limits.maxPages else {
            throw .tooManyPages(count: reader.pageCount, limit: limits.maxPages)
        }
        self.reader = reader
        self.limits = limits
    }

    var pageCount: Int { reader.pageCount }

    var notices: [String] { reader.notices }

    var readsPagesIndependently: Bool { reader.readsPagesIndependently }

    func read(page index: Int) throws(IngestError) -> PageWork {
        let work = try reader.read(page: index)
        if case .ready(let page) = work {
            let characters = page.lines.reduce(0) { $0 + $1.text.unicodeScalars.count }
            guard characters <= limits.maxTextPerPage else {
                throw .textTooLong(page: page.number, characters: characters, limit: limits.maxTextPerPage)
            }
        }
        return work
    }
}
