import DocumentModel

/// Builds the structured document from a whole input's pages (structure).
public protocol DocumentBuilding: Sendable {
    func document(from pages: [Page], source: SourceInfo) -> Document
}
