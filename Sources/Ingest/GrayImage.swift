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

extension GrayImage {
    /// The pixels of `region` on a white margin of `margin` pixels, placed where they are on
    /// the page, those at least as light as `paperAbove` made white; nil for an empty region.
    func crop(_ region: PixelBox, margin: Int, paperAbove: UInt8 = 255) -> GrayImage? {
        let left = max(0, region.x), top = max(0, region.y)
        let right = min(width, region.x + region.width), bottom = min(height, region.y + region.height)
        guard right > left, bottom > top else { return nil }
        let cropWidth = right - left + 2 * margin, cropHeight = bottom - top + 2 * margin
        var out = [UInt8](repeating: 255, count: cropWidth * cropHeight)
        for y in top..<bottom {
            let from = y * width, to = (y - top + margin) * cropWidth + margin
            for x in left..<right {
                let pixel = pixels[from + x]
                out[to + x - left] = pixel >= paperAbove ? 255 : pixel
            }
        }
        let pointsPerPixel = 72 / dpi
        return GrayImage(
            width: cropWidth, height: cropHeight, dpi: dpi, originX: originX + Double(left - margin) * pointsPerPixel,
            originY: originY + Double(top - margin) * pointsPerPixel, pixels: out)
    }
}
