import VietnameseText

/// Tesseract's Vietnamese model drops the space between two syllables where they sit close
/// ("Đãgiải", "trảlời", "biểusố" in a table's header), and the decoder reads a token as one
/// syllable at most. A token of small letters (a capital may open it) with a Vietnamese mark
/// that is no syllable, but splits into two syllables in exactly one place, gets its space
/// back there when the language model finds the second syllable likelier after the first than
/// alone ("đã giải", "trả lời"); a misread word that happens to split ("chúven" for "chuyên")
/// does not pass. Tokens glued to a digit (codes), cut by a line-end hyphen ("phươ-") or
/// without a mark (foreign words, abbreviations) are left alone.
enum GluedSyllableRepair {
    /// Shortest glued token: two syllables of two letters.
    static let shortestToken = 4

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
            if let split = split(scalars, token: index..<end), follows(scalars, split: split, token: index..<end, model: model) {
                splits.append(split)
            }
            index = end
        }
        for split in splits.reversed() { scalars.insert(" ", at: split) }
    }

    /// Where the token splits into two syllables, when it does in one place only.
    static func split(_ scalars: [Unicode.Scalar], token: Range<Int>) -> Int? {
        guard token.count >= shortestToken else { return nil }
        if token.lowerBound > 0, ScalarClass.isDigit(scalars[token.lowerBound - 1]) { return nil }
        if token.upperBound < scalars.count, ScalarClass.isDigit(scalars[token.upperBound]) || scalars[token.upperBound] == "-" {
            return nil
        }
        let letters = scalars[token]
        // A capital may open the token ("Đãgiải" heading a table's column), not sit inside it.
        guard !letters.dropFirst().contains(where: CasePattern.isUpper), letters.contains(where: { !$0.isASCII }),
              !VietnameseSyllable.isValid(letters) else { return nil }
        var found: Int?
        for split in (token.lowerBound + 1)..<token.upperBound
        where VietnameseSyllable.isValid(scalars[token.lowerBound..<split]) && VietnameseSyllable.isValid(scalars[split..<token.upperBound]) {
            guard found == nil else { return nil }
            found = split
        }
        return found
    }

    /// Whether the model expects the second syllable after the first more than on its own.
    static func follows(_ scalars: [Unicode.Scalar], split: Int, token: Range<Int>, model: LanguageModel) -> Bool {
        guard let first = model.wordID(String(scalars: scalars[token.lowerBound..<split]).lowercased()),
              let second = model.wordID(String(scalars: scalars[split..<token.upperBound])) else { return false }
        return model.logScore(second, after: first) > model.logScore(second, after: LanguageModel.noWord)
    }
}
