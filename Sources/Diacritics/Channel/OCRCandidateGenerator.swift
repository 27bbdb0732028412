import Foundation

/// Proposes Vietnamese syllables for a token printed by an OCR engine, weighted by the
/// learned channel: log P(token | syllable) mixes the whole-token counts (trusted for
/// syllables seen often) with a letter-by-letter reading ("ctia" = c·"ti"·a for "của").
/// Candidates come from the inventory through the confusion-folded skeleton index; a long
/// token that reads badly as one syllable is also tried as two glued ones.
public struct OCRCandidateGenerator: ChannelCandidateSource {
    let model: OCRChannelModel
    let index: SkeletonIndex
    let letters: ChannelLetters
    /// Candidates kept per token, and how far below the best one a candidate may fall.
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

    public func candidates(for printed: String) -> [ChannelCandidate] {
        let token = OCRTextRepair.restoringSymbols(printed)
        let pattern = OCRCasePattern(of: token)
        let readings = pattern == .upper ? caseFolded(token) : singleSyllable(token, pattern: pattern)
        let singles = Self.best(readings, window: window, limit: limit)
        let best = singles.first?.logProbability ?? -.infinity
        guard best < -7, token.count >= 4 else { return singles }
        let merged = (readings + glued(token, pattern: pattern)).sorted { $0.logProbability > $1.logProbability }
        let kept = merged.first?.syllables.count == 2 ? gluedBreadth * gluedBreadth : limit
        let list = Self.best(merged, window: window, limit: kept)
        // The one-syllable readings stay even when glued ones read better and fill the list:
        // the decoder takes one syllable per token, and "nhimg", which reads better as
        // "nhì mợ" than as "những", left it nothing but the token itself.
        let dropped = singles.filter { !list.contains($0) }
        return dropped.isEmpty ? list : (list + dropped).sorted { $0.logProbability > $1.logProbability }
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
        var extra: [String] = []
        // Sorted here and below: candidates of equal score must come in the same order in
        // every run (Set and Dictionary order changes with the process's hash seed).
        for source in (model.tokenReadings[readingKey]?.keys).map({ $0.sorted() }) ?? [] {
            if let id = index.id(of: source) { ids.insert(id) } else { extra.append(source) }
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
        for source in extra where source.contains(" ") {
            let score = combine(charCost: .infinity, token: readingKey, source: source)
            let parts = source.split(separator: " ").map(String.init)
            result.append(ChannelCandidate(syllables: parts, display: pattern.apply(to: source), logProbability: score))
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
        let mixed = weight * probability + (1 - weight) * letterwise
        return mixed > 0 ? log(mixed) : -charCost
    }

    /// Two syllables printed without the space between them: the split point where both
    /// halves read best, and the best few readings of each half, with a penalty for the space.
    func glued(_ token: String, pattern: OCRCasePattern) -> [ChannelCandidate] {
        let characters = Array(token)
        var bestCut: (score: Double, left: [ChannelCandidate], right: [ChannelCandidate])?
        for cut in 2..<(characters.count - 1) {
            let leftText = String(characters[..<cut])
            let rightText = String(characters[cut...]).trimmingCharacters(in: CharacterSet(charactersIn: "'’-"))
            guard !rightText.isEmpty else { continue }
            let left = singleSyllable(leftText, pattern: pattern)
            let right = singleSyllable(rightText, pattern: OCRCasePattern(of: rightText))
            guard let leftTop = left.first, let rightTop = right.first else { continue }
            let score = leftTop.logProbability + rightTop.logProbability
            if score > bestCut?.score ?? -.infinity { bestCut = (score, left, right) }
        }
        guard let cut = bestCut else { return [] }
        var result: [ChannelCandidate] = []
        for first in cut.left.prefix(gluedBreadth) {
            for second in cut.right.prefix(gluedBreadth) {
                result.append(ChannelCandidate(
                    syllables: first.syllables + second.syllables,
                    display: first.display + " " + second.display,
                    logProbability: first.logProbability + second.logProbability - Self.lostSpaceCost))
            }
        }
        return result
    }

    /// Readings kept per half of a glued token, and the cost of a space the OCR dropped.
    var gluedBreadth: Int { 6 }
    static let lostSpaceCost = 3.0
}
