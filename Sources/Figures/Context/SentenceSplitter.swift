import DocumentModel
import VietnameseText

/// A sentence of a block or a footnote.
struct Sentence: Sendable, Hashable {
    var text: String
    /// The footnote calls in the sentence, offsets in `text`.
    var citations: [Citation]
    /// Whether the sentence opens its block, where "2." is a label rather than a figure.
    var opensBlock: Bool
}

enum SentenceSplitter {
    /// The longest sentence a figure carries and is read in, in characters. Text that never
    /// ends a sentence (a table flattened into one paragraph, a run-on list) is cut into
    /// windows this long at a clause or a space, so that what a figure stores, and the time
    /// spent reading around it, do not grow with the square of the text.
    static let longestSentence = 2000

    /// Splits a block's or a footnote's text into sentences: at ".", "!" or "?" followed by a
    /// space and a capital letter, a digit or an opening quote. Each sentence keeps the calls
    /// standing in it.
    static func sentences(of text: some CitingText) -> [Sentence] {
        sentences(of: text.text, citations: text.citations)
    }

    static func sentences(of text: String, citations: [Citation] = []) -> [Sentence] {
        let ordered = citations.sorted { $0.offset < $1.offset }
        // Offsets count characters, which are the scalars of plain text.
        return LiteralScalars.holdAlone(in: text)
            ? sentences(of: Array(text.unicodeScalars), citations: ordered) : sentences(of: Array(text), citations: ordered)
    }

    private static func sentences<Unit: TextUnit>(of characters: [Unit], citations: [Citation]) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == Unit(".") || character == Unit("!") || character == Unit("?"), isSentenceEnd(characters, at: index) {
                append(characters, start..<(index + 1), citations, &sentences)
                start = index + 1
            } else if index - start >= longestSentence {
                let cut = windowEnd(characters, from: start, to: index)
                append(characters, start..<cut, citations, &sentences)
                start = cut
            }
            index += 1
        }
        append(characters, start..<characters.count, citations, &sentences)
        return sentences
    }

    /// Where a window that grew too long ends: after its last comma or semicolon in its second
    /// half, else after its last space there, else where it is.
    private static func windowEnd<Unit: TextUnit>(_ characters: [Unit], from start: Int, to end: Int) -> Int {
        let half = start + (end - start) / 2
        var space: Int?
        var position = end
        while position > half {
            position -= 1
            let character = characters[position]
            if (character == Unit(",") || character == Unit(";")) && characters[position + 1].isSpace { return position + 1 }
            if space == nil && character.isSpace { space = position + 1 }
        }
        return space ?? end
    }

    /// Abbreviations written with a dot before a name, which never end a sentence: "TP. Hồ Chí
    /// Minh", "TX. Sơn Tây", "ThS. Lê Văn A".
    static let abbreviationsBeforeNames: Set<String> = ["TP", "Tp", "TX", "Tx", "ThS", "TS", "PGS", "GS", "BS"]

    /// Whether the word ending right before the dot at `index` is one of `abbreviationsBeforeNames`.
    private static func followsNameAbbreviation<Unit: TextUnit>(_ characters: [Unit], at index: Int) -> Bool {
        var start = index
        while start > 0, characters[start - 1].isLetter, index - start < 4 { start -= 1 }
        guard start < index, start == 0 || !characters[start - 1].isWordPart else { return false }
        return abbreviationsBeforeNames.contains(Unit.string(characters[start..<index]))
    }

    private static func isSentenceEnd<Unit: TextUnit>(_ characters: [Unit], at index: Int) -> Bool {
        if characters[index] == Unit("."), followsNameAbbreviation(characters, at: index) { return false }
        var next = index + 1
        guard next < characters.count, characters[next].isSpace else { return false }
        while next < characters.count, characters[next].isSpace { next += 1 }
        guard next < characters.count else { return false }
        let opener = characters[next]
        return opener.isUppercase || opener.isDigit || "\"“‘(-".unicodeScalars.contains(where: { opener == Unit($0) })
    }

    private static func append<Unit: TextUnit>(
        _ characters: [Unit], _ range: Range<Int>, _ citations: [Citation], _ sentences: inout [Sentence]
    ) {
        var lower = range.lowerBound
        while lower < range.upperBound, characters[lower].isSpace { lower += 1 }
        guard lower < range.upperBound else { return }
        let text = Unit.string(characters[lower..<range.upperBound]).trimmingTrailingWhitespace()
        // Calls are in text order: those of this sentence found by halving, not by a pass
        // over all of them for every sentence (a document of 100,000 calls).
        let first = firstCitation(citations, atOrAfter: lower)
        var inside: [Citation] = []
        var position = first
        while position < citations.count, citations[position].offset <= range.upperBound {
            if citations[position].offset >= lower { inside.append(citations[position]) }
            position += 1
        }
        sentences.append(
            Sentence(text: text, citations: inside.map { Citation(footnote: $0.footnote, offset: $0.offset - lower) }, opensBlock: sentences.isEmpty)
        )
    }
}

extension SentenceSplitter {
    /// The index of the first call at `offset` or later, in calls sorted by offset.
    fileprivate static func firstCitation(_ citations: [Citation], atOrAfter offset: Int) -> Int {
        var low = 0, high = citations.count
        while low < high {
            let middle = (low + high) / 2
            if citations[middle].offset < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var copy = self
        while let last = copy.last, last.isWhitespace { copy.removeLast() }
        return copy
    }
}
