/// Footnotes a converter or a paste writes in square brackets: the call "[3]" written against
/// the word or figure it follows ("tiếp nhận 1.245 đơn[3]") and the body as a line of its own
/// starting "[3] …", at the page's end or the document's end. Brackets also hold a legal
/// text's citation list ("[1] Luật …" with no call), an index ("a[1]") or a heading
/// ("[Điều 5]"), so the style is read only where it is certain: a body line for every number,
/// each after its call, numbered one after another. The calls and the body numbers then
/// become raised numbers, and the footnote stages read them as they read `<sup>3</sup>`.
enum BracketedNotes {
    /// Plain text input only: a text layer's brackets are printed text.
    static func read(_ pages: [[WorkLine]]) -> [[WorkLine]] {
        guard !pages.joined().contains(where: \.hasGeometry) else { return pages }
        // Most texts hold no bracket at all.
        guard pages.joined().contains(where: { $0.text.utf8.contains(UInt8(ascii: "[")) }) else { return pages }
        let lines = pages.joined().map(\.text)
        let numbers = footnoteNumbers(lines)
        guard !numbers.isEmpty else { return pages }
        return pages.map { $0.map { rewritten($0, numbers: numbers) } }
    }

    /// The numbers of the bodies that count: body lines numbered one after another, each
    /// standing after a call of its number.
    static func footnoteNumbers(_ lines: [String]) -> Set<Int> {
        var bodies: [(line: Int, number: Int)] = []
        for (index, text) in lines.enumerated() {
            if let (number, _) = bodyStart(text) { bodies.append((index, number)) }
        }
        guard !bodies.isEmpty else { return [] }
        for (k, body) in bodies.enumerated() {
            if k > 0, body.number != bodies[k - 1].number + 1 { return [] }
            let called = lines[..<body.line].contains { text in
                bodyStart(text) == nil && !calls(in: text).filter { $0.number == body.number }.isEmpty
            }
            if !called { return [] }
        }
        return Set(bodies.map(\.number))
    }

    /// "[3] Tiêu biểu …": the number and the length of the marker with the space after it.
    static func bodyStart(_ text: String) -> (number: Int, length: Int)? {
        guard let (number, length) = bracketed(atStartOf: Substring(text)) else { return nil }
        let rest = text.dropFirst(length)
        // One space, then the body: a word, a digit or a quote ("[2] 11 đơn …", "[4] theo Quyết định …");
        // the calls and the numbering in sequence are what make it a footnote.
        guard rest.first == " ", let first = rest.dropFirst().first, first.isLetter || first.isNumber || "“\"(".contains(first)
        else { return nil }
        return (number, length + 1)
    }

    /// The calls in a body line: "[N]" right after a letter, a digit or a closing mark, with
    /// no space between ("đơn[3]", "1.245[3]", "”[3]"), and not followed by a letter or digit.
    static func calls(in text: String) -> [(number: Int, offset: Int, length: Int)] {
        var found: [(number: Int, offset: Int, length: Int)] = []
        var offset = 0
        var previous: Character?
        var index = text.startIndex
        while index < text.endIndex {
            let rest = text[index...]
            if text[index] == "[", let previous, previous.isLetter || previous.isNumber || ".,;:)”\"%".contains(previous),
                let (number, length) = bracketed(atStartOf: rest)
            {
                let after = rest.dropFirst(length).first
                if after.map({ !$0.isLetter && !$0.isNumber && $0 != "[" }) ?? true {
                    found.append((number, offset, length))
                }
            }
            previous = text[index]
            offset += 1
            index = text.index(after: index)
        }
        return found
    }

    /// "[12]" at the start of `text`: its number and length; at most three digits, never 0.
    private static func bracketed(atStartOf text: Substring) -> (Int, Int)? {
        guard text.first == "[" else { return nil }
        let digits = text.dropFirst().prefix { $0.isASCIIDigit }
        guard (1...3).contains(digits.count), text.dropFirst(1 + digits.count).first == "]", let number = Int(digits), number > 0
        else { return nil }
        return (number, digits.count + 2)
    }

    /// A body line's number, or the calls of a text line, taken out as raised numbers.
    private static func rewritten(_ line: WorkLine, numbers: Set<Int>) -> WorkLine {
        guard line.table == nil, line.text.contains("[") else { return line }
        var line = line
        if let (number, length) = bodyStart(line.text), numbers.contains(number) {
            line.text = String(line.text.dropFirst(length))
            line.raised = line.raised.map { var raised = $0; raised.offset = max(0, raised.offset - length); return raised }
            line.raised.insert(RaisedNumber(value: number, form: .bracketed, offset: 0, spaced: false), at: 0)
            return line
        }
        let taken = calls(in: line.text).filter { numbers.contains($0.number) }
        guard !taken.isEmpty else { return line }
        var characters = Array(line.text)
        var removed = 0
        var raised = line.raised
        for call in taken {
            let start = call.offset - removed
            characters.removeSubrange(start..<(start + call.length))
            // Raised numbers already read after the call move back with the text.
            raised = raised.map { var number = $0; if number.offset > start { number.offset -= call.length }; return number }
            raised.append(RaisedNumber(value: call.number, form: .bracketed, offset: start, spaced: false))
            removed += call.length
        }
        line.text = String(characters)
        line.raised = raised.sorted { $0.offset < $1.offset }
        return line
    }
}
