import VietnameseText

/// A syllable a line end cut in two with a hyphen ("phươ-" at the end of one line, "ng án" at
/// the start of the next; "Trư-" / "ờng hợp"), as typeset pages and their OCR print it. Read
/// as two words, each half is a misread for the decoder ("phươ" became "phi", "ờng" "ông");
/// read as the one syllable they make, the language model sees the word that is there.
/// The halves are read together and written back split where they were, so the layout stays.
enum BrokenSyllable {
    /// The piece index of the second half when the word piece at `index` is the first half of
    /// a broken syllable: a hyphen right after it, a line break, and a word that joined to it
    /// makes a syllable the model knows, where one half at least is no word in context (not a
    /// known syllable, or a pair the model expects less than the joined syllable alone). In
    /// English-model OCR (`garbled`) the halves are misread too: there the join need only strip
    /// to a Vietnamese syllable ("phuo-" / "ng" is "phuong"), and the channel reads it.
    static func secondHalf(of index: Int, pieces: [TextPiece], scalars: [Unicode.Scalar], model: LanguageModel,
                           garbled: Bool) -> Int? {
        guard index + 3 < pieces.count, pieces[index + 1].kind == .punctuation,
              pieces[index + 1].range.count == 1, scalars[pieces[index + 1].range.lowerBound] == "-",
              pieces[index + 2].kind == .space, scalars[pieces[index + 2].range].contains("\n"),
              pieces[index + 3].kind == .word else { return nil }
        let first = WordForm.normalized(String(scalars: scalars[pieces[index].range]))
        let second = WordForm.normalized(String(scalars: scalars[pieces[index + 3].range]))
        let joined = WordForm.normalized(first + second)
        if garbled {
            let spells = { (word: String) in !VietnameseSyllable.accentedForms(ofStripped: word).isEmpty }
            return spells(joined) && !(spells(first) && spells(second)) ? index + 3 : nil
        }
        guard VietnameseSyllable.isValid(joined), let joinedID = model.wordID(joined) else { return nil }
        if VietnameseSyllable.isValid(first), VietnameseSyllable.isValid(second),
           let firstID = model.wordID(first), let secondID = model.wordID(second),
           model.logScore(secondID, after: firstID) >= model.unigramScore(joinedID) {
            return nil  // two words the model expects together ("kinh-" / "tế" is no cut syllable)
        }
        return index + 3
    }

    /// `word` (the joined syllable as read) cut where the printed halves were cut: the first
    /// half keeps as many scalars as it had, the rest goes to the second.
    static func halves(of word: String, firstCount: Int) -> (String, String) {
        let letters = Array(word.unicodeScalars)
        let cut = min(firstCount, letters.count)
        return (String(scalars: letters[..<cut]), String(scalars: letters[cut...]))
    }
}
