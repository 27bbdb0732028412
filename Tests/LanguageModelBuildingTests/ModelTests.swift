import BaocaoTestSupport
import Foundation
import Testing
@testable import Diacritics

@Suite("Language model build and lookup")
struct ModelTests {
    @Test func roundTripKeepsWordsAndScores() throws {
        let model = try #require(TinyModel.shared)
        let ban = try #require(model.wordID("ban"))
        let nhan = try #require(model.wordID("nhân"))
        let dan = try #require(model.wordID("dân"))
        #expect(model.word(dan) == "dân")
        #expect(model.wordID("ủy") != nil)
        #expect(model.wordID("uỷ") == nil, "words are stored with old-style tone placement")
        #expect(model.wordID("nonexistent") == nil)
        // "ban nhân dân" was seen, "ban dân nhân" was not.
        let seen = model.logScore(dan, after: nhan, ban)
        let unseen = model.logScore(nhan, after: dan, ban)
        #expect(seen > unseen)
        #expect(seen <= 0)
    }

    @Test func candidatesGroupAccentedFormsOfTheStrippedKey() throws {
        let model = try #require(TinyModel.shared)
        let words = model.candidates(forStrippedKey: "tinh").map(model.word)
        #expect(Set(words) == ["tỉnh", "tình"])
        #expect(words.first == "tỉnh", "most frequent first")
        #expect(model.candidates(forStrippedKey: "hdnd").map(model.word) == ["hđnd"])
        #expect(model.candidates(forStrippedKey: "zzz").isEmpty)
    }

    @Test func trigramModelLoadsToo() throws {
        let model = try TinyModel.build(order: 3)
        #expect(model.order == 3)
        #expect(model.wordID("khiếu") != nil)
    }

    @Test func longerNGramsKeepTheirLastBigram() throws {
        // A bigram budget far too small: the bigrams the kept trigrams and 4-grams end with stay.
        let model = try TinyModel.build(order: 4, budgets: [5, 1_000, 1_000])
        var trigrams = 0
        for sentence in TinyModel.sentences {
            let ids = sentence.split(whereSeparator: { !$0.isLetter }).compactMap { model.wordID(WordForm.normalized(String($0))) }
            for end in 2..<ids.count {
                guard let key = NGramHashing.key(ids[end - 2], ids[end - 1], ids[end]),
                      holds(model, key, order: 3) else { continue }
                trigrams += 1
                let bigram = try #require(NGramHashing.key(ids[end - 1], ids[end]))
                #expect(holds(model, bigram, order: 2))
            }
        }
        #expect(trigrams > 20)
    }

    /// Whether the model's table of n-grams of `order` holds `key`, looked up as the decoder does.
    private func holds(_ model: LanguageModel, _ key: UInt64, order: Int) -> Bool {
        let table = model.tables[order - 2]
        return table.finish(table.start(key, order: order)) != nil
    }
}
