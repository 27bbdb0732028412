extension LanguageModel {
    /// The words a hypothesis's next score depends on, most recent first (`noWord` pads).
    struct History: Equatable {
        var previous: UInt32
        var beforePrevious: UInt32
        var third: UInt32
    }

    /// One beam step to score: its histories and candidate words (ranges in the flat buffers
    /// handed to `scoreExpansions`) and where its scores go, history-major.
    struct ScoringGroup {
        var firstHistory: Int
        var historyCount: Int
        var firstWord: Int
        var wordCount: Int
        var scores: Int

        var histories: Range<Int> { firstHistory..<(firstHistory + historyCount) }
    }

    /// Reusable space for `scoreExpansions`, so that scoring a beam step allocates nothing.
    struct ExpansionScratch {
        fileprivate let previousWords = ScratchBuffer<UInt32>()
        /// Per history: where the bigrams of its previous word start.
        fileprivate let bigramRows = ScratchBuffer<Int>()
        fileprivate let bigrams = ScratchBuffer<NGramTable.Probe>()
        fileprivate let bigramScores = ScratchBuffer<Float>()
        /// Per history: where the trigrams of its last two words start.
        fileprivate let trigramRows = ScratchBuffer<Int>()
        fileprivate let trigrams = ScratchBuffer<NGramTable.Probe>()
        fileprivate let trigramScores = ScratchBuffer<Float>()
        fileprivate let fourgrams = ScratchBuffer<NGramTable.Probe>()

        init() {}
    }

    /// Scores of every word after every history (history-major: `scores[h * words.count + w]`).
    func scoreExpansions(of histories: UnsafeBufferPointer<History>, with words: UnsafeBufferPointer<UInt32>,
                         scratch: ExpansionScratch, into scores: UnsafeMutablePointer<Float>) {
        guard let historyBase = histories.baseAddress, let wordBase = words.baseAddress else { return }
        let group = ScoringGroup(firstHistory: 0, historyCount: histories.count, firstWord: 0, wordCount: words.count, scores: 0)
        withUnsafePointer(to: group) { group in
            scoreExpansions(UnsafeBufferPointer(start: group, count: 1), histories: historyBase, words: wordBase,
                            scratch: scratch, into: scores)
        }
    }

    /// The scores of several beam steps (of different sentences) at once, the same numbers
    /// `logScore` gives, looked up in an order that costs fewer cache misses and lets them overlap:
    /// - bigrams first, once per distinct previous word (the beam's histories share them);
    /// - a missing bigram settles the score: the writer keeps the last two words of every
    ///   longer n-gram as a bigram (see `ModelWriter`), so no longer n-gram ending in them
    ///   exists. Most candidates after most histories end here;
    /// - the trigram and 4-gram lookups left are started together; trigrams once per distinct
    ///   pair of last two words, which histories differing only in their third word share;
    /// - every phase runs over all groups before the next, so the memory reads of one
    ///   sentence's step wait alongside those of the others instead of one after another.
    func scoreExpansions(_ groups: UnsafeBufferPointer<ScoringGroup>, histories: UnsafePointer<History>,
                         words: UnsafePointer<UInt32>, scratch: ExpansionScratch, into scores: UnsafeMutablePointer<Float>) {
        var historyCount = 0, bigramCount = 0, expansionCount = 0
        for group in groups {
            historyCount = max(historyCount, group.histories.upperBound)
            bigramCount += group.historyCount * group.wordCount
            expansionCount = max(expansionCount, group.scores + group.historyCount * group.wordCount)
        }
        let previousWords = scratch.previousWords.reserve(historyCount)
        let bigramRows = scratch.bigramRows.reserve(historyCount)
        let trigramRows = scratch.trigramRows.reserve(historyCount)
        let bigrams = scratch.bigrams.reserve(bigramCount)
        let bigramScores = scratch.bigramScores.reserve(bigramCount)
        let trigrams = scratch.trigrams.reserve(bigramCount)
        let trigramScores = scratch.trigramScores.reserve(bigramCount)
        let fourgrams = scratch.fourgrams.reserve(expansionCount)
        let bigramTable = tables[0]
        // A model of lower order has no such table; then the keys below are nil and the
        // stand-in (its last table) is never read.
        let trigramTable = tables[min(1, tables.count - 1)]
        let fourgramTable = tables[min(2, tables.count - 1)]
        let usesTrigrams = layout.order >= 3 && trigramTable.capacity > 0
        let usesFourgrams = layout.order >= 4 && fourgramTable.capacity > 0
        var bigramEnd = 0
        for group in groups {
            // Distinct previous words of this group, each with its row of bigrams.
            let width = group.wordCount
            let first = group.histories.lowerBound
            var distinct = 0
            for index in group.histories {
                let previous = histories[index].previous
                var row = 0
                while row < distinct && previousWords[first + row] != previous { row += 1 }
                if row == distinct {
                    previousWords[first + row] = previous
                    for (column, word) in UnsafeBufferPointer(start: words + group.firstWord, count: group.wordCount).enumerated() {
                        bigrams[bigramEnd + row * width + column] = previous == Self.noWord ? .none
                            : NGramHashing.key(previous, word).map { bigramTable.locate($0, order: 2) } ?? .none
                    }
                    distinct += 1
                }
                bigramRows[index] = bigramEnd + row * width
            }
            bigramEnd += distinct * width
        }
        bigramTable.readFirstSlots(bigrams, count: bigramEnd)
        for index in 0..<bigramEnd where bigrams[index].isStarted {
            bigramScores[index] = bigramTable.finish(bigrams[index]) ?? .nan
        }
        // Trigram rows: one per distinct (beforePrevious, previous) of a group, whose row of
        // bigrams it shares; a trigram is looked up only where its bigram is not missing.
        var trigramEnd = 0
        for group in groups {
            let width = group.wordCount
            let first = group.histories.lowerBound
            for index in group.histories {
                let history = histories[index]
                var earlier = first
                while earlier < index && (histories[earlier].previous != history.previous
                                          || histories[earlier].beforePrevious != history.beforePrevious) { earlier += 1 }
                if earlier < index {
                    trigramRows[index] = trigramRows[earlier]
                    continue
                }
                trigramRows[index] = trigramEnd
                let bigramRow = bigramRows[index]
                for column in 0..<width {
                    let bigram = bigramRow + column
                    trigrams[trigramEnd + column] = bigrams[bigram].isStarted && bigramScores[bigram].isNaN ? .none
                        : trigramKey(words[group.firstWord + column], after: history, usesTrigrams)
                            .map { trigramTable.locate($0, order: 3) } ?? .none
                }
                trigramEnd += width
            }
        }
        // Loops written out, not a closure per expansion: the compiler called it, once per expansion.
        for group in groups {
            let width = group.wordCount
            for (row, index) in group.histories.enumerated() {
                let history = histories[index]
                let bigramRow = bigramRows[index]
                let rowStart = group.scores + row * width
                for column in 0..<width {
                    let bigram = bigramRow + column
                    fourgrams[rowStart + column] = bigrams[bigram].isStarted && bigramScores[bigram].isNaN ? .none
                        : fourgramKey(words[group.firstWord + column], after: history, usesFourgrams)
                            .map { fourgramTable.locate($0, order: 4) } ?? .none
                }
            }
        }
        fourgramTable.readFirstSlots(fourgrams, count: expansionCount)
        trigramTable.readFirstSlots(trigrams, count: trigramEnd)
        for index in 0..<trigramEnd where trigrams[index].isStarted {
            trigramScores[index] = trigramTable.finish(trigrams[index]) ?? .nan
        }
        let backoff = layout.backoffLog10
        for group in groups {
            let width = group.wordCount
            for (row, index) in group.histories.enumerated() {
                let history = histories[index]
                let bigramRow = bigramRows[index], trigramRow = trigramRows[index]
                let rowStart = group.scores + row * width
                for column in 0..<width {
                    let expansion = rowStart + column
                    let bigramStarted = bigrams[bigramRow + column].isStarted
                    let bigramScore = bigramScores[bigramRow + column]
                    var penalty: Float = 0
                    if bigramStarted && bigramScore.isNaN {
                        // The sum `logScore` makes, in the same order, after missing every order.
                        let word = words[group.firstWord + column]
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
                    if trigrams[trigramRow + column].isStarted {
                        let score = trigramScores[trigramRow + column]
                        if !score.isNaN { scores[expansion] = penalty + score; continue }
                        penalty += backoff
                    }
                    scores[expansion] = bigramStarted ? penalty + bigramScore
                        : penalty + unigramScore(words[group.firstWord + column])
                }
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
