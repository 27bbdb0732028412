import Foundation

/// Proposes Vietnamese syllables for a token printed by an OCR engine, weighted by the
/// learned channel: log P(token | syllable) mixes the whole-token counts (trusted for
/// syllables seen often) with a letter-by-letter reading ("ctia" = c·"ti"·a for "của").
/// Candidates come from the inventory through the confusion-folded skeleton index.
public struct OCRCandidateGenerator: ChannelCandidateSource {
    let model: OCRChannelModel
    let index: SkeletonIndex
    let letters: ChannelLetters
    /// Candidates kept per token, and how far below the best one a candidate may fall.
    /// `OCRChannelCandidates` takes a wider pool and keeps the likeliest by channel and prior.
    public var limit = 24
    public var window = 14.0

    /// `syllables`: the valid lowercase syllables (NFC) a token may be corrected to.
    public init(model: OCRChannelModel, syllables: [String]) {
        self.model = model
        let known = Set(syllables)
        index = SkeletonIndex(syllables: known.sorted())
        letters = ChannelLetters(syllables: known.sorted())
    }

    /// The same inventory read through another channel (`post`'s loose channel for tokens that
    /// are no syllable): the index and letters are the inventory's, built once.
    init(model: OCRChannelModel, sharingInventoryOf other: OCRCandidateGenerator) {
        self.model = model
        index = other.index
        letters = other.letters
    }

    /// One-syllable readings only: the decoder reads a token as one syllable. Two glued
    /// syllables ("tinhhinh") were once read here too and never used (the decoder dropped
    /// them); a glued token of good OCR gets its space back before decoding
    /// (`GluedSyllableRepair`), and English-model OCR seldom glues syllables.
    public func candidates(for printed: String) -> [ChannelCandidate] {
        let token = OCRTextRepair.restoringSymbols(printed)
        let pattern = OCRCasePattern(of: token)
        let readings = pattern == .upper ? caseFolded(token) : singleSyllable(token, pattern: pattern)
        return Self.best(readings, window: window, limit: limit)
    }

    /// The readings within `window` of the best one, at most `limit` of them, best first.
    static func best(_ readings: [ChannelCandidate], window: Double, limit: Int) -> [ChannelCandidate] {
        guard let top = readings.first?.logProbability else { return [] }
        return Array(readings.prefix { $0.logProbability >= top - window }.prefix(limit))
    }

    func singleSyllable(_ token: String, pattern: OCRCasePattern) -> [ChannelCandidate] {
        let scalars = Array(token.unicodeScalars)
        guard scalars.count <= 12 else { return [] }
        let table = TokenCostTable(token: scalars, model: model, letters: letters)
        var ids = index.lookup(SkeletonKey.queryKeys(token, brokenVowelMarks: model.readsBrokenVowelMarks))
        // Whole-token readings seen in training are candidates even beyond one folded edit.
        let readingKey = pattern == .upper ? token : token.lowercased()
        // Sorted here and below: candidates of equal score must come in the same order in
        // every run (Set and Dictionary order changes with the process's hash seed).
        for source in (model.tokenReadings[readingKey]?.keys).map({ $0.sorted() }) ?? [] {
            if let id = index.id(of: source) { ids.insert(id) }
        }
        var result: [ChannelCandidate] = []
        result.reserveCapacity(ids.count)
        for id in ids.sorted() {
            let syllable = index.syllables[Int(id)]
            let display = pattern.apply(to: syllable)
            guard let source = letters.ids(of: display) else { continue }
            let score = combine(charCost: table.cost(of: source), token: readingKey, source: syllable)
            result.append(ChannelCandidate(syllables: [syllable], display: display, logProbability: score))
        }
        result.sort { $0.logProbability > $1.logProbability }
        return result
    }

    /// A capital token read both as printed and case-folded, each syllable at its better
    /// score: capitals have few counts of their own ("Ấ" printed "Á"), and the whole-token
    /// readings are counted in lower case. The case is put back on every reading.
    func caseFolded(_ token: String) -> [ChannelCandidate] {
        var best: [String: ChannelCandidate] = [:]
        for candidate in singleSyllable(token, pattern: .upper) + singleSyllable(token.lowercased(), pattern: .lower) {
            let key = candidate.syllables.joined(separator: " ")
            if candidate.logProbability > best[key]?.logProbability ?? -.infinity {
                best[key] = ChannelCandidate(syllables: candidate.syllables, display: OCRCasePattern.upper.apply(to: candidate.display),
                                             logProbability: candidate.logProbability)
            }
        }
        // Best first, ties by syllable, so every run lists them in the same order.
        return best.values.sorted { ($0.logProbability, $1.display) > ($1.logProbability, $0.display) }
    }

    /// log of the mixture of the whole-token estimate and the letter-by-letter reading.
    func combine(charCost: Double, token: String, source: String) -> Double {
        let letterwise = exp(-charCost)
        guard let (probability, weight) = model.tokenEstimate(token: token, source: source) else {
            return -charCost
        }
        var mixed = weight * probability + (1 - weight) * letterwise
        // The renders behind the counts seldom show a stacked vowel misread (see StackedMarks).
        if probability == 0, model.unseenMarkFloor != nil, StackedMarks.differOnlyThere(token, source) {
            mixed = max(mixed, letterwise)
        }
        return mixed > 0 ? log(mixed) : -charCost
    }

}
