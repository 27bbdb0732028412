import DocumentModel

/// Carries a restored line's text into its spans, so span texts keep adding up to the line.
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
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        if line.text == line.spans.map(\.text).joined(separator: " "), words.count == line.spans.count {
            for index in spans.indices { spans[index].text = String(words[index]) }
            return spans
        }
        // Otherwise one span carries the restored text over the line's whole extent.
        var merged = line.spans[0]
        merged.text = text
        merged.box = line.box
        return [merged]
    }
}
