import Foundation

/// Puts tone marks where Vietnamese government documents put them: on the first vowel of
/// an open "oa", "oe", "uy" rhyme ("hòa", "khỏe", "thủy", "ủy"), not on the second
/// ("hoà", "khoẻ", "thuỷ", "uỷ").
enum TonePlacement {
    /// Rewrites every word of `text`; other characters are untouched.
    static func apply(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value > 0x7F }) else { return text }
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
