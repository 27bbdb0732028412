import DocumentModel
import Figures

/// Builds a small document from paragraphs (and footnotes) and returns its figures.
func figures(_ paragraphs: String..., footnotes: [Int: String] = [:], headings: [(String, String)] = []) -> [Figure] {
    var blocks = headings.enumerated().map { index, heading in
        Block(kind: .heading, text: heading.1, level: index + 1, label: heading.0)
    }
    blocks += paragraphs.map { Block(kind: .paragraph, text: $0, pages: [3]) }
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
