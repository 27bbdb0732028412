import DocumentModel

/// A legal text's units on the document tree's levels, as the schema numbers them: Phần 0,
/// Chương 1, Mục 2, Điều 3, khoản 4, điểm 5, and an annex 0.
extension HeadingLevel {
    static let legalChapter = HeadingLevel.roman
    static let legalSection = HeadingLevel.number
    static let article = HeadingLevel.subnumber
    static let clause = HeadingLevel.subsubnumber
    static let point = HeadingLevel.letter
}

/// A clause ("1.") or point ("a)") of an article, by the numbering a report's headings use.
enum LegalItem {
    /// The report numbering levels that number an article's clauses and points.
    static let levels: Set<HeadingLevel> = [.number, .letter]

    /// What OCR reads a point's parenthesis as: a brace or bracket ("a}", "b]").
    static let misreadStops: [Character: Character] = ["}": ")", "]": ")"]

    /// The clause or point a line opens with, its numbering as OCR may have read it.
    static func pattern(of line: CitedText) -> HeadingPattern? {
        if let pattern = HeadingPattern(line) { return pattern }
        guard let repaired = repaired(line.text), let pattern = HeadingPattern(repaired),
            LegalItem.levels.contains(pattern.level)
        else { return nil }
        return pattern
    }

    /// The line with its clause or point numbering read right, when OCR misread it; nil otherwise.
    static func repaired(_ text: String) -> String? {
        let head = text.prefix { !$0.isWhitespace }
        guard (2...3).contains(head.count), let last = head.last, head.count < text.count else { return nil }
        if let letter = head.first, letter.isLowercase, letter.isLetter {
            // "a}", or a speck read between the letter and its parenthesis ("c©)").
            if head.count == 2, let stop = misreadStops[last] { return "\(letter)\(stop)" + text.dropFirst(2) }
            let speck = head.dropFirst().first
            if head.count == 3, last == ")", let speck, !speck.isLetter, !speck.isNumber, !speck.isWhitespace {
                return "\(letter))" + text.dropFirst(3)
            }
        }
        // A clause's number with a digit read as its lookalike ("l." for "1."); a roman "I." is
        // a section of the article, not a clause.
        let number = head.dropLast()
        guard last == ".", !number.allSatisfy({ "IVXL".contains($0) }), let digits = DigitLookalikes.digits(number),
            digits != number
        else { return nil }
        return digits + text.dropFirst(number.count)
    }

    /// The level of a clause or point numbered so; nil for any other numbering.
    static func level(of pattern: HeadingPattern) -> HeadingLevel? {
        switch pattern.level {
        case .number: .clause
        case .letter: .point
        default: nil
        }
    }
}
