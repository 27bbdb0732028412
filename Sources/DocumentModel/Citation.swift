/// A footnote call in a text: footnote `footnote` is cited at `offset`, counted in `Character`s
/// of a text that holds no call marks of its own. A text's calls come in order of offset.
public struct Citation: Sendable, Hashable {
    public var footnote: Int
    public var offset: Int

    public init(footnote: Int, offset: Int) {
        self.footnote = footnote
        self.offset = offset
    }
}

/// A text that cites footnotes: a block, a footnote, a title line.
public protocol CitingText {
    /// The text without call marks.
    var text: String { get }
    /// The footnote calls in `text`, in order.
    var citations: [Citation] { get }
}

extension CitingText {
    /// The text with each call written as `[^N]`, as the document JSON, Markdown and body
    /// text carry it.
    public var referencedText: String { FootnoteReference.write(text, citations: citations) }
}
