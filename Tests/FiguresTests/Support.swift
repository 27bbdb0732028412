import DocumentModel
import Figures

/// Builds a small document from paragraphs (and footnotes) and returns its figures.
func figures(_ paragraphs: String..., footnotes: [Int: String] = [:], headings: [(String, String)] = []) -> [Figure] {
    var blocks = headings.enumerated().map { index, heading in
        Block(kind: .heading, text: heading.1, level: HeadingLevel(rawValue: index + 1), label: heading.0)
    }
    // Paragraphs are written with their calls as `[^N]`, the way a document JSON carries them.
    blocks += paragraphs.map { paragraph in
        let (text, citations) = FootnoteReference.read(paragraph)
        return Block(kind: .paragraph, text: text, citations: citations, pages: PageRange(3))
    }
    let notes = footnotes.sorted { $0.key < $1.key }.map { Footnote(number: $0.key, text: $0.value, page: 4) }
    let document = Document(source: SourceInfo(path: "test.txt", sha256: "", pages: 4), blocks: blocks, footnotes: notes)
    return FigureExtractor().figures(in: document, doc: "test")
}

/// The only figure of a sentence; nil when there is not exactly one.
func onlyFigure(_ sentence: String) -> Figure? {
    let found = figures(sentence)
    return found.count == 1 ? found[0] : nil
}

extension Array where Element == Figure {
    func first(raw: String) -> Figure? { first { $0.raw == raw } }
    var values: [Double] { map(\.value) }
}

extension Figure {
    /// The `measure` and `type` columns as the CSV writes them.
    var measureColumn: String { measure.rawValue }
    var typeColumn: String { type.rawValue }
}
