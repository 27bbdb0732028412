import Foundation

/// The learned OCR channel as the decoder's `CandidateGenerator`: readings of a token from
/// the syllables the language model knows, weighted log10 P(token | syllable), plus the token
/// itself when it is no known syllable (a name, a foreign word) at a fixed cost.
/// Numbers, codes and abbreviations come back with a single fixed reading or none.
public struct OCRChannelCandidates: CandidateGenerator {
    let generator: OCRCandidateGenerator
    /// log10 cost of keeping a token the channel cannot read as a known syllable.
    public var keepUnknownLog10: Float = -3
    /// Extra log10 cost of every reading other than the token itself (0 for garbled OCR;
    /// positive for good OCR, where only a confident language model should change a word).
    public var changeLog10: Float = 0
    private let cache = CandidateCache()

    public init(channel: OCRChannelModel, languageModel: LanguageModel) {
        var syllables: [String] = []
        syllables.reserveCapacity(languageModel.vocabularySize)
        for id in 0..<languageModel.vocabularySize {
            let word = languageModel.word(UInt32(id))
            if VietnameseSyllable.isValid(word) { syllables.append(word) }
        }
        generator = OCRCandidateGenerator(model: channel, syllables: syllables)
    }

    public func candidates(for token: String, model: LanguageModel) -> [Candidate] {
        if let known = cache.value(for: token) { return known }
        let result = computeCandidates(for: token, model: model)
        cache.store(result, for: token)
        return result
    }

    private func computeCandidates(for token: String, model: LanguageModel) -> [Candidate] {
        switch OCRTokenGuard.verdict(for: token) {
        case .keep(let text):
            return text == token ? [] : [Candidate(word: text.lowercased(), channelLog10: 0)]
        case .syllable:
            break
        }
        let itself = WordForm.normalized(token)
        var result: [Candidate] = []
        var seen: Set<String> = []
        for candidate in generator.candidates(for: token) where candidate.syllables.count == 1 {
            guard let word = candidate.syllables.first, seen.insert(word).inserted else { continue }
            let log10 = Float(candidate.logProbability / M_LN10) - (word == itself ? 0 : changeLog10)
            result.append(Candidate(word: word, channelLog10: log10))
        }
        if !seen.contains(itself) && model.wordID(itself) == nil {
            result.append(Candidate(word: itself, channelLog10: keepUnknownLog10))
        }
        return result
    }
}

/// Readings per distinct token, shared by every paragraph of a run: documents repeat the
/// same tokens thousands of times and the channel costs a dynamic programme per candidate.
/// A lock guards the dictionary because the generator is shared across threads.
final class CandidateCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: [Candidate]] = [:]

    func value(for token: String) -> [Candidate]? {
        lock.lock()
        defer { lock.unlock() }
        return entries[token]
    }

    func store(_ candidates: [Candidate], for token: String) {
        lock.lock()
        defer { lock.unlock() }
        if entries.count > 200_000 { entries.removeAll() }
        entries[token] = candidates
    }
}
