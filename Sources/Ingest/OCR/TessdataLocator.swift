import Foundation

/// Finds the folder holding `LANG.traineddata`: TESSDATA_PREFIX first, then Debian's paths.
enum TessdataLocator {
    static let debianPaths = [
        "/usr/share/tesseract-ocr/5/tessdata",
        "/usr/share/tesseract-ocr/4.00/tessdata",
        "/usr/share/tessdata",
        "/usr/local/share/tessdata",
    ]

    static func directory(for language: String) throws(IngestError) -> String {
        var candidates: [String] = []
        if let prefix = ProcessInfo.processInfo.environment["TESSDATA_PREFIX"], !prefix.isEmpty {
            candidates.append(prefix)
            candidates.append((prefix as NSString).appendingPathComponent("tessdata"))
        }
        candidates += debianPaths
        // "vie+eng" needs every part present.
        let parts = language.split(separator: "+").map(String.init)
        for directory in candidates {
            let complete = parts.allSatisfy {
                FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent("\($0).traineddata"))
            }
            if complete { return directory }
        }
        throw .ocrUnavailable(
            "tesseract language data '\(language)' not found (install tesseract-ocr-\(parts.first ?? language) or set TESSDATA_PREFIX)")
    }
}
