/// An 8-bit grayscale picture of a page, ready for OCR. Owned by Swift, so it can cross
/// from the rendering thread to an OCR worker without any C object travelling with it.
public struct GrayImage: Sendable {
    public let width: Int
    public let height: Int
    /// Resolution the picture was made at; converts pixel boxes back to points.
    public let dpi: Double
    /// Where the picture's top-left corner lies on the page, in points: a picture of part
    /// of a page (its inked region) still places what OCR finds where it is on the page.
    public let originX: Double
    public let originY: Double
    /// Row-major, one byte per pixel, `width` bytes per row.
    public let pixels: [UInt8]

    public init(width: Int, height: Int, dpi: Double, originX: Double = 0, originY: Double = 0, pixels: [UInt8]) {
        self.width = width
        self.height = height
        self.dpi = dpi
        self.originX = originX
        self.originY = originY
        self.pixels = pixels
    }
}
