/// Finds the best sequence of candidates for one sentence: beam search over the language
/// model with hypotheses merged when they share the history the model can see.
struct BeamDecoder {
    struct Slot {
        var ids: [UInt32]
        var channel: [Float]
    }

    fileprivate struct Hypothesis {
        var history: LanguageModel.History
        var score: Float
        /// Index of the hypothesis it extends in `Scratch.trail` (-1: none).
        var parent: Int32
        var choice: Int32
    }

    /// Space reused from sentence to sentence, so that decoding allocates nothing once warm.
    struct Scratch {
        /// Every kept hypothesis, position by position.
        fileprivate var trail: [Hypothesis] = []
        fileprivate var expansions: [Hypothesis] = []
        fileprivate var ranked: [Int32] = []
        fileprivate let histories = ScratchBuffer<LanguageModel.History>()
        fileprivate let scores = ScratchBuffer<Float>()
        fileprivate let lookups = LanguageModel.ExpansionScratch()

        init() {}
    }

    let model: LanguageModel
    var beamWidth = 8
    /// Hypotheses this far (log10) behind the best are dropped: they never come back.
    var scoreWindow: Float = 4

    /// Index of the chosen candidate in each slot.
    func decode(_ slots: [Slot], scratch: inout Scratch) -> [Int] {
        let noWord = LanguageModel.noWord
        let keepsThree = model.order >= 4
        scratch.trail.removeAll(keepingCapacity: true)
        scratch.trail.append(Hypothesis(history: .init(previous: LanguageModel.Reserved.sentenceStart, beforePrevious: noWord, third: noWord),
                                        score: 0, parent: -1, choice: 0))
        var layer = 0..<1
        for slot in slots {
            let histories = scratch.histories.reserve(layer.count)
            for (row, index) in layer.enumerated() { histories[row] = scratch.trail[index].history }
            let width = slot.ids.count
            let scores = scratch.scores.reserve(layer.count * width)
            slot.ids.withUnsafeBufferPointer { ids in
                model.scoreExpansions(of: UnsafeBufferPointer(start: histories, count: layer.count), with: ids,
                                      scratch: scratch.lookups, into: scores)
            }
            scratch.expansions.removeAll(keepingCapacity: true)
            for (row, parent) in layer.enumerated() {
                let hypothesis = scratch.trail[parent]
                let history = hypothesis.history
                for (choice, id) in slot.ids.enumerated() {
                    let score = hypothesis.score + slot.channel[choice] + scores[row * width + choice]
                    let next = LanguageModel.History(previous: id, beforePrevious: history.previous,
                                                     third: keepsThree ? history.beforePrevious : noWord)
                    scratch.expansions.append(Hypothesis(history: next, score: score, parent: Int32(parent), choice: Int32(choice)))
                }
            }
            let start = scratch.trail.count
            keepBest(&scratch)
            layer = start..<scratch.trail.count
        }
        var best = layer.lowerBound
        var bestScore = -Float.infinity
        for index in layer {
            let hypothesis = scratch.trail[index]
            let history = hypothesis.history
            let score = hypothesis.score + model.logScore(LanguageModel.Reserved.sentenceEnd, after: history.previous,
                                                          history.beforePrevious, history.third)
            if score > bestScore { bestScore = score; best = index }
        }
        var choices = [Int](repeating: 0, count: slots.count)
        var position = slots.count - 1
        while position >= 0 {
            let hypothesis = scratch.trail[best]
            choices[position] = Int(hypothesis.choice)
            best = Int(hypothesis.parent)
            position -= 1
        }
        return choices
    }

    /// Appends to the trail the best `beamWidth` expansions, one per distinct history, best
    /// first (ties in expansion order).
    private func keepBest(_ scratch: inout Scratch) {
        if scratch.expansions.count == 1 {
            scratch.trail.append(scratch.expansions[0])
            return
        }
        let best = scratch.expansions.reduce(-Float.infinity) { max($0, $1.score) }
        scratch.ranked.removeAll(keepingCapacity: true)
        for (index, expansion) in scratch.expansions.enumerated() where expansion.score >= best - scoreWindow {
            scratch.ranked.append(Int32(index))
        }
        scratch.ranked.sort { [expansions = scratch.expansions] first, second in
            let firstScore = expansions[Int(first)].score, secondScore = expansions[Int(second)].score
            return firstScore > secondScore || (firstScore == secondScore && first < second)
        }
        let start = scratch.trail.count
        for index in scratch.ranked {
            let candidate = scratch.expansions[Int(index)]
            if scratch.trail[start...].contains(where: { $0.history == candidate.history }) { continue }
            scratch.trail.append(candidate)
            if scratch.trail.count - start == beamWidth { break }
        }
    }
}
