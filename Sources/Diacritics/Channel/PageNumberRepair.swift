import VietnameseText

/// Page numbers printed at the top of each page count up one by one, so a page whose first
/// line is one short token that Tesseract's Vietnamese model misread ("Đ" or "9" for "5")
/// between pages that open with the numbers one below and one above is that number. Only
/// the token changes: lines and form feeds stay where they were.
enum PageNumberRepair {
    /// Longest token read as a page number: a few digits.
    static let longestNumber = 3

    static func apply(_ scalars: inout [Unicode.Scalar]) {
        var tops: [Range<Int>?] = []
        var pageStart = 0
        for index in 0...scalars.count where index == scalars.count || scalars[index] == "\u{0C}" {
            tops.append(firstToken(scalars, page: pageStart..<index))
            pageStart = index + 1
        }
        guard tops.count >= 3 else { return }
        let numbers = tops.map { top in top.flatMap { number(scalars[$0]) } }
        // From the last page back, so that a longer number leaves earlier ranges in place.
        for page in (1..<(tops.count - 1)).reversed() {
            guard let top = tops[page], let before = numbers[page - 1], let after = numbers[page + 1],
                  after == before + 2, numbers[page] != before + 1 else { continue }
            scalars.replaceSubrange(top, with: String(before + 1).unicodeScalars)
        }
    }

    /// The page's first line when it is one short token (spaces around it allowed).
    static func firstToken(_ scalars: [Unicode.Scalar], page: Range<Int>) -> Range<Int>? {
        var start = page.lowerBound
        while start < page.upperBound, ScalarClass.isWhitespace(scalars[start]) { start += 1 }
        var end = start
        while end < page.upperBound, !ScalarClass.isWhitespace(scalars[end]) { end += 1 }
        guard start < end, end - start <= longestNumber else { return nil }
        var rest = end
        while rest < page.upperBound, scalars[rest] == " " { rest += 1 }
        guard rest == page.upperBound || scalars[rest] == "\n" else { return nil }
        return start..<end
    }

    static func number(_ token: ArraySlice<Unicode.Scalar>) -> Int? {
        guard token.allSatisfy(ScalarClass.isDigit) else { return nil }
        return Int(String(String.UnicodeScalarView(token)))
    }
}
