/// Every spelling (base letters, tone aside) that `SyllableParser` accepts, in a hash table,
/// so that checking a word costs one lookup: the pipeline checks every word of every page.
/// Found once by parsing every onset + glide + nucleus + coda combination, and the forms
/// where gi- shares the i of iê: no other letter sequence can parse.
@usableFromInline package enum SyllableInventory {
    @usableFromInline package enum Entry {
        case invalid
        /// Valid; with a stop coda (p, t, c, ch) it takes only sắc or nặng.
        case valid(stopCoda: Bool)
    }

    /// Slots hold `letters.codes << 1 | stop-coda flag`; 0 is empty (codes are never 0).
    @usableFromInline static let slots: [UInt64] = {
        func letters(_ spelling: String) -> SyllableLetters { SyllableLetters(spelling.unicodeScalars) ?? SyllableLetters() }
        let onsets = [SyllableLetters()] + Orthography.onsets.map(letters)
        let glides = [SyllableLetters(), letters("o"), letters("u")]
        let nuclei = Orthography.nucleusSpellings.map { letters($0.written) }
        // "giêng": gi- followed by iê written without its i.
        let sharedI = Orthography.nucleusSpellings.filter { $0.written.hasPrefix("i") }.map { letters(String($0.written.dropFirst())) }
        let codas = SpellingTables.codas.map(letters)
        let gi = letters("gi")
        var slots = [UInt64](repeating: 0, count: 1 << bits)
        for onset in onsets {
            for glide in glides {
                for nucleus in onset == gi ? nuclei + sharedI : nuclei {
                    for coda in codas {
                        let word = onset.appending(glide).appending(nucleus).appending(coda)
                        guard let shape = SyllableParser.shape(word) else { continue }
                        var index = bucket(word.codes)
                        while slots[index] != 0 && slots[index] >> 1 != word.codes { index = (index + 1) & mask }
                        slots[index] = word.codes << 1 | (shape.hasStopCoda ? 1 : 0)
                    }
                }
            }
        }
        return slots
    }()

    /// 2^14 slots: a few thousand spellings leave most slots empty, so lookups stop early.
    @usableFromInline static let bits = 14
    @usableFromInline static let mask = (1 << bits) - 1

    @inlinable
    static func bucket(_ codes: UInt64) -> Int {
        Int(truncatingIfNeeded: (codes &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }

    @inlinable
    package static func entry(_ letters: SyllableLetters) -> Entry {
        slots.withUnsafeBufferPointer { slots in
            var index = bucket(letters.codes)
            while true {
                let slot = slots[index]
                if slot == 0 { return .invalid }
                if slot >> 1 == letters.codes { return .valid(stopCoda: slot & 1 == 1) }
                index = (index + 1) & mask
            }
        }
    }
}
