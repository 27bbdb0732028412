import DocumentModel
import VietnameseText

/// Decides which numbered blocks are headings. The numbering gives the level; the
/// decision comes from formatting where the input has it (bold or italic lines, a
/// converter's heading markup) and from the text where it does not: a heading is one
/// short sentence starting with a capital, and its number continues the sequence of its
/// level. "1. Thường xuyên tuyên truyền… . Tăng cường…" is a numbered paragraph.
struct HeadingClassifier {
    let fontsKnown: Bool
    private var lastNumber: [HeadingLevel: Int] = [:]
    /// The last number seen at each level, headings and numbered paragraphs alike.
    private var lastSeen: [HeadingLevel: Int] = [:]

    init(fontsKnown: Bool) {
        self.fontsKnown = fontsKnown
    }

    mutating func heading(_ block: RawBlock) -> HeadingPattern? {
        guard var pattern = HeadingPattern(block.content) ?? misreadNumber(block) else { return nil }
        if let repaired = repairedRoman(pattern) { pattern = repaired }
        lastSeen[pattern.level] = HeadingClassifier.ordinal(pattern)
        guard accepts(pattern, block) else { return nil }
        for deeper in pattern.level.deeper { lastSeen[deeper] = nil }
        lastNumber[pattern.level] = HeadingClassifier.ordinal(pattern)
        for deeper in pattern.level.deeper { lastNumber[deeper] = nil }
        return pattern
    }

    private func accepts(_ pattern: HeadingPattern, _ block: RawBlock) -> Bool {
        if block.first.markedHeading { return true }
        let startsWell = pattern.level == .part || pattern.text.first?.isUppercase == true
        guard startsWell else { return false }
        if fontsKnown {
            // A text layer shows headings bold or italic; a numbered paragraph is neither.
            return block.first.bold || block.first.italic
        }
        guard block.text.count < HeadingClassifier.longestHeading, HeadingClassifier.isOneSentence(pattern.text) else {
            return false
        }
        if pattern.level == .letter, !HeadingClassifier.mayHeadPoint(pattern.text) { return false }
        return continuesNumbering(pattern)
    }

    /// Report headings in plain text run to three lines at most; a longer numbered block is
    /// a paragraph.
    static let longestHeading = 400
    /// A point "a)" that heads a section names it in a few words ("a) Giải quyết khiếu nại").
    static let longestPointHeading = 160

    /// Points are the deepest numbering, and most of them are the paragraphs they number:
    /// "a) Phấn đấu giải quyết 90% số đơn." or "a) Đơn trình báo: các đồn đã xác minh …, 15
    /// đơn đang xác minh." A point heads a section only while it is short and does not end
    /// as a sentence or a list item ends.
    static func mayHeadPoint(_ text: String) -> Bool {
        guard text.count < longestPointHeading, let last = text.last(where: { !$0.isWhitespace }) else { return false }
        return last != "." && last != ";"
    }

    /// OCR drops a stroke of a roman numeral ("III." read as "II."). A part heading in
    /// capitals whose number does not move forward takes the next number in sequence.
    private func repairedRoman(_ pattern: HeadingPattern) -> HeadingPattern? {
        guard pattern.level == .roman, let last = lastNumber[.roman], let number = HeadingClassifier.ordinal(pattern),
            number <= last, pattern.text == pattern.text.uppercased(), pattern.text.count >= 4
        else { return nil }
        return HeadingPattern(level: .roman, label: RomanNumeral.write(last + 1), text: pattern.text)
    }

    /// OCR reads a heading number as a look-alike letter ("4." as "A.", "5." as "S.").
    /// Where the next number of the level is due, the letter takes its place.
    private func misreadNumber(_ block: RawBlock) -> HeadingPattern? {
        guard block.first.ocr, let last = lastSeen[.number] ?? lastNumber[.number] else { return nil }
        let characters = Array(block.text.prefix(3))
        guard characters.count == 3, "ASBOZGl".contains(characters[0]), characters[1] == ".", characters[2] == " " else {
            return nil
        }
        return HeadingPattern(level: .number, label: String(last + 1), text: String(block.text.dropFirst(3)))
    }

    /// The number follows the last one of its level, or restarts under a new parent.
    private func continuesNumbering(_ pattern: HeadingPattern) -> Bool {
        guard let number = HeadingClassifier.ordinal(pattern), let last = lastNumber[pattern.level] else { return true }
        // A restart at 1 without a new parent heading is a list inside the section.
        return number > last && number <= last + 3
    }

    /// No sentence break inside: ". T", "; T", "! T", "? T" followed by a capital.
    static func isOneSentence(_ text: String) -> Bool {
        let characters = Array(text)
        guard characters.count > 2 else { return true }
        for i in 0..<(characters.count - 2) where ".;!?".contains(characters[i]) {
            if characters[i + 1] == " ", characters[i + 2].isUppercase { return false }
        }
        return true
    }

    /// The last number of the label: "III" → 3, "4.2" → 2, "b" → 2.
    static func ordinal(_ pattern: HeadingPattern) -> Int? {
        switch pattern.level {
        case .part: return nil
        case .roman: return RomanNumeral.value(pattern.label)
        case .letter: return pattern.label.unicodeScalars.first.map { Int($0.value) - 96 }
        case .number, .subnumber, .subsubnumber: return pattern.label.split(separator: ".").last.flatMap { Int($0) }
        }
    }
}

/// The dotted label path of the section a block stands in: "III", "III.4", "III.4.2",
/// "III.4.2.a". Numeric labels already carry their parents ("4.2"), so the path is the
/// roman part, the deepest numeric label and the letter.
struct SectionPath {
    private var labels: [HeadingLevel: String] = [:]

    mutating func enter(_ heading: HeadingPattern) {
        labels[heading.level] = heading.label
        for deeper in heading.level.deeper { labels[deeper] = nil }
    }

    var path: String {
        var parts: [String] = []
        if let roman = labels[.roman] { parts.append(roman) }
        if let numeric = [HeadingLevel.subsubnumber, .subnumber, .number].lazy.compactMap({ labels[$0] }).first {
            parts.append(numeric)
        }
        if let letter = labels[.letter] { parts.append(letter) }
        if parts.isEmpty, let part = labels[.part] { parts.append(part) }
        return parts.joined(separator: ".")
    }
}
