/// Rejoins syllables a PDF text layer split in two ("huy ện" → "huyện", "K ết" → "Kết")
/// without joining real neighbours ("cho ông", "và ủy").
///
/// Justified text set with a fallback font for marked vowels leaves a gap before the
/// marked letter; extraction turns it into a space. The piece after the space then
/// starts with a marked letter (or is a bare consonant tail such as "ng"), the piece
/// before carries no tone, and only their join is a well-formed syllable.
enum SyllableJoiner {
    /// `scalars` with the space between every split syllable's pieces removed; nil when none is.
    /// Only spaces within a line join: a line break or page break never does.
    static func joining(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        // Where the token being written (a join of pieces, perhaps) starts in `out`.
        var tokenStart = 0
        var joined = false
        var index = 0
        while index < scalars.count {
            let gapStart = index
            while index < scalars.count, ScalarClass.isWhitespace(scalars[index]) { index += 1 }
            let nextStart = index
            while index < scalars.count, !ScalarClass.isWhitespace(scalars[index]) { index += 1 }
            let gap = gapStart..<nextStart, next = scalars[nextStart..<index]
            if !gap.isEmpty, tokenStart < out.count, !next.isEmpty, !scalars[gap].contains(where: isBreak),
               !continuesHyphenatedLine(out, at: tokenStart), mayJoin(out[tokenStart...], next),
               shouldJoin(String(String.UnicodeScalarView(out[tokenStart...])), String(String.UnicodeScalarView(next))) {
                joined = true
            } else {
                out.append(contentsOf: scalars[gap])
                tokenStart = out.count
            }
            out.append(contentsOf: next)
        }
        return joined ? out : nil
    }

    /// Whether the token starting at `start` opens a line after one that ended in a syllable cut
    /// by a hyphen ("phươ-" above "ng án"): it is the rest of that syllable, not a piece of the
    /// word after it ("ng án" joined to "ngán" made two misreads of "phương án").
    static func continuesHyphenatedLine(_ scalars: [Unicode.Scalar], at start: Int) -> Bool {
        var index = start - 1
        var sawBreak = false
        while index >= 0, ScalarClass.isWhitespace(scalars[index]) {
            sawBreak = sawBreak || isBreak(scalars[index])
            index -= 1
        }
        return sawBreak && index >= 1 && scalars[index] == "-" && ScalarClass.isLetter(scalars[index - 1])
    }

    /// Line and page breaks: whitespace no syllable is ever split across.
    static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// The test every join needs, on scalars: the letters ending the one token and those
    /// starting the other make a well-formed syllable. Most neighbours fail it (two toned
    /// pieces never make one syllable) before any string is built.
    private static func mayJoin(_ left: ArraySlice<Unicode.Scalar>, _ right: ArraySlice<Unicode.Scalar>) -> Bool {
        var start = left.endIndex
        while start > left.startIndex, ScalarClass.isLetter(left[start - 1]) { start -= 1 }
        var end = right.startIndex
        while end < right.endIndex, ScalarClass.isLetter(right[end]) { end += 1 }
        let letters = left.endIndex - start + end - right.startIndex
        guard start < left.endIndex, end > right.startIndex, letters <= 8 else { return false }
        return VietnameseSyllable.isSpelling(left[start...], then: right[..<end])
    }

    static func shouldJoin(_ left: String, _ right: String) -> Bool {
        guard let leftLast = left.last, leftLast.isLetter, let rightFirst = right.first, rightFirst.isLetter else {
            return false
        }
        let leftWord = trailingLetters(left)
        let rightWord = leadingLetters(right)
        // The left piece must be the whole of its token's letters: "(huy" is fine, "a-huy" is not.
        guard !leftWord.isEmpty, !rightWord.isEmpty, leftWord.count + rightWord.count <= 8 else { return false }
        guard isCaseCompatible(leftWord, rightWord) else { return false }
        guard isSyllable(leftWord + rightWord) else { return false }
        if isConsonantsOnly(leftWord) {
            // "ng ười", "th ực": a lone consonant cluster is never a word of its own.
            return hasMarkedLetter(rightWord) || !isSyllable(rightWord)
        }
        if isConsonantsOnly(rightWord) {
            // "ườ ng": a consonant tail after a marked vowel.
            return hasMarkedLetter(leftWord) && rightWord == rightWord.lowercased()
        }
        guard !hasTone(leftWord), hasMarkedLetter(String(rightWord.prefix(1))) else { return false }
        // Both pieces carry vowels: join only when the left piece cannot end a syllable
        // that the right piece then starts with a vowel ("huy"+"ện", "tri"+"ển").
        return !vowelInitialWords.contains(rightWord.lowercased())
    }

    /// Common syllables that begin with a marked vowel and stand alone ("ở", "ủy", "ăn").
    static let vowelInitialWords: Set<String> = [
        "ở", "ủy", "ăn", "ấy", "ông", "ổn", "ước", "ưu", "ấp", "ảnh", "ích", "ý", "ốm", "ồ", "ầm", "ẩn",
        "ứng", "ừ", "ưng", "ấn", "ép", "ế", "ếch", "ẩm", "ấm", "ổ", "ốc", "ống", "ủng", "ưa", "ướt",
        "ươm", "ườn", "ưởng", "ẵm", "ắt", "ẩu", "ậm", "ầu", "ổi", "ớt", "ỷ", "ỉ", "ì", "ồn", "ụ",
    ]

    /// Well-formed under some tone: a piece's own tone may sit on the other piece.
    private static func isSyllable(_ word: String) -> Bool {
        VietnameseSyllable.isSpelling(word.unicodeScalars)
    }

    private static func hasTone(_ word: String) -> Bool {
        word.unicodeScalars.contains { (LetterTable.entry($0)?.tone ?? .ngang) != .ngang }
    }

    /// True when the word carries a letter outside ASCII (a Vietnamese mark).
    private static func hasMarkedLetter(_ word: String) -> Bool {
        word.unicodeScalars.contains { $0.value > 0x7F && ScalarClass.isLetter($0) }
    }

    /// True when the word is made of consonant letters only ("ng", "th").
    private static func isConsonantsOnly(_ word: String) -> Bool {
        !word.isEmpty && word.lowercased().allSatisfy { "bcdđghklmnpqrstvx".contains($0) }
    }

    /// "Kết" or "KẾT" may be split; "kẾt" is not a syllable anyone writes.
    private static func isCaseCompatible(_ left: String, _ right: String) -> Bool {
        let rightUpper = right == right.uppercased() && right != right.lowercased()
        let rightLower = right == right.lowercased()
        let leftUpper = left == left.uppercased()
        if rightUpper { return leftUpper }
        if rightLower { return left.dropFirst() == left.dropFirst().lowercased() }
        return false
    }

    private static func trailingLetters(_ token: String) -> String {
        let letters = token.reversed().prefix { $0.isLetter }
        let word = String(letters.reversed())
        // Only a token whose letters begin after punctuation or at its start.
        let rest = token.dropLast(word.count)
        if let before = rest.last, before.isNumber || before == "-" || before == "/" { return "" }
        return word
    }

    private static func leadingLetters(_ token: String) -> String {
        let word = String(token.prefix { $0.isLetter })
        let rest = token.dropFirst(word.count)
        guard let after = rest.first else { return word }
        if after == "-" || after == "/" { return "" }
        guard after.isNumber else { return word }
        // The footnote call a text layer sets after a marked piece ("huy ện2,"); not a code
        // ("ện2020"), nor OCR's digit for a marked letter ("dé t6" is "để tổ").
        let digits = rest.prefix(while: \.isNumber)
        let isCall = digits.count <= 3 && !rest.dropFirst(digits.count).contains(where: \.isLetter)
        return isCall && hasMarkedLetter(word) ? word : ""
    }
}
