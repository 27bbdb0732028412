/// One Vietnamese syllable split into its orthographic parts. Parsing accepts either tone
/// placement ("hoà" or "hòa"); `spelled` writes the convention of government documents, where
/// oa/oe/uy without coda carry the mark on their first vowel ("hòa", "khỏe", "thủy").
public struct VietnameseSyllable: Sendable, Hashable {
    public let onset: String
    /// "o" or "u" when a medial glide precedes the nucleus, else "".
    public let glide: String
    /// The nucleus as written ("yê", "iê", "ươ", "a", …).
    public let nucleus: String
    public let coda: String
    public let tone: Tone

    /// Parses a syllable in any case; nil when it breaks Vietnamese orthography.
    public init?(_ text: String) {
        var bases: [Unicode.Scalar] = []
        var tone = Tone.ngang
        for scalar in text.unicodeScalars {
            guard let entry = LetterTable.entry(scalar), let base = Unicode.Scalar(entry.base) else { return nil }
            if entry.tone != .ngang {
                guard tone == .ngang else { return nil }
                tone = entry.tone
            }
            bases.append(base)
        }
        self.init(bases: bases, tone: tone)
    }

    /// Parses lowercase base letters (no tone marks) with a separately given tone.
    init?(bases: [Unicode.Scalar], tone: Tone) {
        guard let parts = SyllableParser.split(bases) else { return nil }
        if Orthography.stopCodas.contains(parts.coda) && !tone.fitsStopCoda { return nil }
        onset = parts.onset
        glide = parts.glide
        nucleus = parts.nucleus
        coda = parts.coda
        self.tone = tone
    }

    /// True for a well-formed Vietnamese syllable ("người", "quyết", "gì"), false for
    /// "ket" (stop coda without sắc/nặng), "ci", "nghe" spelt "nge", abbreviations, etc.
    public static func isValid(_ text: String) -> Bool {
        VietnameseSyllable(text) != nil
    }

    /// Lowercase spelling with the tone placed by the old-style convention.
    public var spelled: String {
        var letters = Array((onset + glide + nucleus + coda).unicodeScalars)
        let index = toneIndex
        if tone != .ngang, index < letters.count {
            letters[index] = LetterTable.compose(base: letters[index], tone: tone)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: letters)
        return String(view)
    }

    /// Which written letter carries the tone mark.
    var toneIndex: Int {
        let vowelStart = onset.unicodeScalars.count
        if !glide.isEmpty && coda.isEmpty && ["a", "e", "y"].contains(nucleus) {
            return vowelStart
        }
        let nucleusStart = vowelStart + glide.unicodeScalars.count
        if nucleus.unicodeScalars.count == 2 && !coda.isEmpty {
            return nucleusStart + 1
        }
        return nucleusStart
    }

    /// The word with its tone mark moved to the conventional vowel, case kept; anything that
    /// is not a valid syllable comes back unchanged.
    public static func normalizingTonePlacement(_ word: String) -> String {
        guard let syllable = VietnameseSyllable(word) else { return word }
        let spelled = Array(syllable.spelled.unicodeScalars)
        let original = Array(word.unicodeScalars)
        guard spelled.count == original.count else { return word }
        var view = String.UnicodeScalarView()
        for (letter, source) in zip(spelled, original) {
            let isUpper = LetterTable.entry(source)?.isUpper ?? false
            view.append(contentsOf: isUpper ? String(letter).uppercased().unicodeScalars : String(letter).unicodeScalars)
        }
        return String(view)
    }
}
