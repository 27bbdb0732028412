import VietnameseText

/// What the letter tokens of a stretch of text say about how it was made: how many carry
/// Vietnamese marks, how many break Vietnamese spelling and are unknown to the model, and how
/// many are a bare form the model nearly always sees accented ("tinh" for "tỉnh"). Lines,
/// paragraphs, pages and whole texts add their words' evidence up (see `ParagraphKind`).
struct KindEvidence: Equatable {
    /// Tokens of up to `longestWord` scalars: longer ones are numbers, codes or glued words.
    var words = 0
    var marked = 0
    var broken = 0
    var bare = 0

    /// Tokens longer than this tell nothing about syllables.
    static let longestWord = 7
    /// log10 of how much more often the model must see an accented form than the bare token
    /// for the token to count as a mark lost ("cac" → "các"): 10×.
    static let bareDominance: Float = 1

    static func += (total: inout KindEvidence, part: KindEvidence) {
        total.words += part.words
        total.marked += part.marked
        total.broken += part.broken
        total.bare += part.bare
    }

    /// Broken words and lost marks: what a decoder has to repair.
    var suspicious: Int { broken + bare }

    /// The evidence of the letter tokens of some text (see `LetterTokens`).
    init<Words: Collection>(_ words: Words, model: LanguageModel) where Words.Element: Collection, Words.Element.Element == Unicode.Scalar {
        for word in words where word.count <= Self.longestWord {
            self.words += 1
            if VietnameseMarks.containsMarks(word) {
                marked += 1
                if Self.isBroken(word, model: model) { broken += 1 }
            } else if Self.isBroken(word, model: model) {
                broken += 1
            } else if Self.isBare(word, model: model) {
                bare += 1
            }
        }
    }

    init() {}

    /// Breaks Vietnamese spelling (in the model's spelling of the word) and unknown to the model.
    static func isBroken<Word: Collection>(_ word: Word, model: LanguageModel) -> Bool where Word.Element == Unicode.Scalar {
        // A syllable valid in its own case and tone placement is valid in the model's spelling
        // too (lowercase, NFC, conventional placement), so most words end here.
        if VietnameseSyllable.isValid(word) { return false }
        // The model's words are letters only (its tokenizer splits digits off): a digit in a
        // word is a misread mark ("d6i"), unless the word is a measure ("7ha").
        if word.contains(where: ScalarClass.isDigit) { return !MeasureUnits.isMeasure(word) }
        let normalized = WordForm.normalized(String(scalarsOf: word))
        return !VietnameseSyllable.isValid(normalized) && model.wordID(normalized) == nil
    }

    /// An unmarked word of two letters or more whose accented forms the model sees far more
    /// often than the word itself: a mark was lost ("cac", "TINH"), or never printed.
    static func isBare<Word: Collection>(_ word: Word, model: LanguageModel) -> Bool where Word.Element == Unicode.Scalar {
        guard word.count >= 2 else { return false }
        let lower = String(scalarsOf: word).lowercased()
        guard let best = model.candidates(forStrippedKey: lower).first, model.word(best) != lower else { return false }
        guard let own = model.wordID(lower) else { return true }
        return model.unigramScore(best) - model.unigramScore(own) > bareDominance
    }
}

extension String {
    /// The text of some scalars.
    init<Scalars: Sequence>(scalarsOf scalars: Scalars) where Scalars.Element == Unicode.Scalar {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        self = String(view)
    }
}
