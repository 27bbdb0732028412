struct PDFFontRun: Sendable, Hashable {
    /// Inclusive scalar offsets into the page text.
    var start: Int, end: Int
    var fontName: String
    var fontSize: Double
}
