/// The spelling tables of Vietnamese syllables: onsets, nucleus spellings and which codas
/// each nucleus takes. Letters are lowercase bases (shape marks kept, tones removed).
package enum Orthography {
    /// Longest first, so that "ngh" wins over "ng" and "ng" over "n".
    package static let onsets: [String] = [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
    ]

    /// Written nucleus → the vowel it stands for ("yê" and "iê" are one diphthong).
    /// Longest first, so that "ươ" wins over "ư".
    package static let nucleusSpellings: [(written: String, vowel: String)] = [
        ("iê", "iê"), ("yê", "iê"), ("ia", "ia"), ("ya", "ia"), ("uô", "uô"), ("ua", "ua"),
        ("ươ", "ươ"), ("ưa", "ưa"), ("oo", "oo"),
        ("a", "a"), ("ă", "ă"), ("â", "â"), ("e", "e"), ("ê", "ê"), ("i", "i"), ("y", "y"),
        ("o", "o"), ("ô", "ô"), ("ơ", "ơ"), ("u", "u"), ("ư", "ư"),
    ]

    /// Codas each vowel accepts; "" means an open syllable.
    static let codasByVowel: [String: Set<String>] = [
        "a": ["", "c", "ch", "i", "m", "n", "ng", "nh", "o", "p", "t", "u", "y"],
        "ă": ["c", "m", "n", "ng", "p", "t"],
        "â": ["c", "m", "n", "ng", "p", "t", "u", "y"],
        "e": ["", "c", "m", "n", "ng", "o", "p", "t"],
        "ê": ["", "ch", "m", "n", "nh", "p", "t", "u"],
        "i": ["", "ch", "m", "n", "nh", "p", "t", "u"],
        "y": ["", "ch", "n", "nh", "t", "u"],
        "o": ["", "c", "i", "m", "n", "ng", "p", "t"],
        "oo": ["c", "ng"],
        "ô": ["", "c", "i", "m", "n", "ng", "p", "t"],
        "ơ": ["", "i", "m", "n", "p", "t"],
        "u": ["", "c", "i", "m", "n", "ng", "p", "t"],
        "ư": ["", "c", "i", "m", "n", "ng", "t", "u"],
        "iê": ["c", "m", "n", "ng", "p", "t", "u"],
        "ia": [""],
        "uô": ["c", "i", "m", "n", "ng", "t"],
        "ua": [""],
        "ươ": ["c", "i", "m", "n", "ng", "p", "t", "u"],
        "ưa": [""],
    ]

    static let stopCodas: Set<String> = ["p", "t", "c", "ch"]

    /// Vowels a glide may precede: "o" in hoa/hoăc/hoe, "u" in tuân/thuê/huy/thuở/uyên/khuya.
    static let vowelsAfterGlide: [String: Set<String>] = [
        "o": ["a", "ă", "e"],
        "u": ["â", "ê", "y", "ơ", "iê", "ia"],
    ]

    /// After "qu" the u is the glide; these vowels cannot follow it.
    static let vowelsBarredAfterQu: Set<String> = ["o", "oo", "u", "ư", "uô", "ua", "ươ", "ưa"]

    /// Front vowels decide c/k, g/gh and ng/ngh.
    static let frontVowels: Set<String> = ["i", "y", "e", "ê", "iê", "ia"]
}
