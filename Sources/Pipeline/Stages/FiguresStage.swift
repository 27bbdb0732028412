import DocumentModel
import Figures

/// Fills the document's `figures`: every statistic with its meaning and provenance, rows named
/// after the source path.
public struct FiguresStage: DocumentStage {
    public init() {}

    public func process(_ document: Document) -> Document {
        var document = document
        document.figures = FigureExtractor().figures(in: document, doc: document.source.path)
        return document
    }
}
