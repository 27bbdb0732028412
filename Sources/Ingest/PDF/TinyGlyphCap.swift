/// poppler's text output keeps at most 50,000 tiny glyphs of a page (advancing less than
/// 3 points either way: small print, and the letters of a hostile file) and drops the rest
/// without a word. A page that comes back with that many is said to be missing text.
enum TinyGlyphCap {
    /// poppler's cap, fixed in its text output (TextOutputDev).
    static let kept = 50_000
    /// A glyph narrower than this (points) on its short side counts as tiny.
    static let tinySide = 3.0

    /// Whether the page's text reached the cap: it has that many characters at least, and
    /// that many of their boxes are tiny.
    static func reached(characters: Int, boxes: [PDFRect]) -> Bool {
        guard characters >= kept else { return false }
        return boxes.count(where: { min(abs($0.x2 - $0.x1), abs($0.y2 - $0.y1)) < tinySide }) >= kept
    }

    static func notice(page: Int) -> String {
        "page \(page): poppler keeps at most \(kept) tiny glyphs (under \(Int(tinySide)) points) of a page and dropped the rest; the page's text is incomplete"
    }
}
