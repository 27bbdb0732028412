import DocumentModel

/// Text and the footnote calls standing in it, as lines become paragraphs and footnotes: each
/// edit keeps a call after the characters it follows.
struct CitedText: Sendable, Hashable {
    var text: String
    var calls: [Citation] = []

    /// Joins the next line of the same paragraph or footnote (`LineJoiner`).
    mutating func append(_ next: CitedText) {
        LineJoiner.append(next.text, to: &text)
        // Counted only for the few lines that cite a footnote.
        if !next.calls.isEmpty { calls += Self.shifted(next.calls, by: text.count - next.text.count) }
    }

    /// The text's suffix `rest` (a heading's text after its label, a footnote's after its
    /// number) with its calls; calls in what is cut away stand at its start.
    func suffix(_ rest: String) -> CitedText {
        CitedText(text: rest, calls: calls.isEmpty ? [] : Self.shifted(calls, by: rest.count - text.count))
    }

    private static func shifted(_ calls: [Citation], by shift: Int) -> [Citation] {
        calls.map { Citation(footnote: $0.footnote, offset: max($0.offset + shift, 0)) }
    }

    /// `text` with each insertion (ascending offsets) put in at its offset, runs of whitespace
    /// made one space and the ends trimmed. At one offset, calls come before insertions.
    static func inserting(_ insertions: [(offset: Int, text: String)], into text: String, calls: [Citation]) -> CitedText {
        var out = ""
        var count = 0
        var pendingSpace = false
        var moved: [Citation] = []
        var insertions = insertions[...]
        var calls = calls[...]
        func emit(_ character: Character) {
            if character.isWhitespace {
                pendingSpace = count > 0
                return
            }
            if pendingSpace {
                out.append(" ")
                count += 1
                pendingSpace = false
            }
            out.append(character)
            count += 1
        }
        func flush(at offset: Int?) {
            while let call = calls.first, offset.map({ call.offset <= $0 }) ?? true {
                moved.append(Citation(footnote: call.footnote, offset: count))
                calls = calls.dropFirst()
            }
            while let insertion = insertions.first, offset.map({ insertion.offset <= $0 }) ?? true {
                insertion.text.forEach(emit)
                insertions = insertions.dropFirst()
            }
        }
        var offset = 0
        for character in text {
            flush(at: offset)
            emit(character)
            offset += 1
        }
        flush(at: nil)
        return CitedText(text: out, calls: moved)
    }
}

extension Footnote {
    /// Joins the next line of its body, or a second body of the same number.
    mutating func append(_ next: CitedText) {
        var joined = CitedText(text: text, calls: citations)
        joined.append(next)
        (text, citations) = (joined.text, joined.calls)
    }
}
