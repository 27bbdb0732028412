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
    static func classify(_ words: [String], model: LanguageModel) -> ParagraphKind {
        let syllableLike = words.filter { $0.unicodeScalars.count <= 7 }
        guard !syllableLike.isEmpty else { return .empty }
        let marked = syllableLike.filter(VietnameseMarks.containsMarks).count
        if Double(marked) < 0.05 * Double(syllableLike.count) { return .stripped }
        let broken = syllableLike.filter { token in
            let word = WordForm.normalized(token)
            return !VietnameseSyllable.isValid(word) && model.wordID(word) == nil
        }.count
        return Double(broken) > 0.12 * Double(syllableLike.count) ? .garbled : .good
    }
}
