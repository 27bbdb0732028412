import CTesseract
import Foundation

/// A PDF's pages as pictures a person looks at: the review page shows each page with its
/// figures drawn over it. Pages are rendered one at a time on request, so a long document
/// never holds more than one page's bitmap.
package final class PageImages {
    private let document: PDFDocument

    /// Screen resolution: small type stays readable on a laptop, and a 60-page gazette stays
    /// a file of a few megabytes.
    package static let dpi: Double = 96
    /// JPEG quality: gray text on paper keeps crisp edges well above this.
    static let quality: Int32 = 60

    /// nil when `path` is not a PDF poppler can open (an image or text input).
    package init?(path: String, password: String?) {
        guard (try? InputOpener.detect(path)) == .pdf, let document = try? PDFDocument(path: path, password: password)
        else { return nil }
        self.document = document
    }

    /// Page `number` (1-based) as a gray JPEG, nil when it cannot be rendered.
    package func jpeg(page number: Int) -> Data? {
        guard number >= 1, number <= document.pageCount, let page = document.page(at: number - 1),
            let image = page.render(dpi: Self.dpi)
        else { return nil }
        return image.jpeg(quality: Self.quality)
    }
}

extension GrayImage {
    /// The picture encoded by leptonica as a baseline JPEG.
    func jpeg(quality: Int32) -> Data? {
        guard let pix = pixCreate(Int32(width), Int32(height), 8) else { return nil }
        let picture = LeptonicaPicture(pix)
        guard let data = pixGetData(pix) else { return nil }
        let wordsPerLine = Int(pixGetWpl(pix))
        let bytes = UnsafeMutableRawPointer(data).assumingMemoryBound(to: UInt8.self)
        pixels.withUnsafeBufferPointer { source in
            for y in 0..<height {
                let row = bytes + y * wordsPerLine * 4
                for x in 0..<width {
                    // leptonica's byte order within its 32-bit words (see `LeptonicaPicture.copyGray`).
                    #if _endian(little)
                    row[x ^ 3] = source[y * width + x]
                    #else
                    row[x] = source[y * width + x]
                    #endif
                }
            }
        }
        pixSetResolution(pix, Int32(dpi), Int32(dpi))
        var output: UnsafeMutablePointer<UInt8>?
        var size = 0
        guard let encoded = picture.pointer, pixWriteMemJpeg(&output, &size, encoded, quality, 0) == 0, let output else {
            return nil
        }
        defer { lept_free(output) }
        return Data(bytes: output, count: size)
    }
}
