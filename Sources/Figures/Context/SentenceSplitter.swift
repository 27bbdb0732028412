import DocumentModel
import VietnameseText
/// A sentence of a block with its footnote references taken out.
struct Sentence: Sendable, Hashable {
    /// Text without footnote markers.
    var text: String
    /// Footnote numbers cited in the sentence, each with the character offset (in `text`)
    /// where its marker stood.
    var citations: [Citation]
    /// Whether the sentence opens its block, where "2." is a label rather than a figure.
    var opensBlock: Bool
}

/// A footnote reference and the character offset where its marker stood.
struct Citation: Sendable, Hashable {
    var number: Int
    var offset: Int
}

enum SentenceSplitter {
    /// Splits a block's text into sentences: at ".", "!" or "?" followed by a space and a capital
    /// letter, a digit or an opening quote. Footnote markers `[^N]` (and the `^[N]` variant) are
    /// removed and remembered.
    static func sentences(of text: String) -> [Sentence] {
        let (clean, citations) = removingMarkers(from: text)
        return LiteralScalars.holdAlone(in: clean)
            ? sentences(of: Array(clean.unicodeScalars), citations: citations) : sentences(of: Array(clean), citations: citations)
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
            Sentence(text: text, citations: inside.map { Citation(number: $0.number, offset: $0.offset - lower) }, opensBlock: sentences.isEmpty)
        )
    }

    /// Cuts `[^12]` and `^[12]` out of the text, keeping where each stood.
    static func removingMarkers(from text: String) -> (String, [Citation]) {
        // Both marker forms hold a "^"; most blocks have none.
        guard text.utf8.contains(UInt8(ascii: "^")) else { return (text, []) }
        let characters = Array(text)
        var output: [Character] = []
        var citations: [Citation] = []
        var index = 0
        while index < characters.count {
            if let (number, length) = marker(in: characters, at: index) {
                citations.append(Citation(number: number, offset: output.count))
                index += length
            } else {
                output.append(characters[index])
                index += 1
            }
        }
        return (String(output), citations)
    }

    private static func marker(in characters: [Character], at index: Int) -> (Int, Int)? {
        let opening: [Character]
        if index + 1 < characters.count, characters[index] == "[", characters[index + 1] == "^" {
            opening = ["[", "^"]
        } else if index + 1 < characters.count, characters[index] == "^", characters[index + 1] == "[" {
            opening = ["^", "["]
        } else {
            return nil
        }
        var cursor = index + opening.count
        var digits = ""
        while cursor < characters.count, VietnameseNumber.isDigit(characters[cursor]) {
            digits.append(characters[cursor])
            cursor += 1
        }
        guard !digits.isEmpty, cursor < characters.count, characters[cursor] == "]", let number = Int(digits) else {
            return nil
        }
        return (number, cursor + 1 - index)
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var copy = self
        while let last = copy.last, last.isWhitespace { copy.removeLast() }
        return copy
    }
}
