extension VietnameseSyllable {
    /// Letters a stripped ASCII letter may have been before stripping.
    private static let shapes: [Unicode.Scalar: [Unicode.Scalar]] = [
        "a": ["a", "ă", "â"], "e": ["e", "ê"], "o": ["o", "ô", "ơ"], "u": ["u", "ư"], "d": ["d", "đ"],
    ]

    /// Every valid syllable (lowercase, conventional tone placement) whose marks strip to the
    /// given text: "hoa" → hoa, hòa, hóa, hỏa, hõa, họa, hoà… (placements normalised, so once each).
    public static func accentedForms(ofStripped text: String) -> [String] {
        let letters = Array(VietnameseMarks.strippedKey(text.lowercased()).unicodeScalars)
        guard !letters.isEmpty, letters.count <= 8 else { return [] }
        var shapeChoices: [[Unicode.Scalar]] = [[]]
        for letter in letters {
            let options = shapes[letter] ?? [letter]
            shapeChoices = shapeChoices.flatMap { prefix in options.map { prefix + [$0] } }
        }
        var forms: [String] = []
        for bases in shapeChoices {
            for tone in Tone.allCases {
                if let syllable = VietnameseSyllable(bases: bases, tone: tone) {
                    forms.append(syllable.spelled)
                }
            }
        }
        return forms
    }
}
