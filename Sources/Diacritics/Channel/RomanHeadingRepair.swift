import VietnameseText

/// The Roman section number of a report heading ("I. KHÁI QUÁT", "III. KẾT QUẢ") as
/// Tesseract's Vietnamese model misreads it: its strokes read as "L" or "l" ("L TÌNH HÌNH",
/// "_IL KẾT QUẢ"), and "III" read as "II", which shows as a second "II." between an "II."
/// and an "IV.": sections count up one by one, so the heading between two numbers two apart is
/// the one between them. A heading is a line that opens (after stray marks) with the numeral,
/// an optional "." or ",", a space and a word in capitals, so a numeral inside a sentence
/// ("xã loại II") is never touched.
enum RomanHeadingRepair {
    /// Marks Tesseract prints in front of a heading from the page's dirt.
    static let strayMarks: Set<Unicode.Scalar> = ["_", "|"]
    /// Letters a numeral's vertical strokes are read as.
    static let misreadStrokes: Set<Unicode.Scalar> = ["L", "l"]
    static let numeralLetters: [Unicode.Scalar: Int] = ["I": 1, "V": 5, "X": 10]
    /// Longest numeral read ("VIII"): report sections do not run into the dozens.
    static let longestNumeral = 4

    struct Heading {
        var numeral: Range<Int>
        var value: Int
    }

    static func apply(_ scalars: inout [Unicode.Scalar]) {
        var headings: [Heading] = []
        var lineStart = 0
        for index in 0...scalars.count where index == scalars.count || scalars[index] == "\n" || scalars[index] == "\u{0C}" {
            if let heading = heading(in: &scalars, line: lineStart..<index) { headings.append(heading) }
            lineStart = index + 1
        }
        guard headings.count >= 3 else { return }
        // From the last heading back, so that a longer numeral leaves earlier ranges in place.
        for index in (1..<(headings.count - 1)).reversed() {
            let before = headings[index - 1].value, here = headings[index].value, after = headings[index + 1].value
            guard here == before, after == before + 2, let numeral = roman(before + 1) else { continue }
            scalars.replaceSubrange(headings[index].numeral, with: numeral.unicodeScalars)
        }
    }

    /// The line's heading numeral, its misread strokes made "I" in place; nil when the line
    /// does not open with one.
    static func heading(in scalars: inout [Unicode.Scalar], line: Range<Int>) -> Heading? {
        var start = line.lowerBound
        while start < line.upperBound, strayMarks.contains(scalars[start]) { start += 1 }
        var end = start
        while end < line.upperBound, end - start < longestNumeral,
              numeralLetters[scalars[end]] != nil || misreadStrokes.contains(scalars[end]) {
            end += 1
        }
        guard start < end else { return nil }
        var next = end
        if next < line.upperBound, scalars[next] == "." || scalars[next] == "," { next += 1 }
        guard next < line.upperBound, scalars[next] == " " else { return nil }
        var wordEnd = next + 1
        while wordEnd < line.upperBound, TextPieces.isLetter(scalars[wordEnd]) {
            guard CasePattern.isUpper(scalars[wordEnd]) else { return nil }
            wordEnd += 1
        }
        guard wordEnd - (next + 1) >= 2 else { return nil }
        let numeral = start..<end
        // A stroke read as "L" only beside other strokes: "XL" and "LV" stay what they say.
        if scalars[numeral].contains(where: misreadStrokes.contains) {
            guard scalars[numeral].allSatisfy({ $0 == "I" || misreadStrokes.contains($0) }) else { return nil }
            for index in numeral where misreadStrokes.contains(scalars[index]) { scalars[index] = "I" }
        }
        guard let value = value(of: scalars[numeral]) else { return nil }
        return Heading(numeral: numeral, value: value)
    }

    /// The value of a numeral of I, V and X in its usual writing (`RomanNumeral`); nil for any
    /// other letters or another writing ("IIII").
    static func value(of numeral: ArraySlice<Unicode.Scalar>) -> Int? {
        guard numeral.allSatisfy({ numeralLetters[$0] != nil }),
              let total = RomanNumeral.value(numeral.map(Character.init)), roman(total)?.unicodeScalars.elementsEqual(numeral) == true
        else { return nil }
        return total
    }

    /// The numeral of a heading number: report sections do not run into the forties.
    static func roman(_ value: Int) -> String? {
        guard value > 0, value < 40 else { return nil }
        return RomanNumeral.write(value)
    }
}
