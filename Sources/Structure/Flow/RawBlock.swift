import DocumentModel
import VietnameseText

/// Lines the flow stage put together: one paragraph, heading, item or title line.
struct RawBlock: Sendable {
    var lines: [WorkLine]
    var content: CitedText

    init(_ line: WorkLine) {
        lines = [line]
        content = line.cited
    }

    mutating func append(_ line: WorkLine) {
        lines.append(line)
        content.append(line.cited)
    }

    var text: String { content.text }
    var first: WorkLine { lines[0] }
    var pages: PageRange { PageRange(first: lines[0].page, last: lines[lines.count - 1].page) }

    /// The text ends a sentence (or a list introduction): nothing is cut here.
    var isTerminated: Bool { Punctuation.endsSentence(text) }
}

enum Punctuation {
    /// Ends with . : ; ! ? … (a closing quote or bracket may follow).
    static func endsSentence(_ text: String) -> Bool {
        // Trimmed as a slice: a growing paragraph is tested after each of its lines.
        var core = Substring(text)
        while let first = core.first, first.isWhitespace { core = core.dropFirst() }
        while let last = core.last, last.isWhitespace { core = core.dropLast() }
        while let last = core.last, "”\"’)".contains(last) { core = core.dropLast() }
        guard let last = core.last else { return false }
        return ".:;!?…".contains(last)
    }

    static func startsLowercase(_ text: String) -> Bool {
        guard let first = text.first(where: { !"“\"(".contains($0) }) else { return false }
        return first.isLowercase
    }
}

/// Joins two consecutive lines of one paragraph, undoing line-end hyphenation only where
/// it is hyphenation: "infor-" + "mation" → "information", while "2021-" + "2025",
/// "25-" + "NQ/TW", "Covid-" + "19" and "kinh tế -" + "xã hội" keep their dash.
enum LineJoiner {
    static func join(_ left: String, _ right: String) -> String {
        var joined = left
        append(right, to: &joined)
        return joined
    }

    /// `join` in place: a long paragraph is not copied for each line it takes.
    static func append(_ right: String, to left: inout String) {
        guard !left.isEmpty else {
            left = right
            return
        }
        guard !right.isEmpty else { return }
        guard left.hasSuffix("-"), !left.hasSuffix(" -"), !left.hasSuffix("--") else {
            left += " " + right
            return
        }
        let stem = left.dropLast()
        let leftWord = String(stem.reversed().prefix { $0.isLetter }.reversed())
        let rightWord = String(right.prefix { $0.isLetter })
        if isHyphenatedWord(leftWord, rightWord, stemEnd: stem.last) {
            left.removeLast()
        }
        // Otherwise a compound or code broken after its dash: keep the dash, no space.
        left += right
    }

    /// Both halves plain lowercase Latin letters and one of them no Vietnamese syllable even
    /// with its marks lost: only then was the dash put there by a hyphenating layout engine.
    private static func isHyphenatedWord(_ left: String, _ right: String, stemEnd: Character?) -> Bool {
        guard let stemEnd, stemEnd.isLetter, !left.isEmpty, !right.isEmpty else { return false }
        guard left.allSatisfy({ $0.isASCII && $0.isLowercase }), right.allSatisfy({ $0.isASCII && $0.isLowercase })
        else { return false }
        return VietnameseSyllable.accentedForms(ofStripped: left).isEmpty
            || VietnameseSyllable.accentedForms(ofStripped: right).isEmpty
    }
}
