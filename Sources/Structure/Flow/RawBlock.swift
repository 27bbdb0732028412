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
