import DocumentModel

/// Anchors every footnote call of the body in its line (`WorkLine.calls`). Footnotes are
/// anchored in number order; the call of footnote N stands after the call of N-1 and before
/// the place its body was printed (the bottom of its page, or the paragraph after it in plain
/// text), which is what makes a flattened "thức5" or an OCR "hội’" a certain call.
struct FootnoteAnchorer {
    var body: [WorkLine]
    let footnotes: [Footnote]
    let bodyLinesBefore: [Int]

    mutating func anchor() -> [WorkLine] {
        var cursor = (line: 0, offset: 0)
        for (k, footnote) in footnotes.enumerated() {
            let limit = min(bodyLinesBefore[k], body.count)
            let pageStart = body.firstIndex { $0.page >= footnote.page - 1 } ?? 0
            let from = max(min(cursor.line, limit), 0)
            let number = footnote.number
            let explicit: Finder = { line, skip in ReferenceForms.explicit(number, in: line, from: skip).map(CallSite.raised) }
            let searches: [(Int, Finder)] = [
                (from, explicit),
                (min(pageStart, from), explicit),
                (from, Self.inText { ReferenceForms.plain(number, in: $0, from: $1) }),
                (from, Self.inText { ReferenceForms.junk(in: $0, from: $1) }),
            ]
            // A call written as a marker may also follow its footnote's body (converter output).
            let late: (Int, Finder) = (from, explicit)
            for (index, (start, finder)) in (searches + [late]).enumerated() {
                let offset = start == cursor.line ? cursor.offset : 0
                let end = index == searches.count ? body.count : limit
                if let found = find(finder, lines: start..<end, firstOffset: offset) {
                    cursor = (found.line, body[found.line].anchor(number, at: found.site))
                    break
                }
            }
        }
        // Raised numbers that cite no footnote leave what the text keeps of them.
        return body.map { $0.settled() }
    }

    /// Looks in a line from a character offset on.
    typealias Finder = (WorkLine, Int) -> CallSite?

    /// A finder of digits or marks left in the text itself.
    private static func inText(_ finder: @escaping (String, String.Index) -> Range<String.Index>?) -> Finder {
        { line, skip in finder(line.text, line.text.index(line.text.startIndex, offsetBy: skip)).map(CallSite.text) }
    }

    private func find(_ finder: Finder, lines: Range<Int>, firstOffset: Int) -> (line: Int, site: CallSite)? {
        for i in lines {
            let skip = i == lines.lowerBound ? min(firstOffset, body[i].text.count) : 0
            if let site = finder(body[i], skip) { return (i, site) }
        }
        return nil
    }
}
