@testable import VietnameseText

/// Words to compare two implementations of one spelling rule on: every spelling the syllable
/// grammar accepts, with every tone on every vowel (the right and the wrong placements), and
/// near misses made by replacing, dropping or adding one letter; in lower, title and upper case.
enum BroadSyllableInput {
    static let alphabet = Array("abcdefghijklmnopqrstuvwxyzăâêôơưđ".unicodeScalars)

    /// Toneless spellings the grammar accepts (lowercase base letters).
    static let spellings: [[Unicode.Scalar]] = {
        var all: Set<[Unicode.Scalar]> = []
        let sharedI = Orthography.nucleusSpellings.map(\.written).filter { $0.hasPrefix("i") }.map { String($0.dropFirst()) }
        for onset in [""] + Orthography.onsets {
            for glide in ["", "o", "u"] {
                for nucleus in Orthography.nucleusSpellings.map(\.written) + (onset == "gi" ? sharedI : []) {
                    for coda in SpellingTables.codas {
                        let bases = Array((onset + glide + nucleus + coda).unicodeScalars)
                        if Tone.allCases.contains(where: { VietnameseSyllable(bases: bases, tone: $0) != nil }) { all.insert(bases) }
                    }
                }
            }
        }
        return all.sorted { String(String.UnicodeScalarView($0)) < String(String.UnicodeScalarView($1)) }
    }()

    /// One-letter edits of each spelling, valid or not.
    static let nearMisses: [[Unicode.Scalar]] = {
        var all: Set<[Unicode.Scalar]> = []
        for word in spellings {
            for index in word.indices {
                var dropped = word
                dropped.remove(at: index)
                if !dropped.isEmpty { all.insert(dropped) }
                for letter in alphabet where letter != word[index] {
                    var replaced = word
                    replaced[index] = letter
                    all.insert(replaced)
                }
            }
            for letter in alphabet {
                all.insert(word + [letter])
                all.insert([letter] + word)
            }
        }
        return Array(all.subtracting(spellings))
    }()

    /// `bases` with no tone, and with each tone on each vowel in turn.
    static func toned(_ bases: [Unicode.Scalar], tones: [Tone] = Tone.allCases) -> [String] {
        var words = [String(String.UnicodeScalarView(bases))]
        for tone in tones where tone != .ngang {
            for index in bases.indices where LetterTable.isVowel(bases[index]) {
                var letters = bases
                letters[index] = LetterTable.compose(base: bases[index], tone: tone)
                words.append(String(String.UnicodeScalarView(letters)))
            }
        }
        return words
    }

    static func cased(_ word: String) -> [String] {
        [word, word.prefix(1).uppercased() + word.dropFirst(), word.uppercased()]
    }
}
