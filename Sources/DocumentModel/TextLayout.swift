/// A text with where each of its characters was printed: the scalars of the source lines a
/// block or footnote was made of, each with its page and box (nil where none is known: the
/// space between two lines, a plain text input). A figure found in the block's text is put on
/// the page through it. Not part of any output: the JSON carries the boxes derived from it.
public struct TextLayout: Sendable, Hashable {
    public private(set) var scalars: [Unicode.Scalar] = []
    public private(set) var places: [PageBox?] = []

    public init() {}

    /// The scalars of `line` on page `page`, each with its box: a text layer's spans give every
    /// character's edges, OCR words their boxes (a word's letters share its width evenly), and a
    /// line whose spans do not spell its text spreads its letters over the line's box.
    public init(line: Line, page: Int) {
        scalars = Array(line.text.unicodeScalars)
        places.reserveCapacity(scalars.count)
        let joined = line.spans.map(\.text).joined()
        let spaced = line.spans.map(\.text).joined(separator: " ")
        if !line.spans.isEmpty, joined == line.text || spaced == line.text {
            for (index, span) in line.spans.enumerated() {
                if index > 0, joined != line.text { places.append(nil) }
                places += Self.places(of: span.text, box: span.box, edges: span.edges, page: page)
            }
        } else {
            places = Self.places(of: line.text, box: line.box, edges: nil, page: page)
        }
    }

    /// Another text after this one, a space without a box between them (two lines of a paragraph).
    public mutating func append(_ other: TextLayout) {
        if !scalars.isEmpty, !other.scalars.isEmpty {
            scalars.append(" ")
            places.append(nil)
        }
        scalars += other.scalars
        places += other.places
    }

    /// Whether any character has a box.
    public var isPlaced: Bool { places.contains { $0 != nil } }

    /// Where `text` is printed, looking from scalar `start` on: the union of its characters'
    /// boxes on the page of its first, and the position after it. Spaces are not compared, as
    /// the block's text joined lines and collapsed runs of spaces the lines keep.
    public func find(_ text: String, from start: Int = 0) -> (box: PageBox, end: Int)? {
        let wanted: [Unicode.Scalar] = Array(text.unicodeScalars).filter { !Self.isSpace($0) }
        guard let first = wanted.first, start < scalars.count else { return nil }
        var position = start
        while position < scalars.count {
            guard scalars[position] == first, startsWord(at: position), let end = matchEnd(wanted, at: position),
                endsWord(at: end)
            else {
                position += 1
                continue
            }
            var union: PageBox?
            for index in position..<end where !Self.isSpace(scalars[index]) {
                guard let place = places[index] else { continue }
                guard let sofar = union else {
                    union = place
                    continue
                }
                if place.page == sofar.page { union = PageBox(page: sofar.page, box: sofar.box.union(place.box)) }
            }
            return union.map { ($0, end) }
        }
        return nil
    }

    /// The end of the match of `wanted` starting at `position`, spaces skipped.
    private func matchEnd(_ wanted: [Unicode.Scalar], at position: Int) -> Int? {
        var cursor = position
        for scalar in wanted {
            while cursor < scalars.count, Self.isSpace(scalars[cursor]) { cursor += 1 }
            guard cursor < scalars.count, scalars[cursor] == scalar else { return nil }
            cursor += 1
        }
        return cursor
    }

    /// Nothing of a word or number runs on before `position`: "5" is not found in "2025" or "3.5".
    private func startsWord(at position: Int) -> Bool {
        guard position > 0, Self.isWordy(scalars[position]) else { return true }
        let before = scalars[position - 1]
        if Self.isWordy(before) { return false }
        return !(Self.isNumberSeparator(before) && position > 1 && Self.isDigit(scalars[position - 2]))
    }

    /// Nothing of a word or number runs on at `end`.
    private func endsWord(at end: Int) -> Bool {
        guard end > 0, end < scalars.count, Self.isWordy(scalars[end - 1]) else { return true }
        let after = scalars[end]
        // A call's number set right after a word ("đơn22") is not part of it.
        if Self.isDigit(after), scalars[end - 1].properties.isAlphabetic { return true }
        if Self.isWordy(after) { return false }
        return !(Self.isNumberSeparator(after) && end + 1 < scalars.count && Self.isDigit(scalars[end + 1])
            && Self.isDigit(scalars[end - 1]))
    }

    private static func isWordy(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func isNumberSeparator(_ scalar: Unicode.Scalar) -> Bool { scalar == "." || scalar == "," }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{A0}" || scalar == "\t"
    }

    /// Each scalar's box within a run: from its edges when they fit, else an even share of the run's box.
    private static func places(of text: String, box: Box?, edges: [Double]?, page: Int) -> [PageBox?] {
        let count = text.unicodeScalars.count
        guard let box else { return Array(repeating: nil, count: count) }
        let fitted = edges.flatMap { $0.count == 2 * count ? $0 : nil }
        let share = box.width / Double(max(count, 1))
        return (0..<count).map { index in
            let left = fitted?[2 * index] ?? box.x + share * Double(index)
            let right = fitted?[2 * index + 1] ?? box.x + share * Double(index + 1)
            return PageBox(page: page, box: Box(x: left, y: box.y, width: max(0, right - left), height: box.height))
        }
    }
}
