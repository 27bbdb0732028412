import DocumentModel

/// Adds to a structured document (figures).
public protocol DocumentStage: Sendable {
    func process(_ document: Document) -> Document
}
