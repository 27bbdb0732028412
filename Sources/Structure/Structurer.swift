import DocumentModel

/// The Structure stage: pages in, a structured document out.
///
/// Lines are normalised (NFC, tone placement, split syllables) and their raised numbers read,
/// page furniture and footnote bodies are taken out of the text, footnote calls anchored as
/// `Citation`s, the remaining lines flowed into paragraphs across page breaks, and the blocks
/// sorted into title, headings with their section tree, items, paragraphs and the closing block.
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

    /// One footnote per number, in number order.
    static func clean(_ footnotes: [Footnote]) -> [Footnote] {
        var byNumber: [Int: Footnote] = [:]
        for footnote in footnotes {
            if byNumber[footnote.number] != nil {
                byNumber[footnote.number]?.append(CitedText(text: footnote.text, calls: footnote.citations))
            } else {
                byNumber[footnote.number] = footnote
            }
        }
        return byNumber.values.sorted { $0.number < $1.number }
    }
}
