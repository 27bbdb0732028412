import VietnameseText

/// Tesseract's Vietnamese model sometimes reads a word of one letter twice, as a capital and
/// then as a small letter ("hệ thống chính trị Ởở cơ sở" for "ở"): a token of two letters
/// that are the same marked letter apart from case, capital first, right after a word that
/// ends in a small letter (inside a sentence, where no word opens with a capital followed by
/// itself), is that letter once, small. Unmarked letters ("Aa", "Oo") may be codes or names.
enum DoubledLetterRepair {
    static func apply(_ scalars: inout [Unicode.Scalar]) {
        var index = scalars.count - 2
        // From the end back, so that dropping a scalar leaves the ones still to read in place.
        while index >= 2 {
            if isDoubled(scalars, at: index), let small = small(scalars[index]) {
                scalars.replaceSubrange(index...(index + 1), with: [small])
            }
            index -= 1
        }
    }

    static func isDoubled(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let first = scalars[index], second = scalars[index + 1]
        guard !first.isASCII, TextPieces.isLetter(first), CasePattern.isUpper(first), small(first) == second else {
            return false
        }
        let end = index + 2
        if end < scalars.count, TextPieces.isLetter(scalars[end]) || ScalarClass.isDigit(scalars[end]) { return false }
        guard scalars[index - 1] == " " else { return false }
        let before = scalars[index - 2]
        return TextPieces.isLetter(before) && !CasePattern.isUpper(before)
    }

    /// The small letter of a capital, when it is one scalar.
    static func small(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        guard lower.count == 1, let only = lower.first, only != scalar else { return nil }
        return only
    }
}
