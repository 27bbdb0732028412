import DocumentModel

/// Puts a footnote's raised number back in front of its text.
///
/// Some PDF writers (LibreOffice among them) set a footnote's number as a separate small,
/// raised run with a gap after it, and poppler's reading order then makes it a line of its
/// own, sometimes at the very end of the page. Such a line is joined to the line it stands
/// in front of, so the page reads "2Gồm: …" as the footnote is printed.
enum RaisedNumberJoiner {
    static func join(_ lines: [Line]) -> [Line] {
        var lines = lines
        var index = 0
        while index < lines.count {
            if let target = targetIndex(for: index, in: lines) {
                lines[target] = prefixed(lines[target], with: lines[index])
                lines.remove(at: index)
            } else {
                index += 1
            }
        }
        return lines
    }

    private static func isRaisedNumber(_ line: Line) -> Bool {
        // Most lines are long: leave them before trimming, which is a Foundation call per line.
        guard line.text.utf8.count <= 16 else { return false }
        let text = line.text.trimmingCharacters(in: .whitespaces)
        return !text.isEmpty && text.count <= 3 && text.allSatisfy(\.isNumber) && line.box != nil
    }

    /// The line that starts just right of the number, on the same band, in a larger font.
    private static func targetIndex(for index: Int, in lines: [Line]) -> Int? {
        let number = lines[index]
        guard isRaisedNumber(number), let box = number.box, let size = number.fontSize else { return nil }
        return lines.indices.first { candidate in
            guard candidate != index, let other = lines[candidate].box, let otherSize = lines[candidate].fontSize else {
                return false
            }
            let gap = other.x - box.maxX
            // Raised: its top is at or above the text's top, and it ends above the text's baseline.
            let raised = box.y <= other.y + other.height * 0.3 && box.maxY <= other.maxY + 0.5
            return otherSize > size * 1.2 && gap >= -0.5 && gap < otherSize * 1.5 && raised
                && box.maxY > other.y
        }
    }

    private static func prefixed(_ line: Line, with number: Line) -> Line {
        var line = line
        line.text = number.text.trimmingCharacters(in: .whitespaces) + line.text
        line.spans = number.spans + line.spans
        if let box = line.box, let numberBox = number.box { line.box = box.union(numberBox) }
        return line
    }
}

import Foundation
