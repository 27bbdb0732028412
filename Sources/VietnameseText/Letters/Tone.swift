/// The six tones of Vietnamese, in the order the letter rows of `LetterTable` list them.
public enum Tone: Int, Sendable, CaseIterable {
    case ngang = 0
    case huyen
    case sac
    case hoi
    case nga
    case nang

    /// Stop codas (p, t, c, ch) cut the syllable short, so only the two "checked" tones fit.
    @usableFromInline package var fitsStopCoda: Bool { self == .sac || self == .nang }
}
