extension VietnameseSyllable {
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
        Self.toneIndex(onsetLength: onset.unicodeScalars.count, glideLength: glide.unicodeScalars.count,
                       nucleusLength: nucleus.unicodeScalars.count, hasCoda: !coda.isEmpty,
                       nucleusTakesGlideTone: ["a", "e", "y"].contains(nucleus))
    }

    static func toneIndex(onsetLength: Int, glideLength: Int, nucleusLength: Int, hasCoda: Bool,
                          nucleusTakesGlideTone: Bool) -> Int {
        if glideLength > 0 && !hasCoda && nucleusTakesGlideTone {
            return onsetLength
        }
        let nucleusStart = onsetLength + glideLength
        if nucleusLength == 2 && hasCoda {
            return nucleusStart + 1
        }
        return nucleusStart
    }

    /// The word with its tone mark moved to the conventional vowel, case kept; anything that
    /// is not a valid syllable comes back unchanged.
    public static func normalizingTonePlacement(_ word: String) -> String {
        // Most words need no change: no tone, or the tone already where the convention puts
        // it. Only those reach the string building below.
        guard let reading = read(word.unicodeScalars), let toneAt = reading.toneAt,
              let syllable = VietnameseSyllable(word) else { return word }
        let spelled = Array(syllable.spelled.unicodeScalars)
        guard spelled.count == reading.letters.count, syllable.toneIndex != toneAt else { return word }
        let original = Array(word.unicodeScalars)
        var view = String.UnicodeScalarView()
        for (letter, source) in zip(spelled, original) {
            let isUpper = LetterTable.entry(source)?.isUpper ?? false
            view.append(contentsOf: isUpper ? String(letter).uppercased().unicodeScalars : String(letter).unicodeScalars)
        }
        return String(view)
    }
}
