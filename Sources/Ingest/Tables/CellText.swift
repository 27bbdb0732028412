import DocumentModel

/// The text of one grid cell, gathered piece by piece (a text layer's characters, OCR words)
/// into the lines it is printed on, and read top to bottom.
struct CellText: Sendable {
    private struct PrintedLine {
        var middle: Double
        var height: Double
        var text: String
    }

    private var lines: [PrintedLine] = []
    private var letters = 0
    private var boldLetters = 0
    /// Font sizes of the pieces, for the size of the row's line.
    private(set) var sizes: [Double] = []

    /// Adds `piece` (drawn in `box`) after what the cell holds on the same printed line, a space
    /// between them when `spaceBefore`; a piece below or above starts a line of its own.
    mutating func add(_ piece: String, box: Box, spaceBefore: Bool, bold: Bool = false, size: Double? = nil) {
        let middle = box.y + box.height / 2
        if let index = lines.lastIndex(where: { abs($0.middle - middle) < max($0.height, box.height) * 0.5 }) {
            if spaceBefore, !(lines[index].text.last?.isWhitespace ?? true) { lines[index].text += " " }
            lines[index].text += piece
        } else {
            lines.append(PrintedLine(middle: middle, height: box.height, text: piece))
        }
        for character in piece where character.isLetter {
            letters += 1
            if bold { boldLetters += 1 }
        }
        if let size { sizes.append(size) }
    }

    var isBold: Bool { letters > 0 && boldLetters * 2 > letters }

    /// The cell's lines top to bottom, joined.
    var text: String {
        CellText.join(lines.sorted { $0.middle < $1.middle }.map { $0.text.split(whereSeparator: \.isWhitespace).joined(separator: " ") })
    }

    /// Lines of a cell joined with a space, except that a number a narrow column wrapped
    /// ("200" over "5") is one number again.
    static func join(_ lines: [String]) -> String {
        var out = ""
        for line in lines where !line.isEmpty {
            if let last = out.last, let first = line.first, !(last.isNumber && first.isNumber) {
                out += " "
            }
            out += line
        }
        return out
    }
}
