import CTesseract

/// Owns a leptonica PIX; copies it out as an 8-bit gray `GrayImage`.
final class LeptonicaPicture {
    private var pix: UnsafeMutablePointer<PIX>?

    /// Takes ownership of `pix`.
    init(_ pix: UnsafeMutablePointer<PIX>) {
        self.pix = pix
    }

    deinit {
        pixDestroy(&pix)
    }

    /// The owned PIX, for the operations that make new pictures from it; never escapes the module.
    var pointer: UnsafeMutablePointer<PIX>? { pix }

    /// The picture as 8-bit gray; `defaultDPI` when the file records no resolution.
    func grayImage(defaultDPI: Int) -> GrayImage? {
        guard let pix, let gray = pixConvertTo8(pix, 0) else { return nil }
        let owned = LeptonicaPicture(gray)
        return owned.copyGray(dpi: Double(pixGetXRes(pix) > 0 ? Int(pixGetXRes(pix)) : defaultDPI))
    }

    /// leptonica packs 8-bit pixels into 32-bit words, most significant byte first, so on a
    /// little-endian machine byte x of a row sits at offset x ^ 3.
    func copyGray(dpi: Double, originX: Double = 0, originY: Double = 0) -> GrayImage? {
        guard let pix, let data = pixGetData(pix) else { return nil }
        let width = Int(pixGetWidth(pix)), height = Int(pixGetHeight(pix)), wordsPerLine = Int(pixGetWpl(pix))
        let bytes = UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self)
        let pixels = [UInt8](unsafeUninitializedCapacity: width * height) { buffer, count in
            for y in 0..<height {
                let row = bytes + y * wordsPerLine * 4
                for x in 0..<width {
                    #if _endian(little)
                    buffer[y * width + x] = row[x ^ 3]
                    #else
                    buffer[y * width + x] = row[x]
                    #endif
                }
            }
            count = width * height
        }
        return GrayImage(width: width, height: height, dpi: dpi, originX: originX, originY: originY, pixels: pixels)
    }
}
