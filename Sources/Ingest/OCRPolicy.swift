/// When a page is sent to OCR.
public enum OCRPolicy: String, Sendable, CaseIterable {
    /// Per page: OCR only the pages without a usable text layer.
    case auto
    /// Every page of a PDF is rendered and recognised, text layer or not.
    case always
    /// Never OCR; pages without text come out empty.
    case never
}
