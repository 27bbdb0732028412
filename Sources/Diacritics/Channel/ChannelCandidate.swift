/// One reading of an OCR token: the Vietnamese syllable(s) it may have been printed as,
/// with how likely the OCR engine was to turn that text into the token.
public struct ChannelCandidate: Sendable, Equatable {
    /// Lowercase syllables: one, as `OCRCandidateGenerator` reads every token as one syllable.
    public let syllables: [String]
    /// The syllables in the token's own case pattern ("Đảng", "ĐẢNG"), ready to print.
    public let display: String
    /// log P(observed token | syllables) under the channel model.
    public let logProbability: Double

    public init(syllables: [String], display: String, logProbability: Double) {
        self.syllables = syllables
        self.display = display
        self.logProbability = logProbability
    }
}

/// Anything that proposes weighted syllables for an OCR token. The decoder combines these
/// channel weights with the language model; `OCRCandidateGenerator` is the learned one.
public protocol ChannelCandidateSource: Sendable {
    /// Candidates for one whitespace-free token (edge punctuation already removed), best first.
    /// An empty answer means the token is not a syllable to correct (a number, a code).
    func candidates(for token: String) -> [ChannelCandidate]
}
