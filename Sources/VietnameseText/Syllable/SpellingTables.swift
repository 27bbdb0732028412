/// `Orthography`'s tables compiled into packed letters and flags, so that the parser
/// compares integers instead of strings.
package enum SpellingTables {
    struct Onset {
        var packed: UInt64
        var length: Int
        var rule: OnsetRule
    }

    /// What an onset demands of the vowel after it (c/k/q, g/gh, ng/ngh, gi-).
    enum OnsetRule {
        case frontVowel, backVowel, g, qu, gi, c, none
    }

    struct Nucleus {
        var packed: UInt64
        var length: Int
        /// Codas the vowel accepts, as bits indexed by `codas`.
        var codaMask: UInt16
        var isFront: Bool
        var barredAfterQu: Bool
        var followsGlideO: Bool
        var followsGlideU: Bool
        var vowel: Vowel
        var written: Written
    }

    /// The vowels and written forms some spelling rule names.
    enum Vowel { case i, ia, y, other }
    enum Written { case yeCircumflex, ieCircumflex, ya, other }

    /// Same order as `Orthography.onsets`: the first match is the longest.
    static let onsets: [Onset] = Orthography.onsets.map { onset in
        let rule: OnsetRule = switch onset {
        case "k", "gh", "ngh": .frontVowel
        case "ng": .backVowel
        case "c": .c
        case "g": .g
        case "qu": .qu
        case "gi": .gi
        default: .none
        }
        return Onset(packed: SyllableLetters.pack(onset), length: onset.unicodeScalars.count, rule: rule)
    }

    static let gOnset = Orthography.onsets.firstIndex(of: "g") ?? 0

    /// Every coda any vowel accepts; "" first.
    package static let codas: [String] = {
        var all: Set<String> = []
        for codas in Orthography.codasByVowel.values { all.formUnion(codas) }
        return all.sorted()
    }()

    /// Same order as `Orthography.nucleusSpellings`: the first match is the longest.
    static let nuclei: [Nucleus] = Orthography.nucleusSpellings.map { spelling in
        var mask: UInt16 = 0
        for (index, coda) in codas.enumerated() where Orthography.codasByVowel[spelling.vowel]?.contains(coda) ?? false {
            mask |= 1 << UInt16(index)
        }
        let vowel: Vowel = switch spelling.vowel {
        case "i": .i
        case "ia": .ia
        case "y": .y
        default: .other
        }
        let written: Written = switch spelling.written {
        case "yê": .yeCircumflex
        case "iê": .ieCircumflex
        case "ya": .ya
        default: .other
        }
        return Nucleus(
            packed: SyllableLetters.pack(spelling.written), length: spelling.written.unicodeScalars.count,
            codaMask: mask, isFront: Orthography.frontVowels.contains(spelling.vowel),
            barredAfterQu: Orthography.vowelsBarredAfterQu.contains(spelling.vowel),
            followsGlideO: Orthography.vowelsAfterGlide["o"]?.contains(spelling.vowel) ?? false,
            followsGlideU: Orthography.vowelsAfterGlide["u"]?.contains(spelling.vowel) ?? false,
            vowel: vowel, written: written)
    }

    static let stopCodaMask: UInt16 = codas.enumerated().reduce(0) { mask, entry in
        Orthography.stopCodas.contains(entry.element) ? mask | 1 << UInt16(entry.offset) : mask
    }

    /// Letter codes of the vowels, as bits.
    static let vowelCodes: UInt64 = LetterTable.toneRows.reduce(0) { mask, row in
        mask | (row.unicodeScalars.first.map { 1 << SyllableLetters.code($0) } ?? 0)
    }

    /// Spellings of one or two letters by their packed letters (index + 1; 0: none), longer
    /// spellings to try first: a lookup instead of a scan of the lists.
    private struct ByLetters {
        var pairs = [UInt8](repeating: 0, count: 1 << 12)
        var singles = [UInt8](repeating: 0, count: 1 << 6)
        var triples: [(packed: UInt64, index: Int)] = []

        init(_ spellings: [String]) {
            // Reversed, so that the first of equal spellings wins (the lists have none).
            for (index, spelling) in spellings.enumerated().reversed() {
                let packed = SyllableLetters.pack(spelling)
                switch spelling.unicodeScalars.count {
                case 1: singles[Int(packed)] = UInt8(index + 1)
                case 2: pairs[Int(packed)] = UInt8(index + 1)
                default: triples.insert((packed, index), at: 0)
                }
            }
        }

        /// The longest spelling the letters from `start` begin with.
        @inline(__always)
        func prefix(of letters: SyllableLetters, at start: Int) -> Int? {
            for triple in triples where letters.packed(from: start, length: 3) == triple.packed { return triple.index }
            if let pair = letters.packed(from: start, length: 2), pairs[Int(pair)] != 0 { return Int(pairs[Int(pair)]) - 1 }
            if let single = letters.packed(from: start, length: 1), singles[Int(single)] != 0 {
                return Int(singles[Int(single)]) - 1
            }
            return nil
        }

        /// The spelling that is exactly the letters from `start` to the end ("" is index 0 of codas).
        @inline(__always)
        func whole(of letters: SyllableLetters, from start: Int, emptyIndex: Int?) -> Int? {
            switch letters.count - start {
            case 0: return emptyIndex
            case 1: return letters.packed(from: start, length: 1).flatMap { singles[Int($0)] == 0 ? nil : Int(singles[Int($0)]) - 1 }
            case 2: return letters.packed(from: start, length: 2).flatMap { pairs[Int($0)] == 0 ? nil : Int(pairs[Int($0)]) - 1 }
            default: return nil
            }
        }
    }

    private static let onsetIndex = ByLetters(Orthography.onsets)
    private static let nucleusIndex = ByLetters(Orthography.nucleusSpellings.map(\.written))
    private static let codaIndex = ByLetters(codas)
    private static let openCoda = codas.firstIndex(of: "")

    /// The longest onset the word begins with.
    @inline(__always)
    static func onset(of letters: SyllableLetters) -> Int? {
        onsetIndex.prefix(of: letters, at: 0)
    }

    /// Index in `codas` of the letters from `start` to the end, if they are a coda.
    @inline(__always)
    static func coda(of letters: SyllableLetters, from start: Int) -> Int? {
        codaIndex.whole(of: letters, from: start, emptyIndex: openCoda)
    }

    /// The longest nucleus spelling the letters from `start` begin with.
    @inline(__always)
    static func nucleus(in letters: SyllableLetters, at start: Int) -> Int? {
        nucleusIndex.prefix(of: letters, at: start)
    }
}
