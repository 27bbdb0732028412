import DocumentModel

/// Finds the ruling lines of a page picture: long, thin, dark strokes, horizontal or vertical,
/// left standing when the picture is opened with a long thin brick (text strokes are shorter).
struct RuleFinder: Sendable {
    /// Pixels darker than this are ink.
    let threshold: Int
    /// The shortest horizontal stroke taken for a rule, in points: longer than the bars of
    /// capitals in a row ("TT" in bold), shorter than the narrowest column.
    let minimumWidth: Double
    /// The shortest vertical stroke taken for a rule, in points: longer than any letter's stem,
    /// shorter than the rule beside one line of text in a cell.
    let minimumHeight: Double
    /// The thickest stroke still a rule, in points (a shaded area is no rule).
    let maximumThickness: Double

    /// Pages rendered from vector drawing: a hairline comes out anti-aliased over two rows of
    /// light gray.
    static let rendered = RuleFinder(threshold: 230, minimumWidth: 18, minimumHeight: 10, maximumThickness: 3)
    /// Scans: blurred, noisy, printed rules darker than the paper's speckle.
    static let scanned = RuleFinder(threshold: 200, minimumWidth: 18, minimumHeight: 10, maximumThickness: 4)

    /// The rules of `image`, in points on the page.
    func rules(in image: GrayImage) -> [RuleSegment] {
        guard let picture = LeptonicaPicture(gray: image), let ink = picture.binary(threshold: threshold) else { return [] }
        return rules(in: ink, of: image)
    }

    /// The rules of `ink`, the 1-bit picture of `image`.
    func rules(in ink: LeptonicaPicture, of image: GrayImage) -> [RuleSegment] {
        let pixelsPerPoint = image.dpi / 72
        let width = Int((minimumWidth * pixelsPerPoint).rounded()), height = Int((minimumHeight * pixelsPerPoint).rounded())
        let thickest = max(3, Int((maximumThickness * pixelsPerPoint).rounded()))
        let scale = 1 / pixelsPerPoint
        var rules: [RuleSegment] = []
        for horizontal in [true, false] {
            let strokes = horizontal ? ink.opened(width: width, height: 1) : ink.opened(width: 1, height: height)
            for box in strokes?.componentBoxes() ?? []
            where isStroke(box, horizontal: horizontal, thickest: thickest, in: strokes)
                && isolated(box, horizontal: horizontal, in: image)
            {
                rules.append(segment(box, horizontal: horizontal, of: image, scale: scale))
            }
        }
        return rules
    }

    /// `box` (pixels of `image`) as a rule on the page (points): along its length, at the
    /// middle of its breadth, as thick as its breadth.
    private func segment(_ box: PixelBox, horizontal: Bool, of image: GrayImage, scale: Double) -> RuleSegment {
        let (along, length, alongOrigin) = horizontal ? (box.x, box.width, image.originX) : (box.y, box.height, image.originY)
        let (across, breadth, acrossOrigin) = horizontal ? (box.y, box.height, image.originY) : (box.x, box.width, image.originX)
        return RuleSegment(
            axis: horizontal ? .horizontal : .vertical, position: acrossOrigin + (Double(across) + Double(breadth) / 2) * scale,
            start: alongOrigin + Double(along) * scale, end: alongOrigin + Double(along + length) * scale,
            thickness: Double(breadth) * scale)
    }

    /// A thin stroke: a box no thicker than `thickest` pixels, or a rule that a warped scan
    /// slants across a wider box (the page bends, so straightening by the text's one skew
    /// leaves a rule drifting a pixel every hundred or so), whose ink over its length is still
    /// thin. The opening with a long brick already keeps only strokes within a step per brick
    /// length of straight; a shaded area is thick either way. The box's whole breadth is then
    /// the rule's thickness, so that whitening it for OCR takes all of the slanted stroke.
    private func isStroke(_ box: PixelBox, horizontal: Bool, thickest: Int, in strokes: LeptonicaPicture?) -> Bool {
        let (length, breadth) = horizontal ? (box.width, box.height) : (box.height, box.width)
        if breadth <= thickest { return true }
        guard let strokes else { return false }
        return strokes.inkCount(in: box) <= thickest * length
    }

    /// Paper on both sides of the stroke along most of its length: a rule stands alone, while
    /// a run along the tops of capitals ("TT" in bold) has the letters' bodies right below it.
    private func isolated(_ box: PixelBox, horizontal: Bool, in image: GrayImage) -> Bool {
        let length = horizontal ? box.width : box.height
        var clear = 0
        image.pixels.withUnsafeBufferPointer { pixels in
            func paper(_ x: Int, _ y: Int) -> Bool {
                x < 0 || y < 0 || x >= image.width || y >= image.height || Int(pixels[y * image.width + x]) >= threshold
            }
            for step in 0..<length {
                let bothSides =
                    horizontal
                    ? paper(box.x + step, box.y - 1) && paper(box.x + step, box.y + box.height)
                    : paper(box.x - 1, box.y + step) && paper(box.x + box.width, box.y + step)
                if bothSides { clear += 1 }
            }
        }
        return clear * 2 >= length
    }
}
