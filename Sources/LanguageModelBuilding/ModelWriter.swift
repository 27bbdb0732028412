import Diacritics
import Foundation
import VietnameseText

/// Turns counts into the binary model: stupid-backoff scores, pruned to a size budget,
/// quantised into fingerprinted hash tables (see `ModelLayout`).
struct ModelWriter {
    var backoffLog10: Float = log10(0.4)
    /// Most n-grams kept per order (2, 3, 4); the rarest go first. Bigrams that a kept longer
    /// n-gram ends with are kept even beyond the budget.
    var budgets: [Int] = [4_000_000, 5_000_000, 3_000_000]
    var maximumCandidates = 16
    static let loadFactor = 0.8

    func write(counts: NGramCounts, vocabulary: Vocabulary, to url: URL) throws {
        let words = vocabulary.words
        let total = Double(max(1, counts.unigrams.reduce(0, +) - counts.unigrams[Int(LanguageModel.Reserved.sentenceStart)]))
        let unigramScores = counts.unigrams.map { $0 == 0 ? Float(log10(0.5 / total)) : Float(log10(Double($0) / total)) }
        // Longer n-grams first: the bigrams they end with must stay (see `suffixBigrams`).
        var selected: [Int: [(key: UInt64, score: Float, importance: Double)]] = [:]
        var required: Set<UInt64> = []
        for length in (2...counts.order).reversed() {
            let budget = budgets[min(length - 2, budgets.count - 1)]
            let entries = selectEntries(counts: counts, length: length, budget: budget, total: total,
                                        required: length == 2 ? required : [])
            if length > 2 { required.formUnion(suffixBigrams(of: entries.map(\.key), length: length, counts: counts)) }
            selected[length] = entries
        }
        let tables = (2...counts.order).map { buildTable(selected[$0] ?? [], length: $0) }
        let wordBytes = words.flatMap { Array($0.utf8) }
        var wordOffsets: [UInt32] = [0]
        for word in words { wordOffsets.append((wordOffsets.last ?? 0) + UInt32(word.utf8.count)) }
        let wordIndex = words.enumerated().map { (FNV1a.hash($0.element), UInt32($0.offset)) }.sorted { $0.0 < $1.0 }
        let groups = candidateGroups(words: words, unigrams: counts.unigrams)

        let layout = ModelLayout(
            order: counts.order, vocabularySize: words.count, wordBytes: wordBytes.count,
            groupCount: groups.hashes.count, candidateCount: groups.ids.count,
            capacities: tables.map(\.slots.count), quantisationSteps: tables.map(\.step),
            backoffLog10: backoffLog10, unknownLog10: Float(log10(0.1 / total)))
        let offsets = layout.offsets
        var file = [UInt8](repeating: 0, count: offsets.end)
        file.withUnsafeMutableBytes { raw in
            func place<T>(_ values: [T], at offset: Int) {
                values.withUnsafeBytes { UnsafeMutableRawBufferPointer(rebasing: raw[offset...]).copyMemory(from: $0) }
            }
            place(layout.encodeHeader(), at: 0)
            place(unigramScores, at: offsets.unigrams)
            place(wordOffsets, at: offsets.wordOffsets)
            place(wordBytes, at: offsets.wordBytes)
            place(wordIndex.map(\.0), at: offsets.wordHashes)
            place(wordIndex.map(\.1), at: offsets.wordHashIDs)
            place(groups.hashes, at: offsets.groupHashes)
            place(groups.starts, at: offsets.groupStarts)
            place(groups.ids, at: offsets.candidateIDs)
            for (table, offset) in zip(tables, offsets.tables) { place(table.slots, at: offset) }
        }
        try Data(file).write(to: url, options: .atomic)
    }

    private func buildTable(_ scored: [(key: UInt64, score: Float, importance: Double)], length: Int) -> (slots: [UInt32], step: Float) {
        let lowest = max(-12, scored.map(\.score).min() ?? -1)
        let step = max(-lowest / 255, 1e-4)
        let lines = max(1, Int(Double(scored.count) / Self.loadFactor) / NGramHashing.lineSlots + 1)
        let capacity = lines * NGramHashing.lineSlots
        var slots = [UInt32](repeating: 0, count: capacity)
        for (key, score, _) in scored {
            let hash = NGramHashing.hash(key, order: length)
            var index = NGramHashing.home(hash, capacity: capacity)
            while slots[index] != 0 { index = index + 1 == capacity ? 0 : index + 1 }
            let quantum = UInt32(min(255, max(0, (-score / step).rounded())))
            slots[index] = NGramHashing.fingerprint(hash) << 8 | quantum
        }
        return (slots, step)
    }

    /// The n-grams worth their space: ranked by count × how far their score is from what
    /// backing off to the shorter n-gram would give (weighted-difference pruning), so that
    /// frequent n-grams the shorter ones already predict make room for informative ones.
    /// `required` entries are kept whatever the budget.
    private func selectEntries(counts: NGramCounts, length: Int, budget: Int, total: Double, required: Set<UInt64>)
        -> [(key: UInt64, score: Float, importance: Double)] {
        let minimum: UInt32 = length == 2 ? 1 : 2
        var scored: [(key: UInt64, score: Float, importance: Double)] = []
        for (key, count) in counts.higher[length - 2] where count >= minimum {
            let ids = counts.ids(of: key, length: length)
            guard let score = counts.log10Frequency(of: ids[...], total: total),
                  let lower = counts.log10Frequency(of: ids.dropFirst(), total: total) else { continue }
            let backedOff = Double(backoffLog10) + lower
            let importance = required.contains(key) ? Double.infinity : Double(count) * abs(score - backedOff)
            scored.append((key, Float(score), importance))
        }
        let limit = max(budget, required.count)
        if scored.count > limit {
            scored.sort { $0.importance > $1.importance }
            scored.removeLast(scored.count - limit)
        }
        return scored
    }

    /// The last two words of each n-gram, as bigram keys. The decoder takes a missing bigram
    /// to mean that no longer n-gram ends with those words and skips looking them up
    /// (`LanguageModel.scoreExpansions`), so the writer keeps these bigrams whatever the budget.
    private func suffixBigrams(of keys: [UInt64], length: Int, counts: NGramCounts) -> Set<UInt64> {
        var suffixes: Set<UInt64> = []
        for key in keys {
            let ids = counts.ids(of: key, length: length)
            if let suffix = NGramHashing.key(ids[length - 2], ids[length - 1]) { suffixes.insert(suffix) }
        }
        return suffixes
    }

    /// Words grouped by their lowercase stripped form, most frequent first, for the decoder.
    private func candidateGroups(words: [String], unigrams: [UInt64]) -> (hashes: [UInt64], starts: [UInt32], ids: [UInt32]) {
        var groups: [String: [UInt32]] = [:]
        for id in LanguageModel.Reserved.count..<words.count {
            groups[VietnameseMarks.strippedKey(words[id]), default: []].append(UInt32(id))
        }
        var hashed = groups.map { key, ids -> (UInt64, [UInt32]) in
            let ranked = ids.sorted { unigrams[Int($0)] > unigrams[Int($1)] }
            let top = ranked.first.map { unigrams[Int($0)] } ?? 0
            return (FNV1a.hash(key), ranked.prefix(maximumCandidates).filter { unigrams[Int($0)] * 20_000 >= top })
        }
        hashed.sort { $0.0 < $1.0 }
        var starts: [UInt32] = [0]
        var ids: [UInt32] = []
        for (_, members) in hashed {
            ids.append(contentsOf: members)
            starts.append(UInt32(ids.count))
        }
        return (hashed.map(\.0), starts, ids)
    }
}
