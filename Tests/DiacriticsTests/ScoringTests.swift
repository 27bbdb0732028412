import BaocaoTestSupport
import Testing
import VietnameseText
@testable import Diacritics

@Suite("Scoring a beam step")
struct ScoringTests {
    /// `scoreExpansions` of a beam by every word, row by row, as the decoder calls it.
    static func expansionScores(
        _ model: LanguageModel, _ beam: [LanguageModel.History], _ words: [UInt32], _ scratch: LanguageModel.ExpansionScratch
    ) -> [Float] {
        var scores = [Float](repeating: 0, count: beam.count * words.count)
        beam.withUnsafeBufferPointer { beam in
            words.withUnsafeBufferPointer { words in
                scores.withUnsafeMutableBufferPointer { scores in
                    guard let base = scores.baseAddress else { return }
                    model.scoreExpansions(of: beam, with: words, scratch: scratch, into: base)
                }
            }
        }
        return scores
    }

    /// Every history the tiny model's sentences give, plus the padded ones of a sentence start.
    private func histories(_ model: LanguageModel) -> [LanguageModel.History] {
        let noWord = LanguageModel.noWord
        var result = [LanguageModel.History(previous: LanguageModel.Reserved.sentenceStart, beforePrevious: noWord, third: noWord)]
        for sentence in TinyModel.sentences {
            let ids = [LanguageModel.Reserved.sentenceStart] + sentence.split(whereSeparator: { !$0.isLetter })
                .map { model.wordID(WordForm.normalized(String($0))) ?? LanguageModel.Reserved.unknown }
            for end in 1..<ids.count {
                result.append(.init(previous: ids[end], beforePrevious: ids[end - 1], third: end >= 2 ? ids[end - 2] : noWord))
            }
        }
        return result
    }

    @Test func batchScoresEqualOneByOneScores() throws {
        let model = try #require(TinyModel.shared)
        let histories = histories(model)
        // The words of the sentences (seen continuations) and some never seen after them.
        let words = (0..<UInt32(model.vocabularySize)).filter { $0 % 3 == 0 || model.word($0) == "dân" }
        let scratch = LanguageModel.ExpansionScratch()
        var scores: [Float] = []
        // Beams of five histories in a row, through the same scratch space.
        for start in stride(from: 0, to: histories.count, by: 5) {
            let beam = Array(histories[start..<min(start + 5, histories.count)])
            scores += Self.expansionScores(model, beam, words, scratch)
        }
        var found = 0
        for (row, history) in histories.enumerated() {
            for (column, word) in words.enumerated() {
                let single = model.logScore(word, after: history.previous, history.beforePrevious, history.third)
                #expect(scores[row * words.count + column] == single)
                if single > model.unigramScore(word) { found += 1 }
            }
        }
        #expect(found > 50, "some histories must find their n-grams")
    }

    /// A merged beam holds histories that differ only in their third word; their trigrams are
    /// looked up once and must still score each history as `logScore` does.
    @Test func historiesSharingTheirLastTwoWordsScoreAsOneByOne() throws {
        let model = try #require(TinyModel.shared)
        let noWord = LanguageModel.noWord
        let all = histories(model)
        let thirds = Array(Set(all.map(\.previous))).sorted()
        let words = (0..<UInt32(model.vocabularySize)).filter { $0 % 2 == 1 || model.word($0) == "dân" }
        let scratch = LanguageModel.ExpansionScratch()
        var compared = 0, found = 0
        for history in all where history.beforePrevious != noWord {
            // First the same previous word after another word (its trigrams are not this
            // history's), then the history, the same last two words after other third words
            // (one of them none), and a history with other last two words between them.
            let otherBefore = history.beforePrevious == thirds[0] ? thirds[1] : thirds[0]
            var beam = [LanguageModel.History(previous: history.previous, beforePrevious: otherBefore, third: history.third),
                        history]
            for third in [noWord] + thirds.prefix(3) where third != history.third {
                beam.append(.init(previous: history.previous, beforePrevious: history.beforePrevious, third: third))
            }
            beam.insert(all[0], at: 3)
            let scores = Self.expansionScores(model, beam, words, scratch)
            for (row, member) in beam.enumerated() {
                for (column, word) in words.enumerated() {
                    let single = model.logScore(word, after: member.previous, member.beforePrevious, member.third)
                    #expect(scores[row * words.count + column] == single)
                    compared += 1
                    if member.third != history.third && single > model.unigramScore(word) { found += 1 }
                }
            }
        }
        #expect(compared > 1000)
        #expect(found > 20, "histories sharing their last two words must find trigrams")
    }

    @Test func sentencesDecodedTogetherChooseAsAlone() throws {
        let model = try #require(TinyModel.shared)
        // Each sentence stripped of its marks: every word a slot of its accented forms.
        let sentences: [[BeamDecoder.Slot]] = TinyModel.sentences.map { sentence in
            sentence.split(whereSeparator: { !$0.isLetter }).map { word in
                let ids = Array(model.candidates(forStrippedKey: VietnameseMarks.strippedKey(word.lowercased())))
                let slotIDs = ids.isEmpty ? [LanguageModel.Reserved.unknown] : ids
                return BeamDecoder.Slot(ids: slotIDs, channel: slotIDs.map { _ in 0 })
            }
        }
        #expect(sentences.contains { $0.contains { $0.ids.count > 1 } })
        var scratch = BeamDecoder.Scratch()
        let decoder = BeamDecoder(model: model)
        let together = decoder.decode(sentences, scratch: &scratch)
        let alone = sentences.map { decoder.decode([$0], scratch: &scratch)[0] }
        #expect(together == alone)
        #expect(together.map(\.count) == sentences.map(\.count))
    }
}
