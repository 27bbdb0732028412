import CPoppler
import Foundation

/// Owns a poppler document. poppler is not safe for concurrent use of one document, so a
/// `PDFDocument` is used from one thread at a time (the ingest reader's queue).
final class PDFDocument {
    private let handle: OpaquePointer
    let pageCount: Int

    init(path: String, password: String?) throws(IngestError) {
        var error: UnsafeMutablePointer<GError>?
        // poppler opens URIs, and a file URI needs an absolute path.
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        guard let uri = g_filename_to_uri(absolute, nil, &error) else {
            let message = error.map { String(cString: $0.pointee.message) } ?? "bad path"
            g_clear_error(&error)
            throw .unreadable(message)
        }
        defer { g_free(uri) }
        guard let document = poppler_document_new_from_file(uri, password, &error) else {
            throw PDFDocument.translate(error, passwordGiven: password != nil)
        }
        handle = document
        pageCount = Int(poppler_document_get_n_pages(document))
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(handle))
    }

    /// The number of signature fields; the stamp is looked for only when there is one.
    var signatureCount: Int { Int(poppler_document_get_n_signatures(handle)) }

    /// The page at a 0-based index, or nil when poppler cannot load it.
    func page(at index: Int) -> PDFPage? {
        guard let page = poppler_document_get_page(handle, Int32(index)) else { return nil }
        return PDFPage(handle: page)
    }

    /// Converts a GError into the error users see, keeping poppler's code and message.
    private static func translate(_ error: UnsafeMutablePointer<GError>?, passwordGiven: Bool) -> IngestError {
        guard let error else { return .damagedPDF(code: -1, message: "unknown error") }
        defer { g_error_free(error) }
        let code = Int(error.pointee.code)
        let message = String(cString: error.pointee.message)
        if error.pointee.domain == poppler_error_quark(), code == Int(POPPLER_ERROR_ENCRYPTED.rawValue) {
            return .encrypted(passwordGiven: passwordGiven)
        }
        if error.pointee.domain == g_file_error_quark() {
            return .unreadable(message)
        }
        return .damagedPDF(code: code, message: message)
    }
}
