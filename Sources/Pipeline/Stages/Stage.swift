import DocumentModel

/// A stage that works on one page at a time as pages stream through (restoration).
public protocol PageStage: Sendable {
    func process(_ page: Page) -> Page
}

/// Builds the structured document from a whole input's pages (structure).
public protocol DocumentBuilding: Sendable {
    func document(from pages: [Page], source: SourceInfo) -> Document
}

/// Adds to a structured document (figures).
public protocol DocumentStage: Sendable {
    func process(_ document: Document) -> Document
}
