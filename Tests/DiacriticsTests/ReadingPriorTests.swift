import Testing
@testable import Diacritics

/// Issue 18, right words made wrong: the readings handed to the decoder are the likeliest by
/// channel and the word's frequency together (`OCRChannelCandidates.likeliest`). Cut by the
/// channel alone, a short token's list filled with rare syllables it is printed for as often
/// ("di" for "dị", "dĩ", "đị") and the frequent word ("đổi", "đời") never reached the decoder.
struct ReadingPriorTests {
    @Test(arguments: [("di", "đổi"), ("di", "đời"), ("cac", "cách")])
    func aFrequentReadingReachesTheDecoder(token: String, word: String) throws {
        let (generator, model) = try NonWordKeepingCostTests.candidates()
        let words = generator.candidates(for: token, model: model).map(\.word)
        #expect(words.contains(word), "\(token): \(words)")
        #expect(words.count <= OCRChannelCandidates.readingsKept + 1)
    }

    /// The cut keeps the channel's order and, between words the channel finds as likely, the
    /// more frequent one.
    @Test func theCutWeighsFrequencyAndKeepsTheChannelsOrder() throws {
        let (_, model) = try NonWordKeepingCostTests.candidates()
        let readings = [Candidate(word: "dị", channelLog10: -0.1), Candidate(word: "đổi", channelLog10: -0.5),
                        Candidate(word: "dĩ", channelLog10: -0.2), Candidate(word: "của", channelLog10: -0.3)]
        let kept = OCRChannelCandidates.likeliest(readings, keeping: 2, model: model).map(\.word)
        #expect(kept == ["đổi", "của"])
        #expect(OCRChannelCandidates.likeliest(readings, keeping: 4, model: model).map(\.word) == readings.map(\.word))
    }
}

/// Issue 18, "Kon" → "On": a capitalised token the model knows that spells no Vietnamese
/// syllable (a name part, a foreign name) is a reading of itself; the channel offers only
/// syllables, so such a name was always rewritten. Names written for these tests.
struct NameTokenTests {
    @Test(arguments: ["Kon", "Jrai", "Sapa"])
    func aKnownNameIsOneOfItsReadings(token: String) throws {
        let (generator, model) = try NonWordKeepingCostTests.candidates()
        let words = generator.candidates(for: token, model: model).map(\.word)
        #expect(words.contains(token.lowercased()), "\(token): \(words)")
    }

    @Test(arguments: [("Kon", true), ("Jrai", true), ("kon", false), ("KON", false), ("Tinh", false), ("Thg", false)])
    func onlyCapitalisedNonSyllablesLookLikeNames(token: String, looks: Bool) {
        #expect(OCRChannelCandidates.looksLikeName(token, normalized: token.lowercased()) == looks)
    }
}
