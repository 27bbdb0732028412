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
    /// Splits a block's or a footnote's text into sentences: at ".", "!" or "?" followed by a
    /// space and a capital letter, a digit or an opening quote. Each sentence keeps the calls
    /// standing in it.
    static func sentences(of text: some CitingText) -> [Sentence] {
        sentences(of: text.text, citations: text.citations)
    }

    static func sentences(of text: String, citations: [Citation] = []) -> [Sentence] {
        // Offsets count characters, which are the scalars of plain text.
        LiteralScalars.holdAlone(in: text)
            ? sentences(of: Array(text.unicodeScalars), citations: citations) : sentences(of: Array(text), citations: citations)
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
            }
            index += 1
        }
        append(characters, start..<characters.count, citations, &sentences)
        return sentences
    }

    private static func isSentenceEnd<Unit: TextUnit>(_ characters: [Unit], at index: Int) -> Bool {
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
        let inside = citations.filter { $0.offset >= lower && $0.offset <= range.upperBound }
        sentences.append(
            Sentence(text: text, citations: inside.map { Citation(footnote: $0.footnote, offset: $0.offset - lower) }, opensBlock: sentences.isEmpty)
        )
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var copy = self
        while let last = copy.last, last.isWhitespace { copy.removeLast() }
        return copy
    }
}
