import VietnameseText

/// Tesseract's Vietnamese model drops the space between two syllables where they sit close
/// ("Đãgiải", "trảlời", "biểusố" in a table's header), and the decoder reads a token as one
/// syllable at most. A token of small letters (a capital may open it) with a Vietnamese mark
/// that is no syllable, but splits into two syllables in exactly one place, gets its space
/// back there when the language model finds the second syllable likelier after the first than
/// alone ("đã giải", "trả lời"); a misread word that happens to split ("chúven" for "chuyên")
/// does not pass. Tokens glued to a digit (codes), cut by a line-end hyphen ("phươ-") or
/// without a mark (foreign words, abbreviations) are left alone.
///
/// The first syllable may carry a misread mark where the cells sit close ("Đăgiải", "Đấgiải"
/// for "Đã giải"): when no split gives two syllables that go together, a split whose first
/// part the model does not know but knows with other marks, and whose second part is a word
/// the model knows, gets its space back when one of those readings goes with the second; the
/// decoder then reads the first part. A syllable of one letter may open the token ("ytế").
enum GluedSyllableRepair {
    /// Shortest glued token: a syllable of one letter and one of two ("ytế").
    static let shortestToken = 3

    static func apply(_ scalars: inout [Unicode.Scalar], model: LanguageModel) {
        var splits: [Int] = []
        var index = 0
        while index < scalars.count {
            guard TextPieces.isLetter(scalars[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, TextPieces.isLetter(scalars[end]) { end += 1 }
            let token = index..<end
            guard mayBeGlued(scalars, token: token) else {
                index = end
                continue
            }
            if let split = split(scalars, token: token), follows(scalars, split: split, token: token, model: model) {
                splits.append(split)
            } else if let split = misreadSplit(scalars, token: token, model: model),
                      followsAReading(scalars, split: split, token: token, model: model) {
                splits.append(split)
            }
            index = end
        }
        for split in splits.reversed() { scalars.insert(" ", at: split) }
    }

    /// Where a token that may be glued (`mayBeGlued`) splits into two syllables, when it does in
    /// one place only.
    static func split(_ scalars: [Unicode.Scalar], token: Range<Int>) -> Int? {
        var found: Int?
        for split in (token.lowerBound + 1)..<token.upperBound
        where VietnameseSyllable.isValid(scalars[token.lowerBound..<split]) && VietnameseSyllable.isValid(scalars[split..<token.upperBound]) {
            guard found == nil else { return nil }
            found = split
        }
        return found
    }

    /// Where a token that may be glued splits into a part the model knows as a syllable only with
    /// other marks and a syllable it knows, when it does in one place only.
    static func misreadSplit(_ scalars: [Unicode.Scalar], token: Range<Int>, model: LanguageModel) -> Int? {
        var found: Int?
        for split in (token.lowerBound + 1)..<token.upperBound {
            let part = scalars[token.lowerBound..<split], first = String(scalars: part).lowercased()
            let second = scalars[split..<token.upperBound]
            guard !(VietnameseSyllable.isValid(part) && model.wordID(first) != nil), !readings(of: first, model: model).isEmpty,
                  second.count >= 2, VietnameseSyllable.isValid(second), model.wordID(String(scalars: second)) != nil else { continue }
            guard found == nil else { return nil }
            found = split
        }
        return found
    }

    /// The model's words spelt with the letters of `part` under other marks.
    static func readings(of part: String, model: LanguageModel) -> ArraySlice<UInt32> {
        model.candidates(forStrippedKey: VietnameseMarks.strippedKey(part))
    }

    /// Whether the model expects the second part after some reading of the first more than on
    /// its own.
    static func followsAReading(_ scalars: [Unicode.Scalar], split: Int, token: Range<Int>, model: LanguageModel) -> Bool {
        guard let second = model.wordID(String(scalars: scalars[split..<token.upperBound])) else { return false }
        let alone = model.logScore(second, after: LanguageModel.noWord)
        let first = String(scalars: scalars[token.lowerBound..<split]).lowercased()
        return readings(of: first, model: model).contains { model.logScore(second, after: $0) > alone }
    }

    /// A token of small letters (a capital may open it) with a mark, long enough, glued to
    /// no digit or hyphen, that is no syllable.
    static func mayBeGlued(_ scalars: [Unicode.Scalar], token: Range<Int>) -> Bool {
        guard token.count >= shortestToken else { return false }
        if token.lowerBound > 0, ScalarClass.isDigit(scalars[token.lowerBound - 1]) { return false }
        if token.upperBound < scalars.count, ScalarClass.isDigit(scalars[token.upperBound]) || scalars[token.upperBound] == "-" {
            return false
        }
        let letters = scalars[token]
        // A capital may open the token ("Đãgiải" heading a table's column), not sit inside it.
        return !letters.dropFirst().contains(where: CasePattern.isUpper) && letters.contains(where: { !$0.isASCII })
            && !VietnameseSyllable.isValid(letters)
    }

    /// Whether the model expects the second syllable after the first more than on its own.
    static func follows(_ scalars: [Unicode.Scalar], split: Int, token: Range<Int>, model: LanguageModel) -> Bool {
        guard let first = model.wordID(String(scalars: scalars[token.lowerBound..<split]).lowercased()),
              let second = model.wordID(String(scalars: scalars[split..<token.upperBound])) else { return false }
        return model.logScore(second, after: first) > model.logScore(second, after: LanguageModel.noWord)
    }
}
