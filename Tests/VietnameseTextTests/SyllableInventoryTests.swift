import Testing
@testable import VietnameseText

@Suite("Syllable inventory")
struct SyllableInventoryTests {
    @Test func inventoryAgreesWithTheParser() {
        // Every sequence of up to three letters, and every onset + glide + nucleus + coda with
        // one more letter at either end: the inventory and a full parse give the same answer.
        let letters = Array("abcdeghiklmnopqrstuvxyăâêôơưđ".unicodeScalars)
        var words: [[Unicode.Scalar]] = letters.map { [$0] }
        for _ in 0..<2 { words += words.filter { $0.count == words.last?.count }.flatMap { word in letters.map { word + [$0] } } }
        for onset in [""] + Orthography.onsets {
            for glide in ["", "o", "u"] {
                for nucleus in Orthography.nucleusSpellings.map(\.written) {
                    for coda in SpellingTables.codas {
                        let core = Array((onset + glide + nucleus + coda).unicodeScalars)
                        words.append(core)
                        words.append(core + ["h"])
                        words.append(["g"] + core)
                    }
                }
            }
        }
        var valid = 0
        for word in words {
            for tone in [Tone.ngang, .sac] {
                var toned = word
                if let vowel = toned.firstIndex(where: LetterTable.isVowel) {
                    toned[vowel] = LetterTable.compose(base: toned[vowel], tone: tone)
                }
                let parsed = VietnameseSyllable(bases: word, tone: tone) != nil
                #expect(VietnameseSyllable.isValid(String(String.UnicodeScalarView(toned))) == parsed)
                if parsed { valid += 1 }
            }
        }
        #expect(valid > 5_000)
    }

    @Test func toneIndexesOfTheInventoryAgreeWithTheParsersSpelling() {
        // Every spelling with every tone on every vowel, in three cases: where the word is a
        // syllable, moving its tone as the inventory says writes what the parsed syllable spells.
        var moved = 0
        for bases in BroadSyllableInput.spellings {
            for word in BroadSyllableInput.toned(bases).flatMap(BroadSyllableInput.cased) {
                let normalized = VietnameseSyllable.normalizingTonePlacement(word)
                guard let syllable = VietnameseSyllable(word) else {
                    #expect(normalized == word)
                    continue
                }
                let spelled = Array(syllable.spelled.unicodeScalars), letters = Array(word.unicodeScalars)
                // gi- sharing the i of iê ("giếng") is spelt by its parts with the i twice.
                if spelled.count == letters.count {
                    let cased = zip(spelled, letters).map { letter, source in
                        source.properties.isUppercase ? String(letter).uppercased().unicodeScalars.first ?? letter : letter
                    }
                    #expect(normalized == String(String.UnicodeScalarView(cased)), "\(word)")
                } else {
                    #expect(Array(normalized.lowercased().unicodeScalars) == [spelled[0]] + spelled.dropFirst(2), "\(word)")
                }
                #expect(VietnameseMarks.strip(normalized) == VietnameseMarks.strip(word))
                #expect(VietnameseSyllable.normalizingTonePlacement(normalized) == normalized)
                if normalized != word { moved += 1 }
            }
        }
        #expect(moved > 10_000)
    }
}
