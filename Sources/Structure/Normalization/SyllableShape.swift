import Foundation

/// A minimal check of Vietnamese syllable shape: onset, rhyme, at most one tone mark.
///
/// It stands in until the Diacritics module's syllable inventory is wired in; it only
/// decides whether two pieces a PDF text layer split apart ("huy ện") can form one
/// syllable, so it accepts every well-formed syllable, real or not.
enum SyllableShape {
    static let onsets: [String] = [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
    ]

    /// Rhymes without tone marks; vowel quality marks (â ă ê ô ơ ư) kept.
    static let rhymes: Set<String> = {
        let groups: [(String, [String])] = [
            ("a", ["", "i", "o", "u", "y", "n", "ng", "nh", "m", "p", "t", "c", "ch"]),
            ("ă", ["n", "ng", "m", "p", "t", "c"]),
            ("â", ["u", "y", "n", "ng", "m", "p", "t", "c"]),
            ("e", ["", "o", "n", "ng", "m", "p", "t", "c"]),
            ("ê", ["", "u", "n", "nh", "m", "p", "t", "ch"]),
            ("i", ["", "a", "u", "n", "nh", "m", "p", "t", "ch"]),
            ("iê", ["u", "n", "ng", "m", "p", "t", "c"]),
            ("yê", ["u", "n", "ng", "m", "t"]),
            ("y", [""]),
            ("o", ["", "i", "n", "ng", "m", "p", "t", "c", "ong", "oc"]),
            ("ô", ["", "i", "n", "ng", "m", "p", "t", "c"]),
            ("ơ", ["", "i", "n", "m", "p", "t"]),
            ("u", ["", "a", "i", "n", "ng", "m", "p", "t", "c"]),
            ("uô", ["i", "n", "ng", "m", "t", "c"]),
            ("ư", ["", "a", "i", "u", "n", "ng", "m", "t", "c"]),
            ("ươ", ["i", "u", "n", "ng", "m", "p", "t", "c"]),
            ("oa", ["", "i", "y", "n", "ng", "nh", "m", "p", "t", "c", "ch"]),
            ("oă", ["n", "ng", "m", "t", "c"]),
            ("oe", ["", "o", "n", "t"]),
            ("uâ", ["n", "ng", "t", "y"]),
            ("uê", ["", "n", "nh", "ch"]),
            ("uy", ["", "a", "u", "n", "nh", "t", "ch"]),
            ("uyê", ["n", "t"]),
            ("uơ", [""]),
        ]
        var all = Set<String>()
        for (nucleus, codas) in groups { for coda in codas { all.insert(nucleus + coda) } }
        return all
    }()

    static let toneMarks: Set<Unicode.Scalar> = ["\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"]

    /// True when `word` (letters only, any case) is a well-formed Vietnamese syllable.
    static func isWellFormed(_ word: String) -> Bool {
        guard !word.isEmpty, word.count <= 8 else { return false }
        var tones = 0
        var bare = String.UnicodeScalarView()
        for scalar in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if toneMarks.contains(scalar) { tones += 1 } else { bare.append(scalar) }
        }
        guard tones <= 1 else { return false }
        return isOnsetAndRhyme(String(bare).precomposedStringWithCanonicalMapping)
    }

    /// `isWellFormed` of letters of plain text (`ScalarText`), read from the letter table;
    /// nil when a letter is not in it.
    static func isWellFormed(plainLetters letters: ArraySlice<Unicode.Scalar>) -> Bool? {
        guard !letters.isEmpty, letters.count <= 8 else { return false }
        var tones = 0
        var bare = String.UnicodeScalarView()
        for letter in letters {
            guard let entry = LetterTable.shared.entry(letter), let base = entry.bare else { return nil }
            tones += entry.tones
            bare.append(base)
        }
        return tones <= 1 && toneless.contains(String(bare))
    }

    /// Every lowercased syllable without tone mark that `isOnsetAndRhyme` accepts.
    private static let toneless: Set<String> = {
        var all: Set<String> = ["gi"]
        for onset in onsets { for rhyme in rhymes { all.insert(onset + rhyme) } }
        for rhyme in rhymes where rhyme.hasPrefix("i") { all.insert("gi" + rhyme.dropFirst()) }
        return all
    }()

    /// `plain`: a lowercased syllable without tone mark.
    private static func isOnsetAndRhyme(_ plain: String) -> Bool {
        for onset in onsets where plain.hasPrefix(onset) {
            let rhyme = String(plain.dropFirst(onset.count))
            if rhymes.contains(rhyme) { return true }
            // "gi" and "qu" lend their vowel to a rhyme-less syllable: "gì", "gìn".
            if onset == "gi", rhyme.isEmpty || rhymes.contains("i" + rhyme) { return true }
        }
        return false
    }

    /// True when the word carries a letter outside ASCII (a Vietnamese mark).
    static func hasMarkedLetter(_ word: String) -> Bool {
        word.unicodeScalars.contains { $0.value > 0x7F && $0.properties.isAlphabetic }
    }

    /// True when the word is made of consonant letters only ("ng", "th").
    static func isConsonantsOnly(_ word: String) -> Bool {
        !word.isEmpty && word.lowercased().allSatisfy { "bcdđghklmnpqrstvx".contains($0) }
    }
}
