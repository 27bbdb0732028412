import VietnameseText

/// Tesseract's Vietnamese model reads a "1" inside a document code as an "I", "i" or "l"
/// ("PL-UBTVQHI1" for "PL-UBTVQH11", "/QHl4" for "/QH14"): right before a digit, after a run
/// of at least two capitals that a "/" or "-" opens (a code's part, not a heading word with a
/// footnote mark such as "HỘI1"), such a letter is the digit. One scalar for one, as in
/// `SquareUnitRepair`, so word boxes keep their place.
enum CodeDigitRepair {
    static let misreadOnes: Set<Unicode.Scalar> = ["I", "i", "l"]
    static let codeSeparators: Set<Unicode.Scalar> = ["/", "-"]
    /// Capitals that make the letters before the digit a code ("QH"), not a word ("Hi1").
    static let leastCapitals = 2

    static func apply(_ scalars: inout [Unicode.Scalar]) {
        for index in scalars.indices where misreadOnes.contains(scalars[index]) && isMisreadOne(scalars, at: index) {
            scalars[index] = "1"
        }
    }

    /// A digit right after the letter, and before it only capitals (at least two) back to a
    /// code's separator.
    static func isMisreadOne(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 1 < scalars.count, ScalarClass.isDigit(scalars[index + 1]) else { return false }
        var capitals = 0
        var before = index - 1
        while before >= 0, TextPieces.isLetter(scalars[before]) {
            guard CasePattern.isUpper(scalars[before]) else { return false }
            capitals += 1
            before -= 1
        }
        return capitals >= leastCapitals && before >= 0 && codeSeparators.contains(scalars[before])
    }
}
