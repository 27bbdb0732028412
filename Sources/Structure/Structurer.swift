import DocumentModel

/// The Structure stage: pages in, a structured document out.
///
/// Lines are normalised (NFC, tone placement, split syllables), page furniture and
/// footnote bodies are taken out of the text, footnote calls anchored as `[^N]`, the
/// remaining lines flowed into paragraphs across page breaks, and the blocks sorted into
/// title, headings with their section tree, items, paragraphs and the closing block.
public struct Structurer: Sendable {
    public init() {}

    public func document(from pages: [Page], source: SourceInfo) -> Document {
        let lines = pages.map(LineAssembler.lines(of:))
        let (framed, furniture) = FurnitureDetector(pages: lines, heights: pages.map(\.height)).split()
        let separated = FootnoteSeparator(pages: framed).split()
        var anchorer = FootnoteAnchorer(
            body: separated.body, footnotes: separated.footnotes, bodyLinesBefore: separated.bodyLinesBefore)
        let body = anchorer.anchor()
        let builder = ParagraphBuilder(lines: body)
        let (title, blocks) = BlockAssembler(fontsKnown: builder.fontsKnown, metrics: builder.metrics).assemble(builder.blocks())
        return Document(
            source: source, title: title, blocks: blocks, footnotes: Structurer.clean(separated.footnotes),
            furniture: furniture)
    }

    /// One footnote per number, in number order, marker remnants removed.
    static func clean(_ footnotes: [Footnote]) -> [Footnote] {
        var byNumber: [Int: Footnote] = [:]
        for footnote in footnotes {
            var footnote = footnote
            footnote.text = MarkerCleanup.finish(footnote.text)
            if let existing = byNumber[footnote.number] {
                byNumber[footnote.number]?.text = LineJoiner.join(existing.text, footnote.text)
            } else {
                byNumber[footnote.number] = footnote
            }
        }
        return byNumber.values.sorted { $0.number < $1.number }
    }
}
