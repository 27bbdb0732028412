import VietnameseText

/// Footnote bodies at a page's foot open with their number glued to the first word
/// ("5Thông qua …", "6Nghị quyết …") and count up one by one. Tesseract's Vietnamese model
/// sometimes reads such a number as a letter ("GNghị" for "6Nghị"): a line that opens with
/// one letter glued to a capitalised Vietnamese syllable, below a footnote body numbered n on
/// the same page, is footnote n + 1. Only that letter changes: lines stay where they were.
enum FootnoteNumberRepair {
    /// Most digits of a footnote number.
    static let longestNumber = 2

    static func apply(_ scalars: inout [Unicode.Scalar]) {
        var repairs: [(at: Int, number: Int)] = []
        var last: Int?
        var lineStart = 0
        for index in 0...scalars.count where index == scalars.count || scalars[index] == "\n" || scalars[index] == "\u{0C}" {
            let line = lineStart..<index
            if let number = bodyNumber(scalars, line: line) {
                last = number
            } else if let previous = last, opensWithMisreadNumber(scalars, line: line) {
                repairs.append((line.lowerBound, previous + 1))
                last = previous + 1
            }
            if index < scalars.count, scalars[index] == "\u{0C}" { last = nil }
            lineStart = index + 1
        }
        // From the last back, so that a number longer than its letter leaves earlier places in place.
        for repair in repairs.reversed() {
            scalars.replaceSubrange(repair.at...repair.at, with: String(repair.number).unicodeScalars)
        }
    }

    /// The number of a footnote body line: digits glued to a capital.
    static func bodyNumber(_ scalars: [Unicode.Scalar], line: Range<Int>) -> Int? {
        var end = line.lowerBound
        while end < line.upperBound, ScalarClass.isDigit(scalars[end]) { end += 1 }
        let digits = end - line.lowerBound
        guard digits >= 1, digits <= longestNumber, end < line.upperBound,
              TextPieces.isLetter(scalars[end]), CasePattern.isUpper(scalars[end]) else { return nil }
        return Int(String(String.UnicodeScalarView(scalars[line.lowerBound..<end])))
    }

    /// One letter, then a capitalised syllable ("GNghị"): no word opens that way.
    static func opensWithMisreadNumber(_ scalars: [Unicode.Scalar], line: Range<Int>) -> Bool {
        let start = line.lowerBound
        guard line.count >= 3, TextPieces.isLetter(scalars[start]), CasePattern.isUpper(scalars[start + 1]) else { return false }
        var end = start + 2
        while end < line.upperBound, TextPieces.isLetter(scalars[end]) {
            guard !CasePattern.isUpper(scalars[end]) else { return false }
            end += 1
        }
        guard end > start + 2 else { return false }
        return VietnameseSyllable.isValid(String(String.UnicodeScalarView(scalars[(start + 1)..<end])).lowercased())
    }
}
