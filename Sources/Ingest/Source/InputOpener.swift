import Foundation

public enum InputOpener {
    /// Opens `path` with the reader its content calls for.
    public static func open(_ path: String, options: IngestOptions) throws(IngestError) -> any PageReader {
        let reader: any PageReader
        switch try detect(path) {
        case .pdf: reader = try PDFPageReader(path: path, options: options)
        case .image: reader = try ImagePageReader(path: path, options: options)
        case .text: reader = try TextPageReader(path: path, limits: options.limits)
        }
        return try LimitedPageReader(reader, limits: options.limits)
    }

    public static func detect(_ path: String) throws(IngestError) -> InputKind {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .fileNotFound }
        guard !isDirectory.boolValue else { throw .unreadable("it is a directory") }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable("permission denied") }
        defer { try? handle.close() }
        let head: Data
        do { head = try handle.read(upToCount: 1024) ?? Data() } catch { throw .unreadable(error.localizedDescription) }
        guard !head.isEmpty else { throw .emptyFile }
        let bytes = [UInt8](head)
        let ext = (path as NSString).pathExtension.lowercased()
        if bytes.starts(with: Array("%PDF".utf8)) || (ext == "pdf" && containsPDFMarker(bytes)) { return .pdf }
        if ext == "pdf" { throw .unreadable("not a PDF (no %PDF header)") }
        if isImage(bytes) { return .image }
        if ["png", "jpg", "jpeg", "tif", "tiff"].contains(ext) { throw .imageUnreadable("not a PNG, JPEG or TIFF file") }
        if ["txt", "md", "text", "markdown"].contains(ext) || !bytes.contains(0) || hasUTF16BOM(bytes) { return .text }
        throw .unsupportedFormat
    }

    /// PDF allows junk before the header within the first kilobyte.
    private static func containsPDFMarker(_ bytes: [UInt8]) -> Bool {
        let marker = Array("%PDF-".utf8)
        guard bytes.count >= marker.count else { return false }
        return (0...(bytes.count - marker.count)).contains { Array(bytes[$0..<($0 + marker.count)]) == marker }
    }

    /// UTF-16 text is full of zero bytes; its byte order mark is what gives it away.
    private static func hasUTF16BOM(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }

    private static func isImage(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0x89, 0x50, 0x4E, 0x47])  // PNG
            || bytes.starts(with: [0xFF, 0xD8, 0xFF])  // JPEG
            || bytes.starts(with: [0x49, 0x49, 0x2A, 0x00])  // TIFF, little-endian
            || bytes.starts(with: [0x4D, 0x4D, 0x00, 0x2A])  // TIFF, big-endian
    }
}
