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

    @Test func everyLookupStartsAtACacheLine() throws {
        let model = try #require(TinyModel.shared)
        for table in model.tables {
            #expect(table.capacity > 0 && table.capacity % NGramHashing.lineSlots == 0)
            #expect(UInt(bitPattern: table.slots) % 64 == 0, "a line of slots is one cache line")
        }
        var found = 0
        for sentence in TinyModel.sentences {
            let ids = sentence.split(whereSeparator: { !$0.isLetter }).compactMap { model.wordID(WordForm.normalized(String($0))) }
            for end in 1..<ids.count {
                for length in 2...min(4, end + 1) {
                    guard let key = NGramHashing.key(ids[(end + 1 - length)...end]) else { continue }
                    let table = model.tables[length - 2]
                    #expect(table.locate(key, order: length).index % NGramHashing.lineSlots == 0)
                    if holds(model, key, order: length) { found += 1 }
                }
            }
        }
        #expect(found > 100, "the sentences' n-grams are found from their line starts")
    }

    @Test func versionOneModelIsRefused() throws {
        let layout = ModelLayout(order: 2, vocabularySize: 0, wordBytes: 0, groupCount: 0, candidateCount: 0,
                                 capacities: [NGramHashing.lineSlots], quantisationSteps: [0.1],
                                 backoffLog10: -0.4, unknownLog10: -7)
        var file = layout.encodeHeader()
        file += [UInt8](repeating: 0, count: layout.offsets.end - file.count)
        let current = try Fixtures.temporaryFile("current.lm", Data(file))
        #expect(try LanguageModel.load(from: URL(fileURLWithPath: current)).order == 2)
        // Version 1 probed from any slot: its tables read as version 2 would miss n-grams.
        withUnsafeBytes(of: UInt64(0x3130_304D_4C43_4342).littleEndian) { file.replaceSubrange(0..<8, with: $0) }
        let old = try Fixtures.temporaryFile("version-1.lm", Data(file))
        #expect(throws: ModelError.self) { try LanguageModel.load(from: URL(fileURLWithPath: old)) }
    }

    /// Whether the model's table of n-grams of `order` holds `key`, looked up as the decoder does.
    private func holds(_ model: LanguageModel, _ key: UInt64, order: Int) -> Bool {
        let table = model.tables[order - 2]
        return table.finish(table.start(key, order: order)) != nil
    }
}
