import Foundation

/// Why an input could not be read. The description is one line a user can act on;
/// the CLI prefixes it with the file name.
public enum IngestError: Error, Sendable, Equatable, CustomStringConvertible {
    case fileNotFound
    case unreadable(String)
    case unsupportedFormat
    case emptyFile
    case encrypted(passwordGiven: Bool)
    case damagedPDF(code: Int, message: String)
    case noPages
    case imageTooLarge(width: Int, height: Int, limit: Int)
    case imageUnreadable(String)
    case pageUnreadable(page: Int, reason: String)
    case ocrUnavailable(String)
    case ocrFailed(page: Int, reason: String)
    case tooManyPages(count: Int, limit: Int)
    case pageTooLarge(page: Int, width: Double, height: Double, limit: Double)
    case textTooLong(page: Int, characters: Int, limit: Int)
    /// A text file's page seen from its bytes alone, before decoding: certainly over the limit.
    case textBytesTooMany(page: Int, bytes: Int, limit: Int)
    case imageSideTooLong(width: Int, height: Int, limit: Int)
    case ocrTimedOut(page: Int, seconds: Double)
    case noPageSelected(PageSelection, pageCount: Int)
    /// A drawing that would run more operators than `limit` (forms drawn inside forms).
    case drawingTooLarge(page: Int, limit: Int)

    public var description: String {
        switch self {
        case .fileNotFound:
            return "no such file"
        case .unreadable(let reason):
            return "cannot read the file: \(reason)"
        case .unsupportedFormat:
            return "not a PDF, image (PNG, JPEG, TIFF) or text file"
        case .emptyFile:
            return "the file is empty"
        case .encrypted(let passwordGiven):
            return passwordGiven
                ? "the PDF is encrypted and the password is wrong"
                : "the PDF is encrypted; give its password with --password"
        case .damagedPDF(let code, let message):
            return "damaged or truncated PDF (poppler error \(code): \(message))"
        case .noPages:
            return "the document has no pages"
        case .imageTooLarge(let width, let height, let limit):
            return "image of \(width)×\(height) pixels exceeds the cap of \(limit / 1_000_000) megapixels (--max-megapixels)"
        case .imageUnreadable(let reason):
            return "cannot decode the image: \(reason)"
        case .pageUnreadable(let page, let reason):
            return "page \(page): \(reason)"
        case .ocrUnavailable(let reason):
            return "OCR is not available: \(reason)"
        case .ocrFailed(let page, let reason):
            return "page \(page): OCR failed: \(reason)"
        case .tooManyPages(let count, let limit):
            return "the document has \(count) pages, more than the limit of \(limit) (--max-pages)"
        case .pageTooLarge(let page, let width, let height, let limit):
            return "page \(page): page of \(whole(width))×\(whole(height)) points exceeds \(whole(limit)) points a side (--max-page-size)"
        case .textTooLong(let page, let characters, let limit):
            return "page \(page): text of \(characters) characters exceeds the limit of \(limit) (--max-text-per-page)"
        case .textBytesTooMany(let page, let bytes, let limit):
            return "page \(page): \(bytes) bytes of text without a page break, more than the limit of \(limit) characters (--max-text-per-page)"
        case .imageSideTooLong(let width, let height, let limit):
            return "image of \(width)×\(height) pixels exceeds \(limit) pixels a side (--max-image-side)"
        case .ocrTimedOut(let page, let seconds):
            return "page \(page): OCR took longer than \(String(format: "%g", seconds)) s (--page-timeout)"
        case .noPageSelected(let selection, let count):
            return "--pages \(selection) selects none of the document's \(count) pages"
        case .drawingTooLarge(let page, let limit):
            return "page \(page): its drawing runs more than \(limit) operators (forms drawn inside forms); refused rather than drawn"
        }
    }

    /// A number as a whole one; a hostile file's sizes may be infinite, which `Int` traps on.
    private func whole(_ value: Double) -> String {
        abs(value) < 1e15 ? String(Int(value.rounded())) : String(value)
    }
}
