import CPoppler
import VietnameseText

/// Decides whether a page's text layer is the page's text, or whether the page is a scan
/// (perhaps with a small stamped header, as gazette scans have) that needs OCR.
struct TextLayerAssessment {
    let letters: Int
    let junk: Int
    let imageCoverage: Double
    let largestImage: PDFRect?

    /// `imageAreas` is asked only when the text alone cannot settle the question (or `always`
    /// is set): finding a page's images is a pass over its content of its own.
    init(text: String, pageArea: Double, always: Bool = false, imageAreas: () -> [PDFRect]) {
        var letters = 0, junk = 0
        for scalar in text.unicodeScalars {
            if ScalarClass.isLetter(scalar) { letters += 1 }
            // Replacement and private-use characters come from fonts without a Unicode map.
            if scalar == "\u{FFFD}" || (0xE000...0xF8FF).contains(scalar.value) { junk += 1 }
        }
        self.letters = letters
        self.junk = junk
        let plainlyText = letters >= TextLayerAssessment.enoughLetters && junk * 5 <= letters
        let imageAreas = plainlyText && !always ? [] : imageAreas()
        let covered = imageAreas.reduce(0) { $0 + $1.area }
        imageCoverage = pageArea > 0 ? min(1, covered / pageArea) : 0
        largestImage = imageAreas.max { $0.area < $1.area }
        largestImageFraction = pageArea > 0 ? (largestImage?.area ?? 0) / pageArea : 0
    }

    private let largestImageFraction: Double

    /// More letters than a stamped header or a scanner's caption has.
    static let enoughLetters = 400
    /// No more letters than a gazette's running header and page number.
    static let headerLetters = 100

    var isUsable: Bool {
        if letters < 16 { return false }
        if junk * 5 > letters { return false }
        // A page covered by a picture with only a few lines of text is a scan with a stamp.
        if imageCoverage > 0.6 && letters < TextLayerAssessment.enoughLetters { return false }
        // A picture over a fifth of the page under no more text than a running header: a scan
        // that stops short of the page (a gazette's first page below its printed header, the
        // last page filled part way), whose text is all in the picture.
        if imageCoverage > 0.2 && letters < TextLayerAssessment.headerLetters { return false }
        return true
    }

    /// The resolution of a page-sized scan, from its pixel width over its width on the page.
    func scanDPI(_ page: PDFPage) -> Double? {
        guard largestImageFraction > 0.6, let area = largestImage, area.x2 > area.x1 else { return nil }
        guard let pixelWidth = page.imagePixelWidth(covering: area) else { return nil }
        return Double(pixelWidth) / ((area.x2 - area.x1) / 72)
    }
}

extension PDFPage {
    /// Pixel width of the image drawn in `area`, decoded by poppler and freed at once.
    func imagePixelWidth(covering area: PDFRect) -> Int? {
        imageIDs(in: area).first.flatMap { id in
            guard let surface = image(id: id) else { return nil }
            defer { cairo_surface_destroy(surface) }
            return Int(cairo_image_surface_get_width(surface))
        }
    }
}
