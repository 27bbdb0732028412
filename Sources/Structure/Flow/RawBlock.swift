/// Lines the flow stage put together: one paragraph, heading, item or title line.
struct RawBlock: Sendable {
    var lines: [WorkLine]
    var text: String

    init(_ line: WorkLine) {
        lines = [line]
        text = line.text
    }

    mutating func append(_ line: WorkLine) {
        lines.append(line)
        text = LineJoiner.join(text, line.text)
    }

    var first: WorkLine { lines[0] }
    var pages: [Int] { [lines[0].page, lines[lines.count - 1].page] }

    /// The text ends a sentence (or a list introduction): nothing is cut here.
    var isTerminated: Bool { Punctuation.endsSentence(text) }
}

enum Punctuation {
    /// Ends with . : ; ! ? … (a closing quote or bracket may follow).
    static func endsSentence(_ text: String) -> Bool {
        var core = Substring(text.trimmingWhitespace())
        // A footnote call after the full stop: "… năm 2020.[^3]".
        while core.hasSuffix("]"), let open = core.lastIndex(of: "["), core[open...].hasPrefix("[^") {
            core = core[..<open]
        }
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
        guard !left.isEmpty else { return right }
        guard !right.isEmpty else { return left }
        guard left.hasSuffix("-"), !left.hasSuffix(" -"), !left.hasSuffix("--") else {
            return left + " " + right
        }
        let stem = String(left.dropLast())
        let leftWord = String(stem.reversed().prefix { $0.isLetter }.reversed())
        let rightWord = String(right.prefix { $0.isLetter })
        if isHyphenatedWord(leftWord, rightWord, stemEnd: stem.last) {
            return stem + right
        }
        // A compound or code broken after its dash: keep the dash, no space.
        return left + right
    }

    /// Both halves plain lowercase Latin letters and not Vietnamese syllables on their own:
    /// only then was the dash put there by a hyphenating layout engine.
    private static func isHyphenatedWord(_ left: String, _ right: String, stemEnd: Character?) -> Bool {
        guard let stemEnd, stemEnd.isLetter, !left.isEmpty, !right.isEmpty else { return false }
        guard left.allSatisfy({ $0.isASCII && $0.isLowercase }), right.allSatisfy({ $0.isASCII && $0.isLowercase })
        else { return false }
        return !SyllableShape.isWellFormed(left) || !SyllableShape.isWellFormed(right)
    }
}
