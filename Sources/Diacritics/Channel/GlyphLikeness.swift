import VietnameseText

/// Glyph pairs that look alike in print, a prior for confusions the generated pairs happen
/// not to show (a real scan prints "Đảng" as "Pang", the rendered training pages rarely do).
/// Used only for pairs without counts, as one pseudo-observation; counts take precedence.
enum GlyphLikeness {
    private static let pairs: [Unicode.Scalar: Set<Unicode.Scalar>] = [
        "Đ": ["P", "B", "b", "p"], "đ": ["p", "b", "P", "B"],
        // A "6" printed with its bowl open at the top reads "b" ("sb" for "số", "tb" for "tổ").
        "ô": ["6", "0", "b"], "ồ": ["6", "b"], "ố": ["6", "b"], "ổ": ["6", "b"], "ỗ": ["6", "b"], "ộ": ["6", "b"],
        "ơ": ["o", "0"], "ư": ["w"], "ừ": ["w"], "ứ": ["w"], "ử": ["w"], "ữ": ["w"], "ự": ["w", "y"],
        "ã": ["4", "&"], "l": ["1", "|"], "i": ["1", "l"], "í": ["1"],
    ]

    /// Look-alikes of a whole vowel family, whatever its tone. The English model has no glyph
    /// for a vowel carrying two marks and prints the knot of them as "&": "c&p" for "cấp",
    /// "ho&c" for "hoặc", "s&" for "sở", "t&" for "tế" — every vowel with a circumflex, breve
    /// or horn, where the rendered training pages showed only a few of the toned forms.
    private static let familyPairs: [Unicode.Scalar: Set<Unicode.Scalar>] = [
        "â": ["&"], "ă": ["&"], "ê": ["&"], "ơ": ["&"],
    ]

    static func isLookalike(_ printed: Unicode.Scalar, of source: Unicode.Scalar) -> Bool {
        if pairs[source]?.contains(printed) ?? false { return true }
        guard let entry = LetterTable.entry(source), !entry.isUpper,
              let family = Unicode.Scalar(entry.base) else { return false }
        return familyPairs[family]?.contains(printed) ?? false
    }
}
