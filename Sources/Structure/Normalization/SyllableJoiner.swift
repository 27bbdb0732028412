import Foundation
import VietnameseText

/// Rejoins syllables a PDF text layer split in two ("huy ện" → "huyện", "K ết" → "Kết")
/// without joining real neighbours ("cho ông", "và ủy").
///
/// Justified text set with a fallback font for marked vowels leaves a gap before the
/// marked letter; extraction turns it into a space. The piece after the space then
/// starts with a marked letter (or is a bare consonant tail such as "ng"), the piece
/// before carries no tone, and only their join is a well-formed syllable.
enum SyllableJoiner {
    static func apply(_ text: String) -> String {
        if ScalarText.holds(text), !anyPairMayJoin(Array(text.unicodeScalars)) { return text }
        let tokens = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard tokens.count > 1 else { return text }
        var out: [String] = []
        for token in tokens {
            if let previous = out.last, shouldJoin(previous, token) {
                out[out.count - 1] = previous + token
            } else {
                out.append(token)
            }
        }
        return out.joined(separator: " ")
    }

    /// Whether some two neighbouring tokens of plain text pass the test every join needs: the
    /// letters ending the one and those starting the other make a well-formed syllable. Where
    /// none does, no token joins its neighbour and the text stays as it is.
    private static func anyPairMayJoin(_ scalars: [Unicode.Scalar]) -> Bool {
        var index = scalars.startIndex
        while let space = scalars[index...].firstIndex(of: " ") {
            var start = space
            while start > index, ScalarClass.isLetter(scalars[start - 1]) { start -= 1 }
            var end = space + 1
            while end < scalars.endIndex, ScalarClass.isLetter(scalars[end]) { end += 1 }
            index = space + 1
            guard start < space, end > space + 1, end - start - 1 <= 8 else { continue }
            // Two toned pieces never make one syllable: most neighbours stop here, uncopied.
            let tones = scalars[start..<end].reduce(0) { $0 + (LetterTable.shared.entry($1)?.tones ?? 0) }
            guard tones <= 1 else { continue }
            let letters = Array(scalars[start..<space] + scalars[(space + 1)..<end])
            if SyllableShape.isWellFormed(plainLetters: letters[...]) != false { return true }
        }
        return false
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
        let joined = leftWord + rightWord
        guard SyllableShape.isWellFormed(joined) else { return false }
        if SyllableShape.isConsonantsOnly(leftWord) {
            // "ng ười", "th ực": a lone consonant cluster is never a word of its own.
            return SyllableShape.hasMarkedLetter(rightWord) || !SyllableShape.isWellFormed(rightWord)
        }
        if SyllableShape.isConsonantsOnly(rightWord) {
            // "ườ ng": a consonant tail after a marked vowel.
            return SyllableShape.hasMarkedLetter(leftWord) && rightWord == rightWord.lowercased()
        }
        let leftHasTone = hasTone(leftWord)
        guard !leftHasTone, SyllableShape.hasMarkedLetter(String(rightWord.prefix(1))) else { return false }
        // Both pieces carry vowels: join only when the left piece cannot end a syllable
        // that the right piece then starts with a vowel ("huy"+"ện", "tri"+"ển").
        return !isLikelyWholeWord(rightWord)
    }

    /// Common syllables that begin with a marked vowel and stand alone ("ở", "ủy", "ăn").
    static let vowelInitialWords: Set<String> = [
        "ở", "ủy", "ăn", "ấy", "ông", "ổn", "ước", "ưu", "ấp", "ảnh", "ích", "ý", "ốm", "ồ", "ầm", "ẩn",
        "ứng", "ừ", "ưng", "ấn", "ép", "ế", "ếch", "ẩm", "ấm", "ổ", "ốc", "ống", "ở", "ủng", "ưa", "ướt",
        "ươm", "ườn", "ưởng", "ẵm", "ắt", "ẩu", "ậm", "ầu", "ổi", "ớt", "ở", "ỷ", "ỉ", "ì", "ồn", "ụ",
    ]

    private static func isLikelyWholeWord(_ word: String) -> Bool {
        vowelInitialWords.contains(word.lowercased())
    }

    private static func hasTone(_ word: String) -> Bool {
        word.decomposedStringWithCanonicalMapping.unicodeScalars.contains { SyllableShape.toneMarks.contains($0) }
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
        if let after = token.dropFirst(word.count).first, after.isNumber || after == "-" || after == "/" { return "" }
        return word
    }
}
