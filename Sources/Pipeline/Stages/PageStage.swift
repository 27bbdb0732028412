import DocumentModel

/// A stage that works on one page at a time as pages stream through (restoration).
public protocol PageStage: Sendable {
    func process(_ page: Page) -> Page
}
