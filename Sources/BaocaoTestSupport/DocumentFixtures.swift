import DocumentModel

/// Structured documents written straight from their parts, for the stages and writers that
/// read a document without the structurer making it.
package enum DocumentFixtures {
    /// Headings (label, title) at levels 1, 2, … in order, then the paragraphs on page 3, and
    /// the footnotes on page 4 of a four-page "test.txt".
    package static func document(
        paragraphs: [String], footnotes: [Int: String] = [:], headings: [(String, String)] = []
    ) -> Document {
        var blocks = headings.enumerated().map { index, heading in
            Block(kind: .heading, text: heading.1, level: HeadingLevel(rawValue: index + 1), label: heading.0)
        }
        // Paragraphs are written with their calls as `[^N]`, the way a document JSON carries them.
        blocks += paragraphs.map { paragraph in
            let (text, citations) = FootnoteReference.read(paragraph)
            return Block(kind: .paragraph, text: text, citations: citations, pages: PageRange(3))
        }
        let notes = footnotes.sorted { $0.key < $1.key }.map { Footnote(number: $0.key, text: $0.value, page: 4) }
        return Document(source: SourceInfo(path: "test.txt", sha256: "", pages: 4), blocks: blocks, footnotes: notes)
    }
}
