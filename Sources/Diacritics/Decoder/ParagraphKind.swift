/// What a stretch of text looks like, measured on its letter tokens (`KindEvidence`).
enum ParagraphKind: Hashable {
    case stripped, garbled, good, empty

    /// Below this many words, a line or paragraph says too little on its own and takes the
    /// kind of what surrounds it (its page, then the whole text).
    static let decisiveWords = 8
    /// Share of words with marks under which text counts as stripped.
    static let strippedMarks = 0.05
    /// Share of broken words over which text counts as garbled whatever else it shows.
    static let garbledBroken = 0.12
    /// Share of broken words and lost marks over which marked text counts as garbled, on its
    /// own and inside garbled surroundings (where a paragraph that looks fairly good is one
    /// that the English model happened to read well).
    static let garbledSuspicious = 0.25
    static let garbledSuspiciousAmongGarbled = 0.15

    /// Stripped text has (almost) no marks; garbled text has many words that break Vietnamese
    /// spelling or lost their marks; the rest is good. `context` is the kind of the text
    /// around: English-model OCR drops every mark of many capital lines, so inside garbled text
    /// unmarked text is garbled too.
    static func decide(_ evidence: KindEvidence, context: ParagraphKind? = nil) -> ParagraphKind {
        guard evidence.words > 0 else { return .empty }
        let words = Double(evidence.words)
        if Double(evidence.marked) < strippedMarks * words { return context == .garbled ? .garbled : .stripped }
        let suspiciousLimit = context == .garbled ? garbledSuspiciousAmongGarbled : garbledSuspicious
        if Double(evidence.broken) > garbledBroken * words || Double(evidence.suspicious) > suspiciousLimit * words {
            return .garbled
        }
        return .good
    }

    /// The kind of some text on its own evidence, nil when it has too few words to tell.
    static func decisive(_ evidence: KindEvidence, context: ParagraphKind? = nil) -> ParagraphKind? {
        evidence.words >= decisiveWords ? decide(evidence, context: context) : nil
    }

    /// `words` are the tokens' scalars; they are read once, and no String is made for a
    /// marked token that is a valid syllable (`auto` measures every line of every page).
    static func classify<Words: Collection>(_ words: Words, model: LanguageModel) -> ParagraphKind
        where Words.Element: Collection, Words.Element.Element == Unicode.Scalar {
        decide(KindEvidence(words, model: model))
    }

    static func classify(_ words: [String], model: LanguageModel) -> ParagraphKind {
        classify(words.lazy.map(\.unicodeScalars), model: model)
    }
}
