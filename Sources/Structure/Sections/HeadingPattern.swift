import DocumentModel

/// The numbering a heading line starts with, and the level it gives:
/// 0 "Phần thứ nhất", 1 "I." / "I-", 2 "1.", 3 "1.1.", 4 "1.1.1.", 5 "a)".
/// A match only makes a candidate; `HeadingClassifier` decides.
struct HeadingPattern: Equatable {
    let level: HeadingLevel
    /// Without trailing punctuation: "III", "4.2", "a", "Phần thứ nhất".
    let label: String
    /// The heading text after the label, kept as a slice of the line: a paragraph is tested
    /// as it grows, line by line, and copying its text each time would cost its square.
    let body: Substring
    var text: String { String(body) }

    static let partOrdinals = ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "I", "II", "III", "IV", "V"]

    init?(_ line: String) {
        // Every numbering starts with "P"/"p" (a part), a roman or decimal digit, or is one
        // letter and ")"; paragraphs are tested often as they grow, most start otherwise.
        guard let first = line.first else { return nil }
        if !first.isWhitespace, !"IVXLpP".contains(first), !first.isASCIIDigit, line.dropFirst().first != ")" { return nil }
        if let part = HeadingPattern.part(line) {
            self = part
            return
        }
        let head = line.prefix { !$0.isWhitespace }
        let rest = line.dropFirst(head.count).drop { $0.isWhitespace || $0 == ":" }
        guard !rest.isEmpty, let last = head.last else { return nil }
        let core = head.dropLast()
        if last == "." || last == "-", !core.isEmpty, core.allSatisfy({ "IVXL".contains($0) }), core.count <= 5 {
            self.init(level: .roman, label: String(core), body: rest)
        } else if last == ")", core.count == 1, let letter = core.first, letter.isLowercase, letter.isLetter {
            self.init(level: .letter, label: String(core), body: rest)
        } else if let numbers = HeadingPattern.decimalNumbers(last == "." ? String(core) : String(head)),
            let level = HeadingLevel(decimalParts: numbers.count)
        {
            // "1." needs its dot; "1.1" and "1.1.1" may drop the final one.
            guard numbers.count > 1 || last == "." else { return nil }
            self.init(level: level, label: numbers.map(String.init).joined(separator: "."), body: rest)
        } else {
            return nil
        }
    }

    /// A line that is a numbering and nothing else ("II.", "2.1.", "b)"): a converter that
    /// breaks at every full stop, or a page that sets the number apart, puts a heading's text on
    /// the next line.
    static func isBareNumbering(_ line: String) -> Bool {
        let trimmed = line.trimming(" \t")
        guard !trimmed.isEmpty, !trimmed.contains(where: \.isWhitespace) else { return false }
        return levelOfNumbering(trimmed) != nil
    }

    /// The level of a word read as a heading's numbering ("II." roman, "2.1." numbered, "b)"
    /// letter), tested with a heading's first word after it; nil for any other word and for a
    /// part ("Phần"), which is no numbering alone.
    static func levelOfNumbering(_ word: some StringProtocol) -> HeadingLevel? {
        HeadingPattern(String(word) + " " + bareNumberingProbe).map(\.level).flatMap { $0 == .part ? nil : $0 }
    }

    /// A heading's first word, put after a bare numbering to test it as a heading line.
    private static let bareNumberingProbe = "A"

    /// The numbering of a text with calls: a numbering never carries a call ("Covid-19[^10]. Ngay
    /// sau…" is no "19.").
    init?(_ line: CitedText) {
        if let first = line.calls.first, first.offset <= line.text.prefix(while: { !$0.isWhitespace }).count { return nil }
        self.init(line.text)
    }

    init(level: HeadingLevel, label: String, text: String) {
        self.init(level: level, label: label, body: Substring(text))
    }

    init(level: HeadingLevel, label: String, body: Substring) {
        self.level = level
        self.label = label
        self.body = body
    }

    /// "Phần thứ nhất", "PHẦN THỨ HAI: …".
    private static func part(_ line: String) -> HeadingPattern? {
        guard line.split(separator: " ", maxSplits: 1).first?.lowercased() == "phần" else { return nil }
        let words = line.split(separator: " ", maxSplits: 3).map(String.init)
        guard words.count >= 3, words[0].lowercased() == "phần", words[1].lowercased() == "thứ" else { return nil }
        let ordinal = words[2].trimming(":.")
        guard partOrdinals.contains(where: { $0.lowercased() == ordinal.lowercased() }) else { return nil }
        let label = "\(words[0]) \(words[1]) \(ordinal)"
        let rest = words.count > 3 ? words[3].trimmingPrefixSpaces() : ""
        return HeadingPattern(level: .part, label: label, text: rest)
    }

    /// "1.2.3" → [1, 2, 3]; at most three parts of one or two digits. "1.425" is a number.
    private static func decimalNumbers(_ text: String) -> [Int]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count) else { return nil }
        var numbers: [Int] = []
        for part in parts {
            guard (1...2).contains(part.count), part.allSatisfy(\.isASCIIDigit), let value = Int(part) else { return nil }
            numbers.append(value)
        }
        return numbers
    }
}

extension StringProtocol {
    func trimmingPrefixSpaces() -> String {
        String(drop { $0.isWhitespace || $0 == ":" })
    }

    func trimming(_ set: String) -> String {
        var core = Substring(self)
        while let first = core.first, set.contains(first) { core = core.dropFirst() }
        while let last = core.last, set.contains(last) { core = core.dropLast() }
        return String(core)
    }
}
