import CTesseract
import DocumentModel
import Foundation

/// PNG, JPEG and (multi-page) TIFF through leptonica; every page goes to OCR.
final class ImagePageReader: PageReader {
    private let path: String
    private let isTIFF: Bool
    private let maxPixels: Int
    private let maxSide: Int
    let pageCount: Int

    init(path: String, options: IngestOptions) throws(IngestError) {
        LeptonicaMessages.silence()
        var format: Int32 = 0, width: Int32 = 0, height: Int32 = 0, bps: Int32 = 0, spp: Int32 = 0, colormap: Int32 = 0
        let (status, messages) = DecoderMessages.capturing {
            pixReadHeader(path, &format, &width, &height, &bps, &spp, &colormap)
        }
        guard status == 0 else {
            throw .imageUnreadable(messages.isEmpty ? "unreadable header" : "unreadable header (\(messages))")
        }
        self.path = path
        self.maxPixels = options.maxPixels
        maxSide = options.limits.maxImageSide
        isTIFF = [IFF_TIFF, IFF_TIFF_G3, IFF_TIFF_G4, IFF_TIFF_LZW, IFF_TIFF_ZIP, IFF_TIFF_PACKBITS, IFF_TIFF_RLE,
                  IFF_TIFF_JPEG].map { Int32($0) }.contains(format)
        pageCount = isTIFF ? ImagePageReader.tiffPageCount(path) : 1
        guard pageCount > 0 else { throw .noPages }
        // Checked before decoding, so an oversized picture never reaches memory.
        try checkSize(width: Int(width), height: Int(height))
    }

    func read(page index: Int) throws(IngestError) -> PageWork {
        // Every page of a TIFF declares its own size; each is checked before it is decoded.
        if isTIFF && index > 0 { try checkTIFFPageSize(index) }
        let (decoded, messages) = DecoderMessages.capturing { isTIFF ? pixReadTiff(path, Int32(index)) : pixRead(path) }
        let tags = ImageTags.read(path: path, page: isTIFF ? index : 0)
        guard let raw = decoded else {
            if tags.tiled {
                throw .pageUnreadable(page: index + 1, reason: "a tiled TIFF, which leptonica cannot decode (tiffcp -s stores it in strips)")
            }
            let reason = messages.isEmpty ? "cannot decode the image" : "cannot decode the image (\(messages))"
            throw .pageUnreadable(page: index + 1, reason: reason)
        }
        let picture = LeptonicaPicture(Self.upright(raw, orientation: tags.orientation))
        guard let image = picture.grayImage(defaultDPI: 300) else {
            throw .pageUnreadable(page: index + 1, reason: "cannot convert the image to gray")
        }
        try checkSize(width: image.width, height: image.height)
        let page = Page(
            number: index + 1, width: Double(image.width) * 72 / image.dpi,
            height: Double(image.height) * 72 / image.dpi, source: .ocr, lines: [])
        return .needsOCR(page: page, image: image)
    }

    /// The picture turned (and mirrored) as its orientation tag says, so OCR reads it upright;
    /// `pix` is consumed.
    private static func upright(_ pix: UnsafeMutablePointer<PIX>, orientation: Int) -> UnsafeMutablePointer<PIX> {
        // Clockwise quarter turns, then a left-right mirror: EXIF's eight orientations.
        let (turns, mirrored): (Int32, Bool) = switch orientation {
        case 2: (0, true)
        case 3: (2, false)
        case 4: (2, true)
        case 5: (1, true)
        case 6: (1, false)
        case 7: (3, true)
        case 8: (3, false)
        default: (0, false)
        }
        var current: UnsafeMutablePointer<PIX>? = pix
        if turns > 0, let turned = pixRotateOrth(pix, turns) {
            pixDestroy(&current)
            current = turned
        }
        if mirrored, let source = current, let flipped = pixFlipLR(nil, source) {
            pixDestroy(&current)
            current = flipped
        }
        return current ?? pix
    }

    private func checkSize(width: Int, height: Int) throws(IngestError) {
        guard width <= maxSide, height <= maxSide else {
            throw .imageSideTooLong(width: width, height: height, limit: maxSide)
        }
        guard width * height <= maxPixels else {
            throw .imageTooLarge(width: width, height: height, limit: maxPixels)
        }
    }

    private func checkTIFFPageSize(_ index: Int) throws(IngestError) {
        var width: Int32 = 0, height: Int32 = 0, bps: Int32 = 0, spp: Int32 = 0, resolution: Int32 = 0
        var colormap: Int32 = 0, format: Int32 = 0
        let (status, _) = DecoderMessages.capturing {
            readHeaderTiff(path, Int32(index), &width, &height, &bps, &spp, &resolution, &colormap, &format)
        }
        guard status == 0 else {
            throw .pageUnreadable(page: index + 1, reason: "unreadable TIFF page header")
        }
        try checkSize(width: Int(width), height: Int(height))
    }

    private static func tiffPageCount(_ path: String) -> Int {
        guard let file = fopen(path, "rb") else { return 0 }
        defer { fclose(file) }
        var count: Int32 = 0
        let (status, _) = DecoderMessages.capturing { tiffGetCount(file, &count) }
        return status == 0 ? Int(count) : 0
    }
}
