import CTesseract
import Foundation

/// The leptonica operations that find the ruling lines of a page picture: thresholding,
/// morphological opening with long thin bricks, connected components, skew and rotation.
/// Each result is a new picture owned by its own `LeptonicaPicture`.
extension LeptonicaPicture {
    /// An 8-bit leptonica copy of `image`; nil when leptonica cannot allocate it.
    convenience init?(gray image: GrayImage) {
        guard image.width > 0, image.height > 0, image.pixels.count == image.width * image.height,
            let pix = pixCreate(Int32(image.width), Int32(image.height), 8)
        else { return nil }
        self.init(pix)
        guard let data = pixGetData(pix) else { return nil }
        let wordsPerLine = Int(pixGetWpl(pix))
        let bytes = UnsafeMutableRawPointer(data)
        // Rows copied whole, then put in leptonica's word order by its own byte swap.
        image.pixels.withUnsafeBytes { source in
            guard let base = source.baseAddress else { return }
            for y in 0..<image.height {
                (bytes + y * wordsPerLine * 4).copyMemory(from: base + y * image.width, byteCount: image.width)
            }
        }
        pixEndianByteSwap(pix)
        let dpi = Int32(image.dpi.rounded())
        pixSetResolution(pix, dpi, dpi)
    }

    /// 1 bit per pixel: on where the 8-bit picture is darker than `threshold`.
    func binary(threshold: Int) -> LeptonicaPicture? {
        guard let pix = pointer, let result = pixThresholdToBinary(pix, Int32(threshold)) else { return nil }
        return LeptonicaPicture(result)
    }

    /// Morphological opening with a `width` × `height` brick: what is left are the strokes at
    /// least that wide and tall.
    func opened(width: Int, height: Int) -> LeptonicaPicture? {
        guard let pix = pointer, let result = pixOpenBrick(nil, pix, Int32(max(1, width)), Int32(max(1, height))) else {
            return nil
        }
        return LeptonicaPicture(result)
    }

    /// A 1-bit picture at half the size, a pixel on where any of the four it replaces is.
    func halved() -> LeptonicaPicture? {
        guard let pix = pointer, let result = pixReduceRankBinary2(pix, 1, nil) else { return nil }
        return LeptonicaPicture(result)
    }

    /// Dilation with a `width` × `height` brick.
    func dilated(width: Int, height: Int) -> LeptonicaPicture? {
        guard let pix = pointer, let result = pixDilateBrick(nil, pix, Int32(max(1, width)), Int32(max(1, height))) else {
            return nil
        }
        return LeptonicaPicture(result)
    }

    /// Bounding boxes of the 8-connected components of a 1-bit picture, in pixels.
    func componentBoxes() -> [PixelBox] {
        guard let pix = pointer, let found = pixConnCompBB(pix, 8) else { return [] }
        var boxes: UnsafeMutablePointer<BOXA>? = found
        defer { boxaDestroy(&boxes) }
        return (0..<boxaGetCount(found)).compactMap { index in
            var x: Int32 = 0, y: Int32 = 0, width: Int32 = 0, height: Int32 = 0
            guard boxaGetBoxGeometry(found, index, &x, &y, &width, &height) == 0 else { return nil }
            return PixelBox(x: Int(x), y: Int(y), width: Int(width), height: Int(height))
        }
    }

    /// How many pixels of a 1-bit picture are on inside `box`.
    func inkCount(in box: PixelBox) -> Int {
        guard let pix = pointer, let created = boxCreate(Int32(box.x), Int32(box.y), Int32(box.width), Int32(box.height))
        else { return 0 }
        var rect: UnsafeMutablePointer<BOX>? = created
        defer { boxDestroy(&rect) }
        var count: Int32 = 0
        guard pixCountPixelsInRect(pix, created, &count, nil) == 0 else { return 0 }
        return Int(count)
    }

    /// The angle in degrees that deskews a 1-bit picture of text, nil when leptonica is not
    /// confident of one.
    func skewAngle() -> Double? {
        guard let pix = pointer else { return nil }
        var angle: Float = 0, confidence: Float = 0
        guard pixFindSkew(pix, &angle, &confidence) == 0, confidence >= 3 else { return nil }
        return Double(angle)
    }

    /// The picture turned by `degrees` about its centre, white brought in at the corners.
    func rotated(degrees: Double) -> LeptonicaPicture? {
        guard let pix = pointer else { return nil }
        let method = pixGetDepth(pix) == 1 ? L_ROTATE_SAMPLING : L_ROTATE_AREA_MAP
        guard let result = pixRotate(pix, Float(degrees * .pi / 180), Int32(method), Int32(L_BRING_IN_WHITE), 0, 0)
        else { return nil }
        return LeptonicaPicture(result)
    }
}

/// A rectangle of a picture in pixels.
struct PixelBox: Sendable, Hashable {
    var x: Int
    var y: Int
    var width: Int
    var height: Int
}
