struct PDFFontRun: Sendable, Hashable {
    /// Inclusive scalar offsets into the page text.
    var start: Int, end: Int
    var fontName: String
    var fontSize: Double
    /// Set in white, on white paper: placeholders a publishing tool left in ("[daky]" where
    /// the signature goes), not text a reader sees. poppler gives one colour per word.
    var invisible = false

    /// Nearly full intensity on all three channels (poppler's 16-bit colour).
    static func isWhite(red: UInt16, green: UInt16, blue: UInt16) -> Bool {
        min(red, green, blue) >= 0xF000
    }
}
