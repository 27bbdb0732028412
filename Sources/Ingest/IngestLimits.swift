/// Bounds on what one input may ask of the machine. Each has a command-line flag; the
/// defaults are far above any real report and far below what would exhaust memory or time.
/// Going over a bound is an error for the whole input, never a silent cut: a report read
/// in part would look complete in the outputs.
public struct IngestLimits: Sendable, Equatable {
    /// Documents with more pages are refused before any page is read.
    public var maxPages: Int
    /// Longest page side in points. 14400 (200 inches) is the largest page the PDF
    /// specification allows; a bigger MediaBox is refused before rendering.
    public var maxPageSide: Double
    /// Most characters a page's text may have (text layer or text file page); the later
    /// stages work line by line over a page and a page this long is built to stall them.
    public var maxTextPerPage: Int
    /// Longest side of a picture, in pixels, checked from the file header before decoding.
    /// Tesseract keeps coordinates in 16 bits, so a side above 32767 cannot be recognised.
    public var maxImageSide: Int
    /// Seconds tesseract may spend recognising one page. poppler's text extraction and
    /// rendering cannot be interrupted, so they are bounded by the size limits instead.
    public var pageTimeout: Double

    public init(
        maxPages: Int = 5000, maxPageSide: Double = 14400, maxTextPerPage: Int = 1_000_000,
        maxImageSide: Int = 32000, pageTimeout: Double = 60
    ) {
        self.maxPages = maxPages
        self.maxPageSide = maxPageSide
        self.maxTextPerPage = maxTextPerPage
        self.maxImageSide = maxImageSide
        self.pageTimeout = pageTimeout
    }
}
