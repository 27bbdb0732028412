/// The ruling lines a page's content stream draws, read from its operators instead of from a
/// rendering: straight strokes and thin filled rectangles, horizontal or vertical, in points
/// from the page's top-left corner, as poppler places the text; and the text no reader sees.
/// Curves are passed over. Reading a page this way costs a fraction of rendering it (no font is loaded).
struct PageDrawing {
    let objects: PDFObjects

    /// The rules of page `index`, nil when the page is beyond this reader (rotated, boxes that
    /// do not give poppler's size, streams it cannot decode).
    func rules(ofPage index: Int, width: Double, height: Double) -> [RuleSegment]? {
        contents(ofPage: index, width: width, height: height).map { painted($0) }?.rules
    }

    /// Page `index`'s `/Rotate` in degrees, 0 to 270; nil when the page is beyond this reader.
    func rotation(ofPage index: Int) -> Int? {
        let pages = objects.pages
        guard pages.indices.contains(index) else { return nil }
        let degrees = Int(objects.resolve(pages[index]["Rotate"])?.numberValue ?? 0) % 360
        return degrees < 0 ? degrees + 360 : degrees
    }

    /// Every text show of page `index` when some of it no reader sees (shown in an invisible
    /// render mode, not over a picture), else none. Invisible text over a picture is the text
    /// layer of a scan (what OCR software lays under the page's image): the page's text, so
    /// it counts as seen.
    func textShowsIfSomeUnseen(ofPage index: Int, width: Double, height: Double) -> [TextShow] {
        // Reading every operator costs more than a look for the operator that hides text.
        guard let page = contents(ofPage: index, width: width, height: height), ContentPainter.mayHideText(page.bytes) else { return [] }
        let painter = painted(page)
        guard painter.textShows.contains(where: { !$0.seen }) else { return [] }
        let shows = painter.textShows.map { show in
            var show = show
            if painter.pictures.contains(where: { show.x >= $0.x1 && show.x <= $0.x2 && show.y >= $0.y1 && show.y <= $0.y2 }) {
                show.seen = true
            }
            return show
        }
        return shows.contains(where: { !$0.seen }) ? shows : []
    }

    /// What the page's content draws.
    private func painted(_ page: PageContents) -> ContentPainter {
        var painter = ContentPainter(objects: objects, originX: page.originX, top: page.top)
        painter.run(page.bytes, resources: page.resources, state: GraphicsState(), depth: 0)
        return painter
    }

    private struct PageContents {
        let bytes: [UInt8]
        let resources: [String: PDFValue]
        let originX: Double, top: Double
    }

    /// The page's content streams, decoded and joined; nil as for `rules`.
    private func contents(ofPage index: Int, width: Double, height: Double) -> PageContents? {
        let pages = objects.pages
        guard pages.indices.contains(index) else { return nil }
        let page = pages[index]
        let rotation = Int(objects.resolve(page["Rotate"])?.numberValue ?? 0)
        guard rotation % 360 == 0, let box = pageBox(page), abs((box.x2 - box.x1) - width) < 1,
            abs((box.y2 - box.y1) - height) < 1
        else { return nil }
        guard let contents = objects.contents(ofPageAt: index) else { return nil }
        return PageContents(
            bytes: contents, resources: objects.resolve(page["Resources"])?.dictionaryEntries ?? [:], originX: box.x1, top: box.y2)
    }

    private func pageBox(_ page: [String: PDFValue]) -> (x1: Double, y1: Double, x2: Double, y2: Double)? {
        for key in ["CropBox", "MediaBox"] {
            let numbers = (objects.resolve(page[key])?.arrayItems ?? []).compactMap { objects.resolve($0)?.numberValue }
            guard numbers.count == 4 else { continue }
            return (min(numbers[0], numbers[2]), min(numbers[1], numbers[3]), max(numbers[0], numbers[2]), max(numbers[1], numbers[3]))
        }
        return nil
    }
}
