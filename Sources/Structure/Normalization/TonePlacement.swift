import Foundation
import VietnameseText

/// Puts tone marks where Vietnamese government documents put them: on the first vowel of
/// an open "oa", "oe", "uy" rhyme ("hòa", "khỏe", "thủy", "ủy"), not on the second
/// ("hoà", "khoẻ", "thuỷ", "uỷ").
enum TonePlacement {
    /// Rewrites every word of `text`; other characters are untouched.
    static func apply(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value > 0x7F }) else { return text }
        if ScalarText.holds(text) { return applyPlain(text) }
        var out = ""
        var word = ""
        for character in text {
            if character.isLetter {
                word.append(character)
            } else {
                out += fixWord(word)
                word = ""
                out.append(character)
            }
        }
        return out + fixWord(word)
    }

    /// `apply` on plain text (`ScalarText`): only a word ending in "o" or "u" and a toned
    /// "a", "e" or "y" can change, and only such words go through `fixWord`.
    private static func applyPlain(_ text: String) -> String {
        let scalars = text.unicodeScalars
        var out = String.UnicodeScalarView()
        var copied = scalars.startIndex
        var wordStart: String.UnicodeScalarView.Index?
        func endWord(at end: String.UnicodeScalarView.Index) {
            guard let start = wordStart else { return }
            wordStart = nil
            let last = scalars.index(before: end)
            guard last > start, movableLast.contains(scalars[last]), "oOuU".unicodeScalars.contains(scalars[scalars.index(before: last)])
            else { return }
            let word = String(scalars[start..<end])
            let fixed = fixWord(word)
            guard fixed != word else { return }
            out.append(contentsOf: scalars[copied..<start])
            out.append(contentsOf: fixed.unicodeScalars)
            copied = end
        }
        for index in scalars.indices {
            if ScalarClass.isLetter(scalars[index]) {
                if wordStart == nil { wordStart = index }
            } else {
                endWord(at: index)
            }
        }
        endWord(at: scalars.endIndex)
        guard copied > scalars.startIndex else { return text }
        out.append(contentsOf: scalars[copied...])
        return String(out)
    }

    /// Letters whose tone `fixWord` may move: a tone mark on "a", "e" or "y", either case.
    private static let movableLast: Set<Unicode.Scalar> = {
        let letters = (UInt32(0)..<0x250).compactMap(Unicode.Scalar.init) + (UInt32(0x1E00)..<0x1F00).compactMap(Unicode.Scalar.init)
        return Set(letters.filter { letter in
            let (base, tone) = split(Character(letter))
            return tone != nil && ["a", "e", "y"].contains(base.lowercased())
        })
    }()

    /// "hoà" → "hòa" when the word ends in the open rhyme with the tone on its last vowel.
    static func fixWord(_ word: String) -> String {
        let letters = Array(word)
        guard letters.count >= 2 else { return word }
        let last = letters[letters.count - 1], before = letters[letters.count - 2]
        let (lastBase, tone) = split(last)
        guard let tone, before.lowercased() == "o" || before.lowercased() == "u" else { return word }
        let pair = before.lowercased() + lastBase.lowercased()
        guard pair == "oa" || pair == "oe" || pair == "uy" else { return word }
        // "qu" is an onset: in "quý" the tone sits on the vowel that follows it.
        if letters.count >= 3, letters[letters.count - 3].lowercased() == "q" { return word }
        // "gi" + "oa"? "uy" after another vowel ("khuya" is not open) — only a lone pair counts.
        if letters.count >= 3, "aăâeêioôơuưy".contains(letters[letters.count - 3].lowercased()) { return word }
        let movedBefore = String(before) + String(tone)
        let result = String(letters.dropLast(2)) + movedBefore + lastBase
        return result.precomposedStringWithCanonicalMapping
    }

    /// A letter's base (with vowel quality marks) and its tone mark, if any.
    private static func split(_ letter: Character) -> (String, Unicode.Scalar?) {
        var base = String.UnicodeScalarView()
        var tone: Unicode.Scalar?
        for scalar in String(letter).decomposedStringWithCanonicalMapping.unicodeScalars {
            if SyllableShape.toneMarks.contains(scalar) { tone = scalar } else { base.append(scalar) }
        }
        return (String(base).precomposedStringWithCanonicalMapping, tone)
    }
}
