import VietnameseText

/// The case of a word read from a token that opens with a digit standing for a letter ("1ai"
/// for "Hải", "6ng" for "Ông", a lone "6" for "ở"). A digit has no case, so letter-by-letter
/// copying (`CasePattern`) always printed such a word small: "1ai Phòng" became "hải Phòng".
/// The token's other letters tell when they are capitals ("6NG" is "ÔNG"); otherwise the place
/// of the word does: the first word of a sentence takes a capital, and so does a syllable names
/// are made of (`NameSyllables.capitalised`) beside a capitalised word, while a word the corpus
/// writes small stays small there ("1à Sở" is "là Sở", "6ng Nguyễn" is "ông Nguyễn").
enum DigitLedCase {
    /// Where the word stands, as far as its case goes.
    struct Position: Equatable {
        var startsSentence: Bool
        var besideCapitalised: Bool
    }

    /// Whether `word` reads the digit `original` opens with as a letter (a footnote marker kept
    /// in front of a word, "1Tang" read "1Tầng", is no such reading).
    static func readsLeadingDigit(_ original: ArraySlice<Unicode.Scalar>, as word: String) -> Bool {
        guard let first = original.first, ScalarClass.isDigit(first), let letter = word.unicodeScalars.first else { return false }
        return TextPieces.isLetter(letter)
    }

    static func apply(from original: ArraySlice<Unicode.Scalar>, to word: String, position: Position) -> String {
        let letters = original.dropFirst().filter(TextPieces.isLetter)
        let uppers = letters.filter(CasePattern.isUpper).count
        if uppers > 0 && uppers == letters.count { return word.uppercased() }
        if uppers > 0 || position.startsSentence
            || position.besideCapitalised && NameSyllables.capitalised.contains(word) {
            return word.prefix(1).uppercased() + word.dropFirst()
        }
        return word
    }

    /// The position of the word piece at `index`: whether it opens a sentence (the text, a
    /// paragraph, or a sentence after ". ! ? …" begins with it, opening quotes, brackets and
    /// list dashes aside; ";" and ":" go on in small letters) and whether the word next to it,
    /// across one run of spaces, starts with a capital (a previous word only when it does not
    /// open a sentence itself: every first word is capitalised).
    static func position(of index: Int, pieces: [TextPiece], scalars: [Unicode.Scalar]) -> Position {
        func isCapitalised(_ neighbour: Int?) -> Bool {
            guard let neighbour, let first = scalars[pieces[neighbour].range].first else { return false }
            return CasePattern.isUpper(first)
        }
        let previous = neighbourWord(of: index, step: -1, pieces: pieces)
        let besidePrevious = isCapitalised(previous) && !(previous.map { opensSentence($0, pieces: pieces, scalars: scalars) } ?? true)
        let besideNext = isCapitalised(neighbourWord(of: index, step: 1, pieces: pieces))
        return Position(startsSentence: opensSentence(index, pieces: pieces, scalars: scalars),
                        besideCapitalised: besidePrevious || besideNext)
    }

    static let openers: Set<Unicode.Scalar> = ["(", "[", "\"", "“", "‘", "'", "-", "–", "•", "*", "+"]
    static let enders: Set<Unicode.Scalar> = [".", "!", "?", "…"]

    static func opensSentence(_ index: Int, pieces: [TextPiece], scalars: [Unicode.Scalar]) -> Bool {
        var before = index - 1
        while before >= 0 {
            let piece = pieces[before]
            switch piece.kind {
            case .space:
                break
            case .punctuation where openers.contains(scalars[piece.range.lowerBound]):
                break
            case .paragraphBreak:
                return true
            case .sentenceEnd:
                return enders.contains(scalars[piece.range.lowerBound])
            case .word, .number, .punctuation:
                return false
            }
            before -= 1
        }
        return true
    }

    /// The word piece one space away from `index` (`step` -1 before, 1 after), if any.
    static func neighbourWord(of index: Int, step: Int, pieces: [TextPiece]) -> Int? {
        let space = index + step
        let word = index + 2 * step
        guard pieces.indices.contains(word), pieces[space].kind == .space, pieces[word].kind == .word else { return nil }
        return word
    }
}
