/// Finds the best sequence of candidates for sentences: beam search over the language model
/// with hypotheses merged when they share the history the model can see. Several sentences
/// are decoded in step, so that the model lookups of all of them are made together.
struct BeamDecoder {
    struct Slot {
        var ids: [UInt32]
        var channel: [Float]
    }

    fileprivate struct Hypothesis {
        var history: LanguageModel.History
        var score: Float
        /// Index in its sentence's trail of the hypothesis it extends (-1: none).
        var parent: Int32
        var choice: Int32
    }

    /// Space reused from batch to batch, so that decoding allocates nothing once warm.
    struct Scratch {
        /// Per sentence, every kept hypothesis, position by position.
        fileprivate var trails: [[Hypothesis]] = []
        /// One sentence's expansions at one position, and the indices of those kept (see
        /// `keepBest`): buffers, not arrays, so that their inner loops make no calls to check
        /// uniqueness or to grow (they were a quarter of the decoder's own instructions).
        fileprivate let expansions = ScratchBuffer<Hypothesis>()
        fileprivate let ranked = ScratchBuffer<Int>()
        fileprivate let groups = ScratchBuffer<LanguageModel.ScoringGroup>()
        fileprivate let histories = ScratchBuffer<LanguageModel.History>()
        fileprivate let words = ScratchBuffer<UInt32>()
        fileprivate let scores = ScratchBuffer<Float>()
        fileprivate let lookups = LanguageModel.ExpansionScratch()

        init() {}
    }

    let model: LanguageModel
    var beamWidth = 8
    /// Hypotheses this far (log10) behind the best are dropped: they never come back.
    var scoreWindow: Float = 4

    /// Index of the chosen candidate in each slot of each sentence.
    func decode(_ sentences: [[Slot]], scratch: inout Scratch) -> [[Int]] {
        let noWord = LanguageModel.noWord
        let keepsThree = model.order >= 4
        let start = Hypothesis(history: .init(previous: LanguageModel.Reserved.sentenceStart, beforePrevious: noWord, third: noWord),
                               score: 0, parent: -1, choice: 0)
        while scratch.trails.count < sentences.count { scratch.trails.append([]) }
        for index in sentences.indices {
            scratch.trails[index].removeAll(keepingCapacity: true)
            scratch.trails[index].append(start)
        }
        var layers = [Range<Int>](repeating: 0..<1, count: sentences.count)
        let longest = sentences.map(\.count).max() ?? 0
        for position in 0..<longest {
            let active = sentences.indices.filter { position < sentences[$0].count }
            var historyCount = 0, wordCount = 0, scoreCount = 0
            for sentence in active {
                historyCount += layers[sentence].count
                wordCount += sentences[sentence][position].ids.count
                scoreCount += layers[sentence].count * sentences[sentence][position].ids.count
            }
            let groups = scratch.groups.reserve(active.count)
            let histories = scratch.histories.reserve(historyCount)
            let words = scratch.words.reserve(wordCount)
            let scores = scratch.scores.reserve(scoreCount)
            var historyEnd = 0, wordEnd = 0, scoreEnd = 0
            for (group, sentence) in active.enumerated() {
                let ids = sentences[sentence][position].ids
                for index in layers[sentence] {
                    histories[historyEnd + index - layers[sentence].lowerBound] = scratch.trails[sentence][index].history
                }
                for (column, id) in ids.enumerated() { words[wordEnd + column] = id }
                groups[group] = LanguageModel.ScoringGroup(firstHistory: historyEnd, historyCount: layers[sentence].count,
                                                           firstWord: wordEnd, wordCount: ids.count, scores: scoreEnd)
                historyEnd += layers[sentence].count
                wordEnd += ids.count
                scoreEnd += layers[sentence].count * ids.count
            }
            model.scoreExpansions(UnsafeBufferPointer(start: groups, count: active.count), histories: histories,
                                  words: words, scratch: scratch.lookups, into: scores)
            for (group, sentence) in active.enumerated() {
                let slot = sentences[sentence][position]
                let width = slot.ids.count
                let layer = layers[sentence]
                let rowScores = scores + groups[group].scores
                // Every parent in the layer times every candidate: the count is known before.
                let expansions = scratch.expansions.reserve(layer.count * width)
                var count = 0
                scratch.trails[sentence].withUnsafeBufferPointer { trail in
                    slot.ids.withUnsafeBufferPointer { ids in
                        slot.channel.withUnsafeBufferPointer { channel in
                            for (row, parent) in layer.enumerated() {
                                let hypothesis = trail[parent]
                                let history = hypothesis.history
                                for choice in 0..<width {
                                    let score = hypothesis.score + channel[choice] + rowScores[row * width + choice]
                                    let next = LanguageModel.History(previous: ids[choice], beforePrevious: history.previous,
                                                                     third: keepsThree ? history.beforePrevious : noWord)
                                    expansions[count] = Hypothesis(history: next, score: score, parent: Int32(parent),
                                                                   choice: Int32(choice))
                                    count += 1
                                }
                            }
                        }
                    }
                }
                let kept = scratch.trails[sentence].count
                keepBest(of: UnsafeBufferPointer(start: expansions, count: count), ranked: scratch.ranked,
                         into: &scratch.trails[sentence])
                layers[sentence] = kept..<scratch.trails[sentence].count
            }
        }
        return sentences.indices.map { backtrack(scratch.trails[$0], last: layers[$0], length: sentences[$0].count) }
    }

    /// The choices along the best path that ends in `last`, with the sentence end scored.
    private func backtrack(_ trail: [Hypothesis], last: Range<Int>, length: Int) -> [Int] {
        var best = last.lowerBound
        var bestScore = -Float.infinity
        for index in last {
            let hypothesis = trail[index]
            let history = hypothesis.history
            let score = hypothesis.score + model.logScore(LanguageModel.Reserved.sentenceEnd, after: history.previous,
                                                          history.beforePrevious, history.third)
            if score > bestScore { bestScore = score; best = index }
        }
        var choices = [Int](repeating: 0, count: length)
        var position = length - 1
        while position >= 0 {
            let hypothesis = trail[best]
            choices[position] = Int(hypothesis.choice)
            best = Int(hypothesis.parent)
            position -= 1
        }
        return choices
    }

    /// Appends to the trail the best `beamWidth` expansions, one per distinct history, best
    /// first (ties in expansion order). Kept in a short sorted list as the expansions come,
    /// not by sorting every expansion in the window: the sort was a tenth of the decoder's time.
    private func keepBest(of expansions: UnsafeBufferPointer<Hypothesis>, ranked buffer: ScratchBuffer<Int>,
                          into trail: inout [Hypothesis]) {
        if expansions.count == 1 {
            trail.append(expansions[0])
            return
        }
        let best = expansions.reduce(-Float.infinity) { max($0, $1.score) }
        // Indices of the kept expansions, best first, one per history (each index at most once).
        let ranked = buffer.reserve(expansions.count)
        var rankedCount = 0
        for index in expansions.indices where expansions[index].score >= best - scoreWindow {
            let expansion = expansions[index]
            let score = expansion.score
            // A full list takes nothing at most as good as its worst, whether of a new history
            // (it must beat the worst) or of a kept one (kept at least as good as the worst):
            // most expansions end here, before the search for their history.
            if rankedCount == beamWidth && rankedCount > 0 && score <= expansions[ranked[rankedCount - 1]].score { continue }
            var same = 0
            while same < rankedCount && expansions[ranked[same]].history != expansion.history { same += 1 }
            if same < rankedCount {
                // An earlier expansion of the same history as good or better stays.
                guard score > expansions[ranked[same]].score else { continue }
                for rank in same..<(rankedCount - 1) { ranked[rank] = ranked[rank + 1] }
                rankedCount -= 1
            } else if rankedCount == beamWidth {
                guard rankedCount > 0, score > expansions[ranked[rankedCount - 1]].score else { continue }
                rankedCount -= 1
            }
            // After every kept expansion at least as good: earlier ties stay first.
            var position = rankedCount
            while position > 0 && expansions[ranked[position - 1]].score < score { position -= 1 }
            var rank = rankedCount
            while rank > position { ranked[rank] = ranked[rank - 1]; rank -= 1 }
            ranked[position] = index
            rankedCount += 1
        }
        for rank in 0..<rankedCount { trail.append(expansions[ranked[rank]]) }
    }
}
