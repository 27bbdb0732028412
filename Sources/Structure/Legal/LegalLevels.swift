import DocumentModel
import VietnameseText

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

    /// Points run in the alphabet's order, without f, j, w and z, with đ after d.
    static let pointOrder = Array("abcdđeghiklmnopqrstuvxy")
    /// Point letters OCR reads as one another, beyond a stroke ("d" and "đ" share a key).
    static let pointLookalikes: Set<String> = ["ce", "ec", "gq", "il", "li"]

    /// The point due after `previous` when the line opens with what OCR made of its label:
    /// the letter with its stroke taken or given ("đ)" for "d)"), with a speck ("đd)"), a
    /// lookalike letter ("e)" for "c)"), or a mark that is no letter ("ø)", "¡)", "1)" for
    /// "g)", "i)"). Points never skip a letter, so the one due is the one printed.
    static func duePoint(_ text: String, after previous: Character) -> HeadingPattern? {
        guard let index = pointOrder.firstIndex(of: previous), index + 1 < pointOrder.count else { return nil }
        let due = pointOrder[index + 1]
        let head = text.prefix { !$0.isWhitespace }
        guard (2...3).contains(head.count), head.last == ")", head.count < text.count else { return nil }
        let token = String(head.dropLast())
        guard token != String(due) else { return nil }
        let noLetter = token.allSatisfy { !$0.isLetter || LetterTable.entry($0.unicodeScalars.first ?? " ") == nil }
        let readAs =
            token.contains(due) || noLetter || TextKey.of(token) == TextKey.of(String(due))
            || pointLookalikes.contains(token + String(due))
        guard readAs else { return nil }
        return HeadingPattern(level: .letter, label: String(due), text: text.dropFirst(head.count).trimmingPrefixSpaces())
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
