import Foundation
import VietnameseText

/// A generator that may also read a number token as a word: Tesseract's English model prints
/// the common word "ở" (and "ô") as a lone "6". The decoder asks only generators that
/// conform; an empty answer keeps the number as a number.
public protocol NumberReadingGenerator: Sendable {
    func readings(ofNumber token: String, model: LanguageModel) -> [Candidate]
}

extension OCRChannelCandidates: NumberReadingGenerator {
    /// The number itself (channel weight of a number printed as itself, ~1) and every syllable
    /// the training pairs saw printed as exactly this token, weighted P(token | syllable).
    public func readings(ofNumber token: String, model: LanguageModel) -> [Candidate] {
        guard token.count == 1, let readings = channel.tokenReadings[token] else { return [] }
        var result = [Candidate(word: token, channelLog10: 0)]
        // In a fixed order: Dictionary order changes with the process's hash seed.
        for (source, count) in readings.sorted(by: { $0.key < $1.key }) where source != token && VietnameseSyllable.isValid(source) {
            guard let seen = channel.syllableCounts[source], seen > 0, model.wordID(source) != nil else { continue }
            let probability = min(1, Double(count) / Double(seen))
            result.append(Candidate(word: source, channelLog10: Float(log10(probability)) - changeLog10))
        }
        return result.count > 1 ? result : []
    }
}
