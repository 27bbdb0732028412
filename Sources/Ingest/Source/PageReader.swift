import DocumentModel

/// Reads the pages of one input, one at a time and in order.
///
/// A reader owns C objects that are not safe to share between threads, so it is used from
/// one thread at a time; the pipeline gives it a serial queue of its own.
public protocol PageReader: AnyObject {
    var pageCount: Int { get }
    /// What the reader had to change to read the input (text converted from a legacy
    /// encoding, invalid bytes replaced), one line each for the user; empty when nothing.
    var notices: [String] { get }
    /// Reads page `index` (0-based).
    func read(page index: Int) throws(IngestError) -> PageWork
    /// Whether a second reader opened on the same input can read some of its pages at the
    /// same time at little cost (a PDF: each page is parsed on its own).
    var readsPagesIndependently: Bool { get }
}

extension PageReader {
    public var notices: [String] { [] }
    public var readsPagesIndependently: Bool { false }
}
