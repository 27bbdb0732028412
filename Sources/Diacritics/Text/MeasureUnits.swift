import VietnameseText

/// Units of measure written in Latin letters, which no Vietnamese syllable replaces: on their
/// own ("15 km") or glued to their number ("7ha/5ha", "120m2", which are measures, not OCR
/// that read a marked letter as a digit).
enum MeasureUnits {
    /// Units that are no syllable even standing alone.
    static let words: Set<String> = ["km", "kg", "cm", "mm", "m2", "m3", "km2", "kw", "kwh", "mw", "ttg"]
    /// Units only when glued to their number: alone, "ha" is as likely "hà" or "hạ".
    static let gluedWords = words.union(["ha", "m"])
    /// One-letter units standing alone after their number ("5 m", "20.000 đ"): no syllable
    /// that lost its vowel.
    static let loneLetters: Set<String> = ["m", "đ"]

    /// A number with its unit, one or more times: digits first, then letters that name a
    /// unit ("7ha", "7ha5ha", "120m2"); the token's punctuation is already gone.
    static func isMeasure<Word: Collection>(_ token: Word) -> Bool where Word.Element == Unicode.Scalar {
        var sawUnit = false
        var index = token.startIndex
        while index < token.endIndex {
            let digits = token[index...].prefix(while: ScalarClass.isDigit)
            guard !digits.isEmpty else { return false }
            index = digits.endIndex
            let letters = token[index...].prefix { !ScalarClass.isDigit($0) }
            var unit = String(scalarsOf: letters).lowercased()
            index = letters.endIndex
            // "m2", "km2": the unit's own digit, followed by the token's end or the next number.
            let power = token[index...].prefix(while: ScalarClass.isDigit)
            if power.count == 1, gluedWords.contains(unit + String(scalarsOf: power)),
               power.endIndex == token.endIndex || !gluedWords.contains(unit) {
                unit += String(scalarsOf: power)
                index = power.endIndex
            }
            // One digit and one letter ("4m") is as likely a misread word ("âm"): not a measure.
            guard gluedWords.contains(unit), unit.count > 1 || digits.count > 1 else { return false }
            sawUnit = true
        }
        return sawUnit
    }
}
