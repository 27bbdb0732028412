import DocumentModel

/// Carries a line's new text (normalised, restored) into its spans, so that span texts keep
/// adding up to the line, each span keeping its box and font where the text allows.
enum LineRewriter {
    static func rewrite(_ line: Line, as text: String) -> Line {
        var rewritten = line
        rewritten.spans = spans(of: line, as: text)
        rewritten.text = text
        return rewritten
    }

    /// The line's spans carrying `text` in place of the line's own text.
    private static func spans(of line: Line, as text: String) -> [Span] {
        guard !line.spans.isEmpty else { return [] }
        let scalars = Array(text.unicodeScalars)
        let lengths = line.spans.map { $0.text.unicodeScalars.count }
        var spans = line.spans
        // Diacritics change letters, not their number: slice the new text at the old span ends.
        if lengths.reduce(0, +) == scalars.count {
            var start = 0
            for (index, length) in lengths.enumerated() {
                spans[index].text = String(String.UnicodeScalarView(scalars[start..<(start + length)]))
                start += length
            }
            return spans
        }
        // OCR spans are words joined by single spaces.
        let spaced = line.text == line.spans.map(\.text).joined(separator: " ")
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        if spaced, words.count == line.spans.count {
            for index in spans.indices { spans[index].text = String(words[index]) }
            return spans
        }
        // Letters joined or dropped (a split syllable, a soft hyphen, NFC): each span takes the
        // new text between where its old ends went.
        if let aligned = aligned(line, to: scalars, spaced: spaced) { return aligned }
        // Otherwise one span carries the new text over the line's whole extent.
        var merged = line.spans[0]
        merged.text = text
        merged.box = line.box
        merged.edges = nil
        return [merged]
    }

    /// A span's character edges carried to its new text: a kept scalar keeps its edges, a
    /// replaced or added one lies between the edges of the kept ones around it.
    static func edges(_ edges: [Double], from old: String, to new: String) -> [Double]? {
        let oldScalars = Array(old.unicodeScalars), newScalars = Array(new.unicodeScalars)
        guard edges.count == 2 * oldScalars.count else { return nil }
        if oldScalars.count == newScalars.count { return edges }
        guard let alignment = ScalarAlignment(from: oldScalars, to: newScalars) else { return nil }
        // Each new position's left edge from the old scalar that went there, its right from the
        // last old scalar before the next position.
        var left = [Double?](repeating: nil, count: newScalars.count + 1)
        var right = [Double?](repeating: nil, count: newScalars.count + 1)
        for index in oldScalars.indices {
            let position = alignment.position(of: index)
            guard position < newScalars.count else { continue }
            if left[position] == nil { left[position] = edges[2 * index] }
            right[position] = edges[2 * index + 1]
        }
        var carried: [Double] = []
        carried.reserveCapacity(2 * newScalars.count)
        for position in newScalars.indices {
            let start = left[position] ?? carried.last ?? edges[0]
            let end = right[position] ?? left[(position + 1)...].lazy.compactMap { $0 }.first ?? edges[edges.count - 1]
            carried += [start, max(start, end)]
        }
        return carried
    }

    /// The spans over `new`, each from where its old start went to where its old end went; a
    /// span left empty goes, and OCR words whose separating space went become one word.
    private static func aligned(_ line: Line, to new: [Unicode.Scalar], spaced: Bool) -> [Span]? {
        guard spaced || line.text == line.spans.map(\.text).joined() else { return nil }
        let old = Array(line.text.unicodeScalars)
        guard let alignment = ScalarAlignment(from: old, to: new) else { return nil }
        var ranges: [Range<Int>] = []
        var start = 0
        for span in line.spans {
            let end = start + span.text.unicodeScalars.count
            ranges.append(alignment.position(of: start)..<alignment.position(of: end))
            start = end + (spaced ? 1 : 0)
        }
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(new[range])) }
        var spans: [Span] = []
        var last: Range<Int>?
        for (span, range) in zip(line.spans, ranges) {
            if spaced, let previous = last, var merged = spans.last, text(previous.upperBound..<range.lowerBound) != " " {
                let whole = previous.lowerBound..<range.upperBound
                merged.text = text(whole)
                merged.box = [merged.box, span.box].compactMap { $0 }.reduce(nil) { $0?.union($1) ?? $1 }
                merged.confidence = [merged.confidence, span.confidence].compactMap { $0 }.min()
                spans[spans.count - 1] = merged
                last = whole
                continue
            }
            guard !range.isEmpty || spaced else { continue }
            var kept = span
            kept.text = text(range)
            kept.edges = span.edges.flatMap { Self.edges($0, from: span.text, to: kept.text) }
            spans.append(kept)
            last = range
        }
        let rebuilt = spaced ? spans.map(\.text).joined(separator: " ") : spans.map(\.text).joined()
        return rebuilt == String(String.UnicodeScalarView(new)) ? spans : nil
    }
}
