extension LanguageModel {
    /// Reusable space for `logScores`, so that scoring a slot allocates nothing.
    struct ProbeScratch {
        var fourgrams: [NGramTable.Probe?] = []
        var trigrams: [NGramTable.Probe?] = []
        var bigrams: [NGramTable.Probe?] = []
    }

    /// Scores of every word after one history. The first slot of every lookup, for every word
    /// and order, is read before any lookup is finished, so the cache misses of a whole
    /// candidate list overlap instead of queueing one behind another.
    func logScores(_ words: [UInt32], after previous: UInt32, _ beforePrevious: UInt32, _ third: UInt32,
                   scratch: inout ProbeScratch, into scores: inout [Float]) {
        scratch.fourgrams.removeAll(keepingCapacity: true)
        scratch.trigrams.removeAll(keepingCapacity: true)
        scratch.bigrams.removeAll(keepingCapacity: true)
        let useFour = order >= 4 && third != Self.noWord
        let useThree = order >= 3 && beforePrevious != Self.noWord
        let useTwo = previous != Self.noWord
        for word in words {
            scratch.fourgrams.append(useFour
                ? NGramHashing.key(third, beforePrevious, previous, word).flatMap { table(2).start($0, order: 4) } : nil)
            scratch.trigrams.append(useThree
                ? NGramHashing.key(beforePrevious, previous, word).flatMap { table(1).start($0, order: 3) } : nil)
            scratch.bigrams.append(useTwo
                ? NGramHashing.key(previous, word).flatMap { table(0).start($0, order: 2) } : nil)
        }
        scores.removeAll(keepingCapacity: true)
        for (index, word) in words.enumerated() {
            scores.append(finish(word, scratch.fourgrams[index], scratch.trigrams[index], scratch.bigrams[index]))
        }
    }
}
