import DocumentModel

/// What reading one page gave: a finished page, or a picture that still needs OCR.
public enum PageWork: Sendable {
    case ready(Page)
    /// `page` carries number and size; OCR fills its lines.
    case needsOCR(page: Page, image: GrayImage)
}
