import Foundation

/// Where a footnote call for number N may stand in a body line, in every form
/// extraction leaves it.
enum ReferenceForms {
    /// A raised number N: a converter's tag or reference mark or a text layer's raised run
    /// first, then `⁽N⁾`, then superscript digits written against the word they follow.
    /// Returns its index.
    static func explicit(_ n: Int, in line: WorkLine, from offset: Int) -> Int? {
        let candidates = line.raised.indices.filter { line.raised[$0].value == n && line.raised[$0].offset >= offset }
        guard !candidates.isEmpty else { return nil }
        func first(_ accepts: (RaisedNumber) -> Bool) -> Int? { candidates.first { accepts(line.raised[$0]) } }
        return first { [.tag, .layer, .reference, .bracketed].contains($0.form) } ?? first { $0.form == .parenthesised }
            ?? first { $0.form == .superscript && !$0.spaced && $0.offset > 0 }
    }

    /// Plain digits glued to the word they follow ("hình thức5", "khéo”3"), or set off by
    /// a space after a number or quote ("năm 2020 3."), as a text layer flattens them.
    static func plain(_ n: Int, in text: String, from: String.Index) -> Range<String.Index>? {
        let plain = ScalarText.holds(text)
        let digits = String(n)
        var search = from
        while let range = ScalarText.range(of: digits, in: text, from: search, textIsPlain: plain) {
            defer { search = range.upperBound }
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
            guard !after.isNumber, !after.isLetter, after != "/", after != "-" else { continue }
            guard range.lowerBound > text.startIndex else { continue }
            let before = text[text.index(before: range.lowerBound)]
            if before.isLetter, before.isLowercase {
                if !isExponent(text, before: range.lowerBound, n) { return range }
            } else if isClosingMark(text, at: range.lowerBound) {
                return range
            } else if before == " ", ",.;:) ".contains(after) || range.upperBound == text.endIndex {
                let word = text[..<text.index(before: range.lowerBound)].reversed().prefix { !$0.isWhitespace }
                if let last = word.first, last.isNumber || "”\")".contains(last) {
                    return text.index(before: range.lowerBound)..<range.upperBound
                }
            }
        }
        return nil
    }

    /// OCR's stand-ins for a raised number at a word end: `'`, `’`, `*`, `®`, `!`, `”`, `°`.
    static func junk(in text: String, from: String.Index) -> Range<String.Index>? {
        // Scalars are cheaper to scan than characters, and most lines hold none of these.
        let standIns = "'’*®!”°".unicodeScalars
        guard text.unicodeScalars[from...].contains(where: standIns.contains) else { return nil }
        var index = from
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if "'’*®!”°".contains(character), index > text.startIndex {
                let before = text[text.index(before: index)]
                let after = next < text.endIndex ? text[next] : " "
                let atWordEnd = after.isWhitespace || ".,;:".contains(after)
                if before.isLetter, before.isLowercase, atWordEnd, !(character == "”" && closesQuote(text, at: index)) {
                    return index..<next
                }
            }
            index = next
        }
        return nil
    }

    /// `km²`, `m2`: a 2 or 3 after a unit of length is an exponent.
    static func isExponent(_ text: String, before index: String.Index, _ n: Int) -> Bool {
        guard n == 2 || n == 3 else { return false }
        let head = text[..<index]
        let unit = head.reversed().prefix { $0.isLetter }
        let word = String(unit.reversed())
        return ["m", "km", "cm", "dm", "mm", "ha"].contains(word)
    }

    private static func isClosingMark(_ text: String, at index: String.Index) -> Bool {
        guard index > text.startIndex else { return false }
        let before = text[text.index(before: index)]
        return "”\")".contains(before)
    }

    /// A ” that closes a “ opened earlier in the text is a real quote.
    private static func closesQuote(_ text: String, at index: String.Index) -> Bool {
        let head = text[..<index]
        return head.filter { $0 == "“" }.count > head.filter { $0 == "”" }.count
    }
}
