/// The ruling lines a page's content stream draws, read from its operators instead of from a
/// rendering: straight strokes and thin filled rectangles, horizontal or vertical, in points
/// from the page's top-left corner, as poppler places the text. Text, pictures and curves are
/// passed over. Reading a page this way costs a fraction of rendering it (no font is loaded).
struct PageDrawing {
    let objects: PDFObjects

    /// The rules of page `index`, nil when the page is beyond this reader (rotated, boxes that
    /// do not give poppler's size, streams it cannot decode).
    func rules(ofPage index: Int, width: Double, height: Double) -> [RuleSegment]? {
        let pages = objects.pages
        guard pages.indices.contains(index) else { return nil }
        let page = pages[index]
        let rotation = Int(objects.resolve(page["Rotate"])?.numberValue ?? 0)
        guard rotation % 360 == 0, let box = pageBox(page), abs((box.x2 - box.x1) - width) < 1,
            abs((box.y2 - box.y1) - height) < 1
        else { return nil }
        guard let contents = objects.contents(ofPage: page) else { return nil }
        var painter = ContentPainter(objects: objects, originX: box.x1, top: box.y2)
        painter.run(contents, resources: objects.resolve(page["Resources"])?.dictionaryEntries ?? [:], state: GraphicsState(), depth: 0)
        return painter.rules
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
