extension LanguageModel {
    /// The words a hypothesis's next score depends on, most recent first (`noWord` pads).
    struct History: Equatable {
        var previous: UInt32
        var beforePrevious: UInt32
        var third: UInt32
    }

    /// Reusable space for `scoreExpansions`, so that scoring a beam step allocates nothing.
    struct ExpansionScratch {
        fileprivate let previousWords = ScratchBuffer<UInt32>()
        fileprivate let previousRows = ScratchBuffer<Int>()
        fileprivate let bigrams = ScratchBuffer<NGramTable.Probe>()
        fileprivate let bigramScores = ScratchBuffer<Float>()
        fileprivate let trigrams = ScratchBuffer<NGramTable.Probe>()
        fileprivate let fourgrams = ScratchBuffer<NGramTable.Probe>()

        init() {}
    }

    /// Scores of every word after every history (history-major: `scores[h * words.count + w]`),
    /// the same numbers `logScore` gives, looked up in an order that costs fewer cache misses:
    /// - bigrams first, once per distinct previous word (the beam's histories share them);
    /// - a missing bigram settles the score: the writer keeps the last two words of every
    ///   longer n-gram as a bigram (see `ModelWriter`), so no longer n-gram ending in them
    ///   exists. Most candidates after most histories end here;
    /// - the trigram and 4-gram lookups left are started together, so their misses overlap.
    func scoreExpansions(of histories: UnsafeBufferPointer<History>, with words: UnsafeBufferPointer<UInt32>,
                         scratch: ExpansionScratch, into scores: UnsafeMutablePointer<Float>) {
        let width = words.count
        let previousWords = scratch.previousWords.reserve(histories.count)
        let previousRows = scratch.previousRows.reserve(histories.count)
        var distinct = 0
        for (index, history) in histories.enumerated() {
            var row = 0
            while row < distinct && previousWords[row] != history.previous { row += 1 }
            if row == distinct {
                previousWords[row] = history.previous
                distinct += 1
            }
            previousRows[index] = row * width
        }
        let bigramTable = tables[0]
        let bigrams = scratch.bigrams.reserve(distinct * width)
        let bigramScores = scratch.bigramScores.reserve(distinct * width)
        for row in 0..<distinct {
            let previous = previousWords[row]
            for (column, word) in words.enumerated() {
                bigrams[row * width + column] = previous == Self.noWord ? .none
                    : NGramHashing.key(previous, word).map { bigramTable.start($0, order: 2) } ?? .none
            }
        }
        for index in 0..<(distinct * width) where bigrams[index].isStarted {
            bigramScores[index] = bigramTable.finish(bigrams[index]) ?? .nan
        }
        // A model of lower order has no such table; then the keys below are nil and the
        // stand-in (its last table) is never read.
        let trigramTable = tables[min(1, tables.count - 1)]
        let fourgramTable = tables[min(2, tables.count - 1)]
        let usesTrigrams = layout.order >= 3 && trigramTable.capacity > 0
        let usesFourgrams = layout.order >= 4 && fourgramTable.capacity > 0
        let expansions = histories.count * width
        let trigrams = scratch.trigrams.reserve(expansions)
        let fourgrams = scratch.fourgrams.reserve(expansions)
        for (index, history) in histories.enumerated() {
            let row = previousRows[index]
            for (column, word) in words.enumerated() {
                let expansion = index * width + column
                if bigrams[row + column].isStarted && bigramScores[row + column].isNaN {
                    fourgrams[expansion] = .none
                    trigrams[expansion] = .none
                } else {
                    fourgrams[expansion] = fourgramKey(word, after: history, usesFourgrams).map { fourgramTable.start($0, order: 4) } ?? .none
                    trigrams[expansion] = trigramKey(word, after: history, usesTrigrams).map { trigramTable.start($0, order: 3) } ?? .none
                }
            }
        }
        let backoff = layout.backoffLog10
        for (index, history) in histories.enumerated() {
            let row = previousRows[index]
            for (column, word) in words.enumerated() {
                let expansion = index * width + column
                let bigramStarted = bigrams[row + column].isStarted
                let bigramScore = bigramScores[row + column]
                var penalty: Float = 0
                if bigramStarted && bigramScore.isNaN {
                    // The sum `logScore` makes, in the same order, after missing every order.
                    if fourgramKey(word, after: history, usesFourgrams) != nil { penalty += backoff }
                    if trigramKey(word, after: history, usesTrigrams) != nil { penalty += backoff }
                    scores[expansion] = penalty + backoff + unigramScore(word)
                    continue
                }
                let fourgram = fourgrams[expansion]
                if fourgram.isStarted {
                    if let score = fourgramTable.finish(fourgram) { scores[expansion] = score; continue }
                    penalty += backoff
                }
                let trigram = trigrams[expansion]
                if trigram.isStarted {
                    if let score = trigramTable.finish(trigram) { scores[expansion] = penalty + score; continue }
                    penalty += backoff
                }
                scores[expansion] = bigramStarted ? penalty + bigramScore : penalty + unigramScore(word)
            }
        }
    }

    /// The 4-gram key `logScore` would look up, nil when it would not look one up.
    @inline(__always)
    private func fourgramKey(_ word: UInt32, after history: History, _ usesFourgrams: Bool) -> UInt64? {
        guard usesFourgrams && history.third != Self.noWord else { return nil }
        return NGramHashing.key(history.third, history.beforePrevious, history.previous, word)
    }

    @inline(__always)
    private func trigramKey(_ word: UInt32, after history: History, _ usesTrigrams: Bool) -> UInt64? {
        guard usesTrigrams && history.beforePrevious != Self.noWord else { return nil }
        return NGramHashing.key(history.beforePrevious, history.previous, word)
    }
}
