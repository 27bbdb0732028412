/// A page's text as poppler gives it: the text in reading order, one box per Unicode scalar
/// and font runs over scalar offsets.
struct PageTextLayer {
    var text: String
    var boxes: [PDFRect]
    var runs: [PDFFontRun]

    /// The layer without the characters of the unseen shows among `shows` (all the page's text
    /// shows, from its content stream). poppler does not say which show a character came from,
    /// so each character is given to the show that starts last before it on its baseline.
    /// Line ends stay, so the lines around keep their places.
    func removingUnseen(_ shows: [TextShow]) -> PageTextLayer {
        let scalars = Array(text.unicodeScalars)
        guard shows.contains(where: { !$0.seen }), boxes.count == scalars.count else { return self }
        var kept = [Int](repeating: -1, count: scalars.count)
        var view = String.UnicodeScalarView()
        var keptBoxes: [PDFRect] = []
        for (index, scalar) in scalars.enumerated() {
            if scalar != "\n", let show = Self.show(of: boxes[index], among: shows), !show.seen { continue }
            kept[index] = keptBoxes.count
            view.append(scalar)
            keptBoxes.append(boxes[index])
        }
        let keptRuns = runs.compactMap { run -> PDFFontRun? in
            let lower = max(0, run.start), upper = min(kept.count - 1, run.end)
            guard lower <= upper else { return nil }
            let inside = kept[lower...upper].filter { $0 >= 0 }
            guard let first = inside.first, let last = inside.last else { return nil }
            var run = run
            run.start = first
            run.end = last
            return run
        }
        return PageTextLayer(text: String(view), boxes: keptBoxes, runs: keptRuns)
    }

    /// The show that starts last at or before the character's left edge on a baseline inside
    /// the character's box (a little slack either way for rounding).
    private static func show(of box: PDFRect, among shows: [TextShow]) -> TextShow? {
        let slack = 0.5
        return shows.filter { show in
            show.x <= box.x1 + slack && show.y >= box.y1 - slack && show.y <= box.y2 + slack
        }.max { $0.x < $1.x }
    }
}
