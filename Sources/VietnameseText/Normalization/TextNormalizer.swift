import Foundation

/// The one normalisation of Vietnamese words, run on page text before anything reads it
/// (`NormalizeStage`) and by `baocao restore`: NFC, no-break and other fixed-width spaces as
/// spaces, soft hyphens and the invisible marks of web pages removed, syllables split by a text
/// layer rejoined ("huy ện" → "huyện"). Tone marks stay on
/// the vowel the document put them on: "hoá" and "hóa" are both right, and an archive's text
/// must say what its document says (`extract` wrote "hóa" for a printed "hoá"). Where text is
/// compared with a vocabulary, it is compared in `placingTones(in:)`'s form. Line breaks, form
/// feeds and runs of spaces stay as they are: layout is not its business.
package enum TextNormalizer {
    package static func normalize(_ text: String) -> String {
        // Nearly every line is plain text (`LiteralScalars`): its own NFC, read as scalars.
        let literal = LiteralScalars.holdAlone(in: text)
        var scalars = Array((literal ? text : text.precomposedStringWithCanonicalMapping).unicodeScalars)
        var changed = !literal
        if scalars.contains(where: { Self.invisible.contains($0) || Self.spaces.contains($0) }) {
            scalars = scalars.compactMap { Self.invisible.contains($0) ? nil : Self.spaces.contains($0) ? " " : $0 }
            changed = true
        }
        if let joined = SyllableJoiner.joining(scalars) {
            scalars = joined
            changed = true
        }
        return changed ? String(String.UnicodeScalarView(scalars)) : text
    }

    /// Spaces of a fixed width or that forbid a break: a space between words all the same
    /// (no-break, figure, narrow no-break, thin, en and em spaces).
    static let spaces: Set<Unicode.Scalar> = ["\u{00A0}", "\u{2007}", "\u{202F}", "\u{2009}", "\u{2002}", "\u{2003}"]
    /// Marks that show nothing: a soft hyphen (where a word may break), and what web pages and
    /// word processors leave in copied text — zero-width spaces and joiners, the word joiner, a
    /// byte order mark inside the text, left-to-right and right-to-left marks. Left in, they glue
    /// to a word ("\u{200B}đơn") and no vocabulary knows it: a scraped article lost most of its
    /// figures' meanings.
    static let invisible: Set<Unicode.Scalar> = [
        "\u{00AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{200E}", "\u{200F}",
    ]

    /// The text with every word's tone mark on the vowel government documents put it on ("hoà"
    /// → "hòa", "uỷ" → "ủy"): the one form vocabularies are written in, so a phrase list names
    /// each word once and matches either placement. Never for output. The scalar count is kept
    /// (a mark moves from one precomposed letter to another), so offsets stay valid.
    package static func placingTones(in text: String) -> String {
        // Words are looked at in place; the text is copied only when one needs a move (rarely:
        // every sentence Figures reads comes here).
        let view = text.unicodeScalars
        var start = view.startIndex
        while start < view.endIndex {
            guard ScalarClass.isLetter(view[start]) else {
                start = view.index(after: start)
                continue
            }
            var end = view.index(after: start)
            while end < view.endIndex, ScalarClass.isLetter(view[end]) { end = view.index(after: end) }
            if VietnameseSyllable.misplacedTone(view[start..<end]) != nil {
                guard let placed = placingTones(Array(view)) else { return text }
                return String(String.UnicodeScalarView(placed))
            }
            start = end
        }
        return text
    }

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
