/// How far a page's text is turned from upright as poppler lays it out: poppler gives the
/// boxes of a page with `/Rotate` as the page is shown, so lines run down, up or right to
/// left, and the structure (footnotes at the foot, raised footnote numbers, reading order)
/// would read them wrong. Told by the way most letters follow each other; the turn is clockwise.
enum TextTurn: Int, Sendable {
    case upright = 0, quarter = 1, half = 2, threeQuarters = 3

    /// The turn most pairs of neighbouring letters on one line agree on; upright when none do.
    static func of(_ layer: PageTextLayer) -> TextTurn {
        let scalars = Array(layer.text.unicodeScalars)
        guard layer.boxes.count == scalars.count, scalars.count > 1 else { return .upright }
        var votes = [0, 0, 0, 0]
        for index in 1..<scalars.count {
            let previous = scalars[index - 1], current = scalars[index]
            guard previous != "\n", current != "\n", !previous.properties.isWhitespace, !current.properties.isWhitespace else {
                continue
            }
            let a = layer.boxes[index - 1], b = layer.boxes[index]
            let dx = (b.x1 + b.x2 - a.x1 - a.x2) / 2, dy = (b.y1 + b.y2 - a.y1 - a.y2) / 2
            if abs(dx) >= abs(dy) {
                votes[dx >= 0 ? upright.rawValue : half.rawValue] += 1
            } else {
                votes[dy > 0 ? quarter.rawValue : threeQuarters.rawValue] += 1
            }
        }
        guard let most = votes.indices.max(by: { votes[$0] < votes[$1] }), votes[most] * 2 > votes.reduce(0, +) else {
            return .upright
        }
        return TextTurn(rawValue: most) ?? .upright
    }

    /// The layer with its boxes turned back so the text stands upright, and the page's size
    /// that way (`width` × `height` as shown).
    func uprighted(_ layer: PageTextLayer, width: Double, height: Double) -> (layer: PageTextLayer, width: Double, height: Double) {
        var turned = layer
        turned.boxes = layer.boxes.map { turnedBack($0, width: width, height: height) }
        switch self {
        case .upright, .half: return (turned, width, height)
        case .quarter, .threeQuarters: return (turned, height, width)
        }
    }

    private func turnedBack(_ r: PDFRect, width: Double, height: Double) -> PDFRect {
        switch self {
        case .upright: r
        case .quarter: PDFRect(x1: r.y1, y1: width - r.x2, x2: r.y2, y2: width - r.x1)
        case .half: PDFRect(x1: width - r.x2, y1: height - r.y2, x2: width - r.x1, y2: height - r.y1)
        case .threeQuarters: PDFRect(x1: height - r.y2, y1: r.x1, x2: height - r.y1, y2: r.x2)
        }
    }
}
