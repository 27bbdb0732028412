/// The written form of a footnote call, `[^N]` (pandoc's footnote reference): how the document
/// JSON, Markdown and body text carry calls inside text, and where they are read back into
/// `Citation`s when a document JSON is read.
public enum FootnoteReference {
    public static func mark(_ footnote: Int) -> String { "[^\(footnote)]" }

    /// `text` with `[^N]` written at each call; a call past the end goes at the end.
    public static func write(_ text: String, citations: [Citation]) -> String {
        guard !citations.isEmpty else { return text }
        var out = ""
        var pending = citations[...]
        var offset = 0
        for character in text {
            while let call = pending.first, call.offset <= offset {
                out += mark(call.footnote)
                pending = pending.dropFirst()
            }
            out.append(character)
            offset += 1
        }
        for call in pending { out += mark(call.footnote) }
        return out
    }

    /// The text without its `[^N]` marks (and the `^[N]` variant other tools write), and the
    /// calls where they stood.
    public static func read(_ text: String) -> (text: String, citations: [Citation]) {
        // Both forms hold a "^"; most texts have none.
        guard text.utf8.contains(UInt8(ascii: "^")) else { return (text, []) }
        var output = ""
        var count = 0
        var citations: [Citation] = []
        var rest = Substring(text)
        while let first = rest.first {
            if let (footnote, length) = mark(atStartOf: rest) {
                citations.append(Citation(footnote: footnote, offset: count))
                rest = rest.dropFirst(length)
            } else {
                output.append(first)
                count += 1
                rest = rest.dropFirst()
            }
        }
        return (output, citations)
    }

    /// The footnote number of a mark `[^N]` or `^[N]` that `text` starts with, and the mark's
    /// length in characters.
    public static func mark(atStartOf text: Substring) -> (footnote: Int, length: Int)? {
        guard text.hasPrefix("[^") || text.hasPrefix("^[") else { return nil }
        let digits = text.dropFirst(2).prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, text.dropFirst(2 + digits.count).first == "]", let footnote = Int(digits) else { return nil }
        return (footnote, digits.count + 3)
    }
}
