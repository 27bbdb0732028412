/// A number the input sets above its line: a footnote call, or the number a footnote body
/// starts with. `RaisedNumberReader` takes it out of the text where lines come in; the
/// footnote stages decide what it is.
struct RaisedNumber: Sendable, Hashable {
    enum Form: Sendable, Hashable {
        /// A converter's `<sup>3</sup>`.
        case tag
        /// `⁽³⁾`.
        case parenthesised
        /// Superscript digits `³`, `¹²`: characters of the text.
        case superscript
        /// Digits a text layer sets smaller than the line and raised above its baseline.
        case layer
        /// A converter's footnote reference `[^3]` or `^[3]`: a call wherever it stands.
        case reference
        /// A plain text's "[3]", read as a call only where body lines "[3] …" answer it
        /// (`BracketedNotes`).
        case bracketed
    }

    var value: Int
    var form: Form
    /// Characters of the line's text before it.
    var offset: Int
    /// Whitespace stood between it and the text before it.
    var spaced: Bool

    /// What the text keeps of it where it is not anchored as a call: superscript digits are
    /// characters of the text and stay where they stood; markup and layer runs go. Nil for a
    /// reference mark, which is a call all the same.
    var leftover: String? {
        switch form {
        case .reference: nil
        case .superscript: (spaced ? " " : "") + Superscript.write(value)
        case .tag, .parenthesised, .layer: ""
        case .bracketed: "[\(value)]"
        }
    }
}
