import VietnameseText

/// One possible reading of an input token: a word in model spelling (lowercase, NFC,
/// conventional tone placement) and the channel's log10 probability that it produced the token.
public struct Candidate: Sendable, Equatable {
    public var word: String
    public var channelLog10: Float

    public init(word: String, channelLog10: Float) {
        self.word = word
        self.channelLog10 = channelLog10
    }
}

/// Proposes readings of one word token (a run of letters, as it appears in the text, any case).
/// The decoder scores each candidate as channel + language model over whole sentences.
/// An empty answer keeps the token as it is.
public protocol CandidateGenerator: Sendable {
    func candidates(for token: String, model: LanguageModel) -> [Candidate]
}

/// Candidates for text whose accents were stripped: every word of the model that strips to
/// the same letters, equally likely a priori. Tokens that still carry marks are kept.
public struct StrippedCandidateGenerator: CandidateGenerator {
    public init() {}

    public func candidates(for token: String, model: LanguageModel) -> [Candidate] {
        guard !VietnameseMarks.containsMarks(token) else { return [] }
        return model.candidates(forStrippedKey: token.lowercased()).map {
            Candidate(word: model.word($0), channelLog10: 0)
        }
    }
}

/// Candidates for text that is mostly right (good OCR, or restored text): the token itself,
/// plus its other accented forms at a cost, so that only a confident model changes a word.
/// Tokens the model never saw and that break Vietnamese orthography pay less to change.
public struct ConservativeCandidateGenerator: CandidateGenerator {
    /// log10 cost of replacing a known word with another accented form.
    public var replaceKnown: Float
    /// log10 cost of replacing an unknown or misspelt token.
    public var replaceUnknown: Float

    public init(replaceKnown: Float = 4, replaceUnknown: Float = 1.5) {
        self.replaceKnown = replaceKnown
        self.replaceUnknown = replaceUnknown
    }

    public func candidates(for token: String, model: LanguageModel) -> [Candidate] {
        let word = WordForm.normalized(token)
        let known = model.wordID(word) != nil
        if !known && VietnameseSyllable.isValid(word) { return [] }
        let cost = known ? replaceKnown : replaceUnknown
        var result = [Candidate(word: word, channelLog10: 0)]
        for id in model.candidates(forStrippedKey: VietnameseMarks.strippedKey(word)) {
            let other = model.word(id)
            if other != word { result.append(Candidate(word: other, channelLog10: -cost)) }
        }
        return result
    }
}
