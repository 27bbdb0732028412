import DocumentModel

/// Reading order for a page whose text was turned upright: poppler orders the blocks of a
/// page turned three quarters from the foot up, so the lines are taken in poppler's order
/// within each block (a run of lines each just under the last and overlapping it) and the
/// blocks put top to bottom, left before right where they start level.
enum TurnedPageOrder {
    static func lines(_ lines: [Line]) -> [Line] {
        var blocks: [(top: Double, left: Double, lines: [Line])] = []
        for line in lines {
            if let last = blocks.last?.lines.last, let above = last.box, let box = line.box, follows(box, above) {
                blocks[blocks.count - 1].lines.append(line)
            } else if blocks.isEmpty || line.box != nil {
                blocks.append((line.box?.y ?? 0, line.box?.x ?? 0, [line]))
            } else {
                blocks[blocks.count - 1].lines.append(line)
            }
        }
        let ordered = blocks.enumerated().sorted { a, b in
            let (ta, tb) = (a.element.top.rounded(), b.element.top.rounded())
            if ta != tb { return ta < tb }
            if a.element.left != b.element.left { return a.element.left < b.element.left }
            return a.offset < b.offset
        }
        return ordered.flatMap(\.element.lines)
    }

    /// `box` starts below `above`'s top, within a line's height under its foot, and shares
    /// some of its width.
    private static func follows(_ box: Box, _ above: Box) -> Bool {
        let height = max(box.height, above.height, 1)
        return box.y >= above.y - 0.5 * height && box.y - above.maxY <= height && box.x < above.maxX && above.x < box.maxX
    }
}
