/// Splits the base letters of a syllable into onset, glide, nucleus and coda and checks the
/// spelling rules that tie them together (c/k/q, g/gh, ng/ngh, gi-, qu-, iê/yê, ia/ya).
/// Works on packed letters and table indexes: the pipeline checks every word of every page.
enum SyllableParser {
    struct Parts {
        var onset: String
        var glide: String
        var nucleus: String
        var coda: String
    }

    /// A parse as indexes into `SpellingTables`.
    struct Shape {
        /// Index in `SpellingTables.onsets`; nil when the syllable starts with its vowel.
        var onset: Int?
        /// Letter code of "o" or "u" when a medial glide precedes the nucleus, else 0.
        var glide: UInt64
        var nucleus: Int
        var coda: Int

        var parts: Parts {
            Parts(onset: onset.map { Orthography.onsets[$0] } ?? "", glide: glide == 0 ? "" : (glide == oCode ? "o" : "u"),
                  nucleus: Orthography.nucleusSpellings[nucleus].written, coda: SpellingTables.codas[coda])
        }

        var hasStopCoda: Bool { SpellingTables.stopCodaMask & (1 << UInt16(coda)) != 0 }
    }

    static let oCode = SyllableLetters.code("o")
    static let uCode = SyllableLetters.code("u")
    private static let iCode = SyllableLetters.code("i")
    private static let eCircumflexCode = SyllableLetters.code("ê")

    static func shape(_ word: SyllableLetters) -> Shape? {
        var onset = SpellingTables.onset(of: word)
        var rest = word.dropFirst(onset.map { SpellingTables.onsets[$0].length } ?? 0)
        if let gi = onset, SpellingTables.onsets[gi].rule == .gi {
            if SpellingTables.vowelCodes & (1 << rest[0]) == 0 {
                // "gì", "gìn": the i of gi- is the nucleus when no other vowel follows.
                onset = SpellingTables.gOnset
                rest = word.dropFirst(1)
            } else if rest[0] == eCircumflexCode {
                // "giêng", "giết": gi- swallows the i of the diphthong iê.
                guard let withI = rest.prepending(code: iCode) else { return nil }
                rest = withI
            }
        }
        let rule = onset.map { SpellingTables.onsets[$0].rule } ?? .none
        var glide: UInt64 = 0
        var start = 0
        if rule == .qu {
            guard !rest.isEmpty else { return nil }
        } else if rest[0] == oCode || rest[0] == uCode, let after = SpellingTables.nucleus(in: rest, at: 1) {
            let nucleus = SpellingTables.nuclei[after]
            if rest[0] == oCode ? nucleus.followsGlideO : nucleus.followsGlideU {
                glide = rest[0]
                start = 1
            }
        }
        guard let nucleusIndex = SpellingTables.nucleus(in: rest, at: start) else { return nil }
        let nucleus = SpellingTables.nuclei[nucleusIndex]
        guard let coda = SpellingTables.coda(of: rest, from: start + nucleus.length),
              nucleus.codaMask & (1 << UInt16(coda)) != 0 else { return nil }
        let shape = Shape(onset: onset, glide: glide, nucleus: nucleusIndex, coda: coda)
        return obeysSpellingRules(shape, nucleus: nucleus, rule: rule) ? shape : nil
    }

    private static func obeysSpellingRules(_ shape: Shape, nucleus: SpellingTables.Nucleus,
                                           rule: SpellingTables.OnsetRule) -> Bool {
        let front = shape.glide == 0 && nucleus.isFront
        switch rule {
        case .frontVowel: if !front { return false }
        case .backVowel: if front { return false }
        case .c: if front || shape.glide != 0 { return false }
        case .g: if front && nucleus.vowel != .i { return false }
        case .qu: if nucleus.barredAfterQu { return false }
        case .gi: if nucleus.vowel == .i || nucleus.vowel == .ia { return false }
        case .none: break
        }
        // y with a coda only after the glide u (uych, uynh, uyt, uyu).
        if nucleus.vowel == .y && shape.coda != 0 && shape.glide != uCode && rule != .qu { return false }
        let initialY = shape.onset == nil || rule == .qu || shape.glide == uCode
        switch nucleus.written {
        case .yeCircumflex: return initialY
        case .ieCircumflex: return !initialY
        case .ya: return shape.glide == uCode
        case .other: return true
        }
    }
}
