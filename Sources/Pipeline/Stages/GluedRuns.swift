import DocumentModel

/// Font runs of a text layer that touch on the page: a syllable set partly in a fallback
/// font ("huy" + "ện") is one word, but extraction put a space after the first run.
enum GluedRuns {
    /// The line's text without those spaces.
    static func text(of line: Line) -> String {
        guard let size = line.fontSize, line.spans.count > 1,
              line.spans.indices.dropLast().contains(where: { isGlued(line.spans, at: $0, size: size) }),
              line.spans.map(\.text).joined() == line.text
        else { return line.text }
        return line.spans.indices.map { index in
            isGlued(line.spans, at: index, size: size) ? String(line.spans[index].text.dropLast()) : line.spans[index].text
        }.joined()
    }

    private static func isGlued(_ spans: [Span], at index: Int, size: Double) -> Bool {
        let span = spans[index]
        guard span.text.hasSuffix(" "), index + 1 < spans.count, let box = span.box, let next = spans[index + 1].box,
              let first = spans[index + 1].text.first, first.isLetter,
              let last = span.text.dropLast().last, last.isLetter
        else { return false }
        let gap = next.x - box.maxX
        return gap > -1 && gap < size * 0.1
    }
}
