/// Finds the best sequence of candidates for one sentence: beam search over the language
/// model with hypotheses merged when they share the history the model can see.
struct BeamDecoder {
    struct Slot {
        var ids: [UInt32]
        var channel: [Float]
    }

    private struct Hypothesis {
        var history: (UInt32, UInt32, UInt32)
        var score: Float
        var parent: Int32
        var choice: Int32
    }

    let model: LanguageModel
    var beamWidth = 8
    /// Hypotheses this far (log10) behind the best are dropped: they never come back.
    var scoreWindow: Float = 4

    /// Index of the chosen candidate in each slot.
    func decode(_ slots: [Slot]) -> [Int] {
        let noWord = LanguageModel.noWord
        let keepsThree = model.order >= 4
        var layers: [[Hypothesis]] = []
        layers.reserveCapacity(slots.count)
        var beam = [Hypothesis(history: (LanguageModel.Reserved.sentenceStart, noWord, noWord), score: 0, parent: -1, choice: 0)]
        var expansions: [Hypothesis] = []
        var scratch = LanguageModel.ProbeScratch()
        var scores: [Float] = []
        for slot in slots {
            expansions.removeAll(keepingCapacity: true)
            for (parent, hypothesis) in beam.enumerated() {
                let (previous, beforePrevious, third) = hypothesis.history
                model.logScores(slot.ids, after: previous, beforePrevious, third, scratch: &scratch, into: &scores)
                for (choice, id) in slot.ids.enumerated() {
                    let score = hypothesis.score + slot.channel[choice] + scores[choice]
                    let history = (id, previous, keepsThree ? beforePrevious : noWord)
                    expansions.append(Hypothesis(history: history, score: score, parent: Int32(parent), choice: Int32(choice)))
                }
            }
            beam = prune(expansions)
            layers.append(beam)
        }
        var best = 0
        var bestScore = -Float.infinity
        for (index, hypothesis) in beam.enumerated() {
            let (previous, beforePrevious, third) = hypothesis.history
            let score = hypothesis.score + model.logScore(LanguageModel.Reserved.sentenceEnd, after: previous, beforePrevious, third)
            if score > bestScore { bestScore = score; best = index }
        }
        var choices = [Int](repeating: 0, count: slots.count)
        var position = slots.count - 1
        while position >= 0 {
            let hypothesis = layers[position][best]
            choices[position] = Int(hypothesis.choice)
            best = Int(hypothesis.parent)
            position -= 1
        }
        return choices
    }

    /// Best `beamWidth` hypotheses, one per distinct history.
    private func prune(_ expansions: [Hypothesis]) -> [Hypothesis] {
        if expansions.count == 1 { return expansions }
        let best = expansions.reduce(-Float.infinity) { max($0, $1.score) }
        let ranked = expansions.filter { $0.score >= best - scoreWindow }.sorted { $0.score > $1.score }
        var kept: [Hypothesis] = []
        kept.reserveCapacity(beamWidth)
        for candidate in ranked {
            if kept.contains(where: { $0.history == candidate.history }) { continue }
            kept.append(candidate)
            if kept.count == beamWidth { break }
        }
        return kept
    }
}
