import BaocaoTestSupport
import DocumentModel
import Figures

/// Builds a small document from paragraphs (and footnotes) and returns its figures.
func figures(_ paragraphs: String..., footnotes: [Int: String] = [:], headings: [(String, String)] = []) -> [Figure] {
    let document = DocumentFixtures.document(paragraphs: paragraphs, footnotes: footnotes, headings: headings)
    return FigureExtractor().figures(in: document, doc: "test")
}

/// The only figure of a sentence; nil when there is not exactly one.
func onlyFigure(_ sentence: String) -> Figure? {
    let found = figures(sentence)
    return found.count == 1 ? found[0] : nil
}

/// Whether a text's numbers all keep their rows and none takes a measure: what a text that
/// counts no petition must give.
func onlyFiguresWithoutMeasure(_ text: String) -> Bool {
    let found = figures(text)
    return !found.isEmpty && found.allSatisfy { $0.measureColumn.isEmpty }
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
