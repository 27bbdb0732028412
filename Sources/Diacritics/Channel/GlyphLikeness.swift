/// Glyph pairs that look alike in print, a prior for confusions the generated pairs happen
/// not to show (a real scan prints "Đảng" as "Pang", the rendered training pages rarely do).
/// Used only for pairs without counts, as one pseudo-observation; counts take precedence.
enum GlyphLikeness {
    private static let pairs: [Unicode.Scalar: Set<Unicode.Scalar>] = [
        "Đ": ["P", "B", "b", "p"], "đ": ["p", "b", "P", "B"],
        "ô": ["6", "0"], "ồ": ["6"], "ố": ["6"], "ổ": ["6"], "ỗ": ["6"], "ộ": ["6"],
        "ơ": ["o", "0"], "ư": ["w"], "ừ": ["w"], "ứ": ["w"], "ử": ["w"], "ữ": ["w"], "ự": ["w", "y"],
        "ã": ["4", "&"], "ẵ": ["&"], "ẫ": ["&"], "l": ["1", "|"], "i": ["1", "l"], "í": ["1"],
    ]

    static func isLookalike(_ printed: Unicode.Scalar, of source: Unicode.Scalar) -> Bool {
        pairs[source]?.contains(printed) ?? false
    }
}
