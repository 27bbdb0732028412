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
        Self.toneIndex(of: SyllableParser.Parts(onset: onset, glide: glide, nucleus: nucleus, coda: coda))
    }

    /// The convention of government documents: the first vowel of an open oa, oe, uy ("hòa",
    /// "khỏe", "thủy", "ủy"), the second of a two-letter nucleus with a coda ("người", "quyết"),
    /// else the nucleus's first letter ("mùa", "quý").
    static func toneIndex(of parts: SyllableParser.Parts) -> Int {
        let onsetLength = parts.onset.unicodeScalars.count
        let glideLength = parts.glide.unicodeScalars.count
        let hasCoda = !parts.coda.isEmpty
        if glideLength > 0 && !hasCoda && ["a", "e", "y"].contains(parts.nucleus) {
            return onsetLength
        }
        let nucleusStart = onsetLength + glideLength
        if parts.nucleus.unicodeScalars.count == 2 && hasCoda {
            return nucleusStart + 1
        }
        return nucleusStart
    }

    /// The word with its tone mark moved to the conventional vowel, case kept; anything that
    /// is not a valid syllable comes back unchanged.
    public static func normalizingTonePlacement(_ word: String) -> String {
        // Read in place: nearly every word needs no move, and Figures asks for every word.
        guard let move = misplacedTone(word.unicodeScalars) else { return word }
        return String(String.UnicodeScalarView(movingTone(of: Array(word.unicodeScalars), move)))
    }

    /// Where the tone mark of a valid syllable sits and where the convention puts it, when they
    /// differ: one lookup in the inventory, nothing built (most words need no change).
    package static func misplacedTone<Letters: Collection>(_ letters: Letters) -> ToneMove?
        where Letters.Element == Unicode.Scalar {
        guard let reading = read(letters), let toneAt = reading.toneAt,
              case .valid(let stopCoda, let toneIndex) = SyllableInventory.entry(reading.letters),
              !stopCoda || reading.tone.fitsStopCoda, toneIndex != toneAt
        else { return nil }
        return ToneMove(from: toneAt, to: toneIndex, tone: reading.tone)
    }

    /// `letters` (a word `misplacedTone` read) with the move made, each letter keeping its case.
    package static func movingTone(of letters: [Unicode.Scalar], _ move: ToneMove) -> [Unicode.Scalar] {
        var moved = letters
        func setting(_ index: Int, _ tone: Tone) {
            guard let entry = LetterTable.entry(letters[index]), let base = Unicode.Scalar(entry.base) else { return }
            let lower = LetterTable.compose(base: base, tone: tone)
            moved[index] = entry.isUpper ? String(lower).uppercased().unicodeScalars.first ?? lower : lower
        }
        setting(move.from, .ngang)
        setting(move.to, move.tone)
        return moved
    }
}
