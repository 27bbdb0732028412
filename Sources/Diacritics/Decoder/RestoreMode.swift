import VietnameseText

/// What the text handed to `Restorer` is believed to be.
public enum RestoreMode: String, Sendable, CaseIterable {
    /// Decide per paragraph from the text itself (see `ParagraphKind`).
    case auto
    /// Accents removed: restore every word.
    case stripped
    /// OCR made with a model that does not know Vietnamese: garbled letters and marks.
    case ocr
    /// Good OCR or already accented text: change a word only where the model is confident.
    case post
}

/// What a paragraph looks like, measured on its letter tokens.
enum ParagraphKind: Equatable {
    case stripped, garbled, good, empty

    /// Stripped text has (almost) no marks; garbled text has many tokens that break Vietnamese
    /// spelling and that the model never saw; the rest is treated as good.
    /// `words` are the tokens' scalars; they are read twice, and no String is made for a
    /// token that is a valid syllable (`auto` measures every paragraph of every page).
    static func classify<Words: Collection>(_ words: Words, model: LanguageModel) -> ParagraphKind
        where Words.Element: Collection, Words.Element.Element == Unicode.Scalar {
        var syllableLike = 0
        var marked = 0
        for word in words where word.count <= 7 {
            syllableLike += 1
            if VietnameseMarks.containsMarks(word) { marked += 1 }
        }
        guard syllableLike > 0 else { return .empty }
        if Double(marked) < 0.05 * Double(syllableLike) { return .stripped }
        var broken = 0
        for word in words where word.count <= 7 && isBroken(word, model: model) { broken += 1 }
        return Double(broken) > 0.12 * Double(syllableLike) ? .garbled : .good
    }

    static func classify(_ words: [String], model: LanguageModel) -> ParagraphKind {
        classify(words.lazy.map(\.unicodeScalars), model: model)
    }

    /// Breaks Vietnamese spelling (in the model's spelling of the word) and unknown to the model.
    private static func isBroken<Word: Collection>(_ word: Word, model: LanguageModel) -> Bool
        where Word.Element == Unicode.Scalar {
        // A syllable valid in its own case and tone placement is valid in the model's spelling
        // too (lowercase, NFC, conventional placement), so most words end here.
        if VietnameseSyllable.isValid(word) { return false }
        // The model's words are letters only (its tokenizer splits digits off).
        if word.contains(where: ScalarClass.isDigit) { return true }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: word)
        let normalized = WordForm.normalized(String(view))
        return !VietnameseSyllable.isValid(normalized) && model.wordID(normalized) == nil
    }
}
