/// Every spelling (base letters, tone aside) that `SyllableParser` accepts, in a hash table,
/// so that checking a word costs one lookup: the pipeline checks every word of every page.
/// Found once by parsing every onset + glide + nucleus + coda combination, and the forms
/// where gi- shares the i of iê: no other letter sequence can parse. Each spelling carries the
/// letter its tone mark goes on, so that checking a word's tone placement is the same lookup.
@usableFromInline package enum SyllableInventory {
    @usableFromInline package enum Entry {
        case invalid
        /// Valid; with a stop coda (p, t, c, ch) it takes only sắc or nặng; `toneIndex`: the
        /// letter that carries a tone mark by the convention of government documents.
        case valid(stopCoda: Bool, toneIndex: Int)
    }

    /// Slots hold `letters.codes << 4 | tone index << 1 | stop-coda flag`; 0 is empty (codes are
    /// never 0). Eight letters take 48 bits, and a tone index is below eight.
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
                        // gi- lends its i to iê: the parse counts one letter more than is written.
                        let parts = shape.parts
                        let parsed = (parts.onset + parts.glide + parts.nucleus + parts.coda).unicodeScalars.count
                        let toneIndex = VietnameseSyllable.toneIndex(of: parts) - (parsed - word.count)
                        var index = bucket(word.codes)
                        while slots[index] != 0 && slots[index] >> 4 != word.codes { index = (index + 1) & mask }
                        slots[index] = word.codes << 4 | UInt64(toneIndex) << 1 | (shape.hasStopCoda ? 1 : 0)
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
                if slot >> 4 == letters.codes { return .valid(stopCoda: slot & 1 == 1, toneIndex: Int(slot >> 1 & 7)) }
                index = (index + 1) & mask
            }
        }
    }
}
