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
        guard let reading = Self.read(text.unicodeScalars), let shape = Self.shape(reading.letters, tone: reading.tone)
        else { return nil }
        self.init(shape.parts, tone: reading.tone)
    }

    /// Parses lowercase base letters (no tone marks) with a separately given tone.
    package init?(bases: [Unicode.Scalar], tone: Tone) {
        guard let letters = SyllableLetters(bases), let shape = Self.shape(letters, tone: tone) else { return nil }
        self.init(shape.parts, tone: tone)
    }

    private init(_ parts: SyllableParser.Parts, tone: Tone) {
        onset = parts.onset
        glide = parts.glide
        nucleus = parts.nucleus
        coda = parts.coda
        self.tone = tone
    }

    /// True for a well-formed Vietnamese syllable ("người", "quyết", "gì"), false for
    /// "ket" (stop coda without sắc/nặng), "ci", "nghe" spelt "nge", abbreviations, etc.
    public static func isValid(_ text: String) -> Bool {
        isValid(text.unicodeScalars)
    }

    /// `isValid` without building a String: the pipeline checks every word of every page.
    @inlinable
    package static func isValid<Scalars: Sequence>(_ scalars: Scalars) -> Bool where Scalars.Element == Unicode.Scalar {
        guard let reading = read(scalars), !reading.letters.isEmpty else { return false }
        switch SyllableInventory.entry(reading.letters) {
        case .invalid: return false
        case .valid(let stopCoda, _): return !stopCoda || reading.tone.fitsStopCoda
        }
    }

    /// True when the letters spell a syllable under some tone, whatever tone they carry ("ket",
    /// "kết", "két" alike): the shape alone, for text whose tone marks may be lost or split off.
    @inlinable
    package static func isSpelling<Scalars: Sequence>(_ scalars: Scalars) -> Bool where Scalars.Element == Unicode.Scalar {
        guard let reading = read(scalars), !reading.letters.isEmpty else { return false }
        if case .valid = SyllableInventory.entry(reading.letters) { return true }
        return false
    }

    /// `isSpelling` of two pieces read as one word, without joining them: most neighbours in a
    /// line both carry a tone, and two tones never make one syllable.
    package static func isSpelling(_ first: ArraySlice<Unicode.Scalar>, then second: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let head = read(first), let tail = read(second), head.tone == .ngang || tail.tone == .ngang,
              head.letters.count + tail.letters.count <= SyllableLetters.capacity
        else { return false }
        if case .valid = SyllableInventory.entry(head.letters.appending(tail.letters)) { return true }
        return false
    }

    /// Base letters and tone of a word in any case; nil when a scalar is no Vietnamese letter,
    /// two scalars carry a tone, or the word is longer than any syllable.
    /// `toneAt` is the index of the scalar carrying the tone (nil for ngang).
    @inlinable
    package static func read<Scalars: Sequence>(_ scalars: Scalars) -> (letters: SyllableLetters, tone: Tone, toneAt: Int?)?
        where Scalars.Element == Unicode.Scalar {
        var letters = SyllableLetters()
        var tone = Tone.ngang
        var toneAt: Int?
        let entries = LetterTable.entries
        for scalar in scalars {
            let value = Int(scalar.value)
            guard value < LetterTable.limit, let entry = entries[value] else { return nil }
            if entry.tone != .ngang {
                guard tone == .ngang else { return nil }
                tone = entry.tone
                toneAt = letters.count
            }
            guard letters.append(code: entry.code) else { return nil }
        }
        return (letters, tone, toneAt)
    }

    private static func shape(_ letters: SyllableLetters, tone: Tone) -> SyllableParser.Shape? {
        guard let shape = SyllableParser.shape(letters) else { return nil }
        return shape.hasStopCoda && !tone.fitsStopCoda ? nil : shape
    }
}
