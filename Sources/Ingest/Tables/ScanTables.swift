import DocumentModel

/// A page picture prepared for OCR when it holds ruled tables: turned straight (a scan's skew
/// would slant the grid across its rows), its ruling lines whitened so that OCR reads no "|"
/// or "1" out of them, and the grids they draw. A picture without tables is left as it is.
struct ScanTables: Sendable {
    let image: GrayImage
    let grids: [RuledGrid]

    static func prepare(_ image: GrayImage) -> ScanTables {
        let unchanged = ScanTables(image: image, grids: [])
        let finder = RuleFinder.scanned
        guard let picture = LeptonicaPicture(gray: image), let ink = picture.binary(threshold: finder.threshold),
            mayHoldGrid(ink, dpi: image.dpi)
        else { return unchanged }
        var straight = (picture: picture, ink: ink, image: image)
        if let angle = ink.skewAngle(), abs(angle) >= 0.05, let turned = picture.rotated(degrees: angle),
            let turnedInk = turned.binary(threshold: finder.threshold),
            let turnedImage = turned.copyGray(dpi: image.dpi, originX: image.originX, originY: image.originY)
        {
            straight = (turned, turnedInk, turnedImage)
        }
        let rules = finder.rules(in: straight.ink, of: straight.image)
        let grids = RuledGrid.grids(from: rules, slack: TableSettings.scannedSlack)
        guard !grids.isEmpty else { return unchanged }
        // The grids' rules are joined across the breaks a printed rule has, so no stub is left.
        return ScanTables(image: erasing(grids.flatMap(\.rules), from: straight.image), grids: grids)
    }

    /// The picture without its tables, for the page's own text: the grids are read cell by cell.
    /// The blank reaches past the outer rules by the blur a scan leaves around them.
    func pageWithoutTables() -> GrayImage {
        var pixels = image.pixels
        for grid in grids {
            let area = pixelBox(grid.box, margin: Int(image.dpi / 32))
            for y in area.y..<(area.y + area.height) {
                let row = y * image.width
                for x in area.x..<(area.x + area.width) { pixels[row + x] = 255 }
            }
        }
        return GrayImage(
            width: image.width, height: image.height, dpi: image.dpi, originX: image.originX, originY: image.originY,
            pixels: pixels)
    }

    /// The cells that hold ink, as pixel rectangles of `image`: only they are read. A cell
    /// holding one short flat stroke is a dash ("-", nothing to report), which OCR of a lone
    /// cell does not read; its text is given here.
    func inkedCells() -> [(grid: Int, cell: Int, region: PixelBox, dash: Bool)] {
        var out: [(grid: Int, cell: Int, region: PixelBox, dash: Bool)] = []
        for (g, grid) in grids.enumerated() {
            for (c, cell) in grid.cells.enumerated() {
                // A point inside the cell's rules: what the whitening left of their edges is
                // read as a dash or a bracket beside the number.
                let region = pixelBox(grid.box(of: cell), margin: -Int((image.dpi / 72).rounded()))
                guard region.width > 6, region.height > 6, let ink = inkBounds(region) else { continue }
                let flat = ink.height * 2 <= ink.width && Double(ink.height) <= image.dpi / 36
                    && Double(ink.width) <= image.dpi / 6
                out.append((g, c, region, flat))
            }
        }
        return out
    }

    /// The bounds of the dark pixels inside `region` (a margin off its edges, where a rule
    /// was), nil when there are too few to be a mark.
    private func inkBounds(_ region: PixelBox) -> PixelBox? {
        var dark = 0
        var left = Int.max, top = Int.max, right = -1, bottom = -1
        for y in (region.y + 2)..<(region.y + region.height - 2) {
            let row = y * image.width
            for x in (region.x + 2)..<(region.x + region.width - 2) where image.pixels[row + x] < 160 {
                dark += 1
                left = min(left, x)
                right = max(right, x)
                if top == Int.max { top = y }
                bottom = y
            }
        }
        guard dark >= 6 else { return nil }
        return PixelBox(x: left, y: top, width: right - left + 1, height: bottom - top + 1)
    }

    /// `box` (points) in pixels of the picture, grown by `margin` pixels (shrunk when negative),
    /// clipped to it.
    private func pixelBox(_ box: Box, margin: Int) -> PixelBox {
        let scale = image.dpi / 72
        let left = max(0, Int(((box.x - image.originX) * scale).rounded(.down)) - margin)
        let top = max(0, Int(((box.y - image.originY) * scale).rounded(.down)) - margin)
        let right = min(image.width, Int(((box.maxX - image.originX) * scale).rounded(.up)) + margin)
        let bottom = min(image.height, Int(((box.maxY - image.originY) * scale).rounded(.up)) + margin)
        return PixelBox(x: left, y: top, width: max(0, right - left), height: max(0, bottom - top))
    }

    /// Long strokes in both directions, counted with room for a skew of a degree or two on a
    /// picture reduced to a quarter (every page of a scan is asked): only a picture with them
    /// is straightened and searched for grids.
    private static func mayHoldGrid(_ ink: LeptonicaPicture, dpi: Double) -> Bool {
        guard let small = ink.halved()?.halved() else { return false }
        let inch = Int(dpi / 4)
        let across = small.dilated(width: 1, height: 3)?.opened(width: inch, height: 1)?.componentBoxes() ?? []
        guard across.filter({ $0.width >= inch * 3 / 2 }).count >= 2 else { return false }
        let down = small.dilated(width: 3, height: 1)?.opened(width: 1, height: inch / 3)?.componentBoxes() ?? []
        return down.filter { $0.height >= inch * 2 / 5 }.count >= 2
    }

    /// The picture with the rules painted white, with a margin for the blur around them.
    private static func erasing(_ rules: [RuleSegment], from image: GrayImage) -> GrayImage {
        var pixels = image.pixels
        let scale = image.dpi / 72
        func pixel(_ value: Double, origin: Double) -> Int { Int(((value - origin) * scale).rounded()) }
        for rule in rules {
            let half = rule.thickness / 2 + 1
            let (x1, x2, y1, y2): (Double, Double, Double, Double) =
                rule.axis == .horizontal
                ? (rule.start, rule.end, rule.position - half, rule.position + half)
                : (rule.position - half, rule.position + half, rule.start, rule.end)
            let left = max(0, pixel(x1, origin: image.originX) - 2), right = min(image.width, pixel(x2, origin: image.originX) + 3)
            let top = max(0, pixel(y1, origin: image.originY) - 2), bottom = min(image.height, pixel(y2, origin: image.originY) + 3)
            guard left < right, top < bottom else { continue }
            for y in top..<bottom {
                let row = y * image.width
                for x in left..<right { pixels[row + x] = 255 }
            }
        }
        return GrayImage(
            width: image.width, height: image.height, dpi: image.dpi, originX: image.originX, originY: image.originY,
            pixels: pixels)
    }
}
