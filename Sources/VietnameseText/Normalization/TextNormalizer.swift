import Foundation

/// The one normalisation of Vietnamese words, run on page text before anything reads it
/// (`NormalizeStage`) and by `baocao restore`: NFC, no-break spaces as spaces, soft hyphens
/// removed, syllables split by a text layer rejoined ("huy ện" → "huyện"), and tone marks
/// where government documents put them ("hoà" → "hòa"). Line breaks, form feeds and runs of
/// spaces stay as they are: layout is not its business.
package enum TextNormalizer {
    /// `placingTones: false` leaves every tone mark on the vowel the text put it on: `baocao
    /// restore` writes a word the way the source wrote it unless restoration changes the word
    /// (its new spelling then takes the convention), so "hoá" in a good text stays "hoá".
    package static func normalize(_ text: String, placingTones: Bool = true) -> String {
        // Nearly every line is plain text (`LiteralScalars`): its own NFC, read as scalars.
        let literal = LiteralScalars.holdAlone(in: text)
        var scalars = Array((literal ? text : text.precomposedStringWithCanonicalMapping).unicodeScalars)
        var changed = !literal
        if scalars.contains(where: { $0 == Self.noBreakSpace || $0 == Self.softHyphen }) {
            scalars = scalars.compactMap { $0 == Self.softHyphen ? nil : $0 == Self.noBreakSpace ? " " : $0 }
            changed = true
        }
        if let joined = SyllableJoiner.joining(scalars) {
            scalars = joined
            changed = true
        }
        if placingTones, let placed = Self.placingTones(scalars) {
            scalars = placed
            changed = true
        }
        return changed ? String(String.UnicodeScalarView(scalars)) : text
    }

    static let noBreakSpace: Unicode.Scalar = "\u{00A0}"
    static let softHyphen: Unicode.Scalar = "\u{00AD}"

    /// Every word (run of letters) that is a syllable with its tone on the wrong vowel, moved;
    /// nil when no word needs it.
    static func placingTones(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var out: [Unicode.Scalar]?
        var start = 0
        while start < scalars.count {
            guard ScalarClass.isLetter(scalars[start]) else {
                start += 1
                continue
            }
            var end = start + 1
            while end < scalars.count, ScalarClass.isLetter(scalars[end]) { end += 1 }
            let word = scalars[start..<end]
            if let move = VietnameseSyllable.misplacedTone(word) {
                if out == nil { out = scalars }
                out?.replaceSubrange(start..<end, with: VietnameseSyllable.movingTone(of: Array(word), move))
            }
            start = end
        }
        return out
    }
}
