import DocumentModel
import Foundation

/// Writes every footnote call in the body as `[^N]`. Footnotes are anchored in number
/// order; the call of footnote N stands after the call of N-1 and before the place its
/// body was printed (the bottom of its page, or the paragraph after it in plain text),
/// which is what makes a flattened "thức5" or an OCR "hội’" a certain call.
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
            let searches: [(Int, Finder)] = [
                (from, { ReferenceForms.explicit(footnote.number, in: $0, from: $1) }),
                (min(pageStart, from), { ReferenceForms.explicit(footnote.number, in: $0, from: $1) }),
                (from, { ReferenceForms.plain(footnote.number, in: $0, from: $1) }),
                (from, { ReferenceForms.junk(in: $0, from: $1) }),
            ]
            // A call written as a marker may also follow its footnote's body (converter output).
            let late: (Int, Finder) = (from, { ReferenceForms.explicit(footnote.number, in: $0, from: $1) })
            for (index, (start, finder)) in (searches + [late]).enumerated() {
                let offset = start == cursor.line ? cursor.offset : 0
                let end = index == searches.count ? body.count : limit
                if let found = find(finder, lines: start..<end, firstOffset: offset) {
                    let mark = "[^\(footnote.number)]"
                    var text = body[found.line].text
                    var range = found.range
                    // "Covid-19 ⁽²⁾ và" → "Covid-19[^2] và": the call sits on the word it follows.
                    if range.lowerBound > text.startIndex, text[text.index(before: range.lowerBound)] == " " {
                        range = text.index(before: range.lowerBound)..<range.upperBound
                    }
                    let lower = text.distance(from: text.startIndex, to: range.lowerBound)
                    text.replaceSubrange(range, with: mark)
                    body[found.line].text = text
                    cursor = (found.line, lower + mark.count)
                    break
                }
            }
        }
        return body.map { line in
            var line = line
            line.text = MarkerCleanup.finish(line.text)
            return line
        }
    }

    typealias Finder = (String, String.Index) -> Range<String.Index>?

    private func find(_ finder: Finder, lines: Range<Int>, firstOffset: Int) -> (line: Int, range: Range<String.Index>)? {
        for i in lines {
            let text = body[i].text
            let skip = i == lines.lowerBound ? min(firstOffset, text.count) : 0
            if let range = finder(text, text.index(text.startIndex, offsetBy: skip)) { return (i, range) }
        }
        return nil
    }
}

/// What is left of marker forms once the calls are anchored: `<sup>2</sup>` after a unit
/// becomes the exponent `²`; calls of footnotes that do not exist are dropped.
enum MarkerCleanup {
    static func finish(_ text: String) -> String {
        // Replacements are superscript digits or nothing: plain text stays plain.
        let plain = ScalarText.holds(text)
        func find(_ needle: String, in text: String, from start: String.Index? = nil) -> Range<String.Index>? {
            ScalarText.range(of: needle, in: text, from: start ?? text.startIndex, textIsPlain: plain)
        }
        guard find("<sup>", in: text) != nil || find("⁽", in: text) != nil else { return text }
        var out = text
        while let open = find("<sup>", in: out), let close = find("</sup>", in: out, from: open.upperBound) {
            let inner = String(out[open.upperBound..<close.lowerBound])
            var replacement = ""
            if let n = Int(inner), ReferenceForms.isExponent(out, before: open.lowerBound, n) {
                replacement = Superscript.write(n)
            }
            out.replaceSubrange(open.lowerBound..<close.upperBound, with: replacement)
        }
        while let open = find("⁽", in: out), let close = find("⁾", in: out, from: open.upperBound),
            out[open.upperBound..<close.lowerBound].allSatisfy({ Superscript.digitValue($0) != nil })
        {
            out.replaceSubrange(open.lowerBound..<close.upperBound, with: "")
        }
        return out.collapsingSpaces()
    }
}
