import BaocaoTestSupport
import Foundation
import Testing
import VietnameseText
@testable import Diacritics

/// The learned OCR channel on garbled tokens written for these tests, in the style of
/// Tesseract's English model reading Vietnamese.
struct ChannelCandidateTests {
    static let modelURL = Fixtures.dictionary("ocr-channel-eng.tsv")

    /// A small inventory: every accented form of some stripped syllables.
    static let inventory: [String] = [
        "tong", "ket", "nam", "thuc", "hien", "nghi", "quyet", "so", "cua", "dang", "doi", "moi",
        "la", "xa", "hoi", "tinh", "hinh", "dan", "van", "truong", "thuong", "uong", "cong", "tac",
        "voi", "ve", "tiep", "tuc", "ban", "chap", "hanh", "trung", "bao", "cao", "nguoi", "du", "an",
    ].flatMap { VietnameseSyllable.accentedForms(ofStripped: $0) }

    static func generator() throws -> OCRCandidateGenerator {
        let model = try OCRChannelModel(contentsOf: modelURL)
        return OCRCandidateGenerator(model: model, syllables: inventory)
    }

    @Test(arguments: [
        ("nim", "năm"), ("thye", "thực"), ("hién", "hiện"), ("quyét", "quyết"), ("s6", "số"),
        ("ctia", "của"), ("d6i", "đổi"), ("1a", "là"), ("x4", "xã"), ("wong", "ương"),
    ])
    func garbledTokenHasItsSyllableAmongTheCandidates(token: String, expected: String) throws {
        // The channel alone cannot tell "đổi" from "đối" in "d6i"; it must hand both to the
        // language model, and rank every reading with a different consonant frame below.
        let candidates = try Self.generator().candidates(for: token)
        let words = candidates.map(\.display)
        #expect(words.contains(expected), "\(token): \(words)")
        let frame = SkeletonKey.key(expected)
        if let best = candidates.first {
            #expect(SkeletonKey.neighbourhood(SkeletonKey.key(best.display)).contains(frame)
                || SkeletonKey.neighbourhood(frame).contains(SkeletonKey.key(best.display)), "\(token): \(words)")
        }
    }

    /// Misreadings the rendered pages never showed, read through their likeness to ones they
    /// did: "b" for the "6" of ô-family letters, and a letter broken into two of its misreadings.
    static let rareMisreadingLog10: Float = -3.5

    @Test(arguments: [("sb", "số"), ("dbi", "đối"), ("thyuc", "thực")])
    func unseenMisreadingCostsWhatARareSeenOneDoes(token: String, expected: String) throws {
        // The tone is the language model's to choose ("sb" may be "số" or "sổ"); the channel
        // must offer the reading at about what a rare misreading it saw costs (10^-3.5), well
        // below the 10^-5 a token costs kept unknown. With no likeness it cost over 10^-4.
        let candidates = try Self.generator().candidates(for: token)
        let reading = try #require(candidates.first { $0.display == expected }, "\(token): \(candidates.map(\.display))")
        let log10 = Float(reading.logProbability / M_LN10) * OCRChannelCandidates.defaultChannelWeight
        #expect(log10 > Self.rareMisreadingLog10 && Self.rareMisreadingLog10 > OCRChannelCandidates.defaultKeepUnknownLog10,
                "\(token): \(log10)")
    }

    @Test func printedPIsReadAsDWithStrokeInTheTokensCase() throws {
        let candidates = try Self.generator().candidates(for: "PANG")
        #expect(candidates.map(\.display).contains("ĐẢNG"))
        #expect(candidates.first?.display.hasPrefix("Đ") == true)
        #expect(candidates.allSatisfy { $0.display == $0.display.uppercased() })
        let capitalised = try Self.generator().candidates(for: "Pang")
        #expect(capitalised.map(\.display).contains("Đảng"))
        #expect(capitalised.allSatisfy { $0.display.first == "Đ" || $0.display.first == "D" })
    }

    @Test(arguments: [("nim", "NIM", "NĂM"), ("thye", "THYE", "THỰC"), ("hién", "HIÉN", "HIỆN"), ("ctia", "CTIA", "CỦA")])
    func capitalTokenReadsAtLeastAsWellAsItsLowerCase(lower: String, upper: String, expected: String) throws {
        // Capitals have few counts of their own: the reading is case-folded, the case put back.
        let generator = try Self.generator()
        let upperCandidates = generator.candidates(for: upper)
        #expect(upperCandidates.allSatisfy { $0.display == $0.display.uppercased() })
        let score = upperCandidates.first { $0.display == expected }?.logProbability
        let lowerScore = generator.candidates(for: lower).first { $0.display == expected.lowercased() }?.logProbability
        #expect(score != nil && lowerScore != nil && score ?? -.infinity >= lowerScore ?? 0, "\(upper): \(upperCandidates.map(\.display))")
    }

    @Test func cleanSyllableReadsBestAsItself() throws {
        let candidates = try Self.generator().candidates(for: "người")
        #expect(candidates.first?.display == "người")
    }

    @Test func weightsAreLogProbabilitiesBestFirst() throws {
        let candidates = try Self.generator().candidates(for: "tinh")
        #expect(!candidates.isEmpty)
        #expect(candidates.allSatisfy { $0.logProbability <= 0 })
        #expect(zip(candidates, candidates.dropFirst()).allSatisfy { $0.logProbability >= $1.logProbability })
    }

    /// What the low-resolution, binarised, bled, photocopied and faded renders (seeds 60-67,
    /// Dictionaries/README.md) taught: "từng" printed whole as "timg", and a capital "N" as
    /// "Ne". Before them "timg" read best as two glued syllables ("tỉ mợ"), and "Neghi" as
    /// "Nghị" cost less than 10^-5, below keeping an unknown word.
    @Test func hardRendersTaughtWholeTokensAndAnAddedLetter() throws {
        let model = try OCRChannelModel(contentsOf: Self.modelURL)
        let timg = OCRCandidateGenerator(model: model, syllables: GluedReadingCutTests.inventory).candidates(for: "timg")
        #expect(timg.first?.display == "từng", "\(timg.map(\.display))")
        let (generator, languageModel) = try NonWordKeepingCostTests.candidates()
        let neghi = generator.candidates(for: "Neghi", model: languageModel)
        let reading = try #require(neghi.first { $0.word == "nghị" }, "\(neghi.map(\.word))")
        #expect(reading.channelLog10 > OCRChannelCandidates.defaultKeepUnknownLog10)
    }

    /// The generator once also read a long token as two glued syllables ("tinhhinh" as "tình
    /// hình"); the decoder takes one syllable per token and dropped those readings, so they are
    /// no longer computed (issue 18). Every reading is one syllable.
    @Test func everyReadingIsOneSyllable() throws {
        for token in ["tinhhinh", "nhimg", "Cdngtac"] {
            let candidates = try Self.generator().candidates(for: token)
            #expect(candidates.allSatisfy { $0.syllables.count == 1 }, "\(token): \(candidates.map(\.display))")
        }
    }
}

/// A long token that once read better as two glued syllables than as one ("nhimg" as "nhì
/// mợ") hands the decoder its one-syllable reading, best first: glued readings are no longer
/// made (the decoder never used them), so none can crowd the syllable off the list.
struct GluedReadingCutTests {
    static let inventory: [String] = ["nhung", "tung", "dung", "nhi", "ti", "di", "mo", "ca"]
        .flatMap { VietnameseSyllable.accentedForms(ofStripped: $0) }

    // "timg" is no longer one of them: the hard renders showed it whole for "từng"
    // (ChannelCandidateTests.hardRendersTaughtWholeTokensAndAnAddedLetter).
    @Test(arguments: [("nhimg", "những"), ("tiimg", "từng"), ("dimg", "dừng")])
    func oneSyllableReadingIsOnTheList(token: String, expected: String) throws {
        let model = try OCRChannelModel(contentsOf: ChannelCandidateTests.modelURL)
        let candidates = OCRCandidateGenerator(model: model, syllables: Self.inventory).candidates(for: token)
        #expect(candidates.contains { $0.display == expected }, "\(token): \(candidates.map(\.display))")
        #expect(candidates.allSatisfy { $0.syllables.count == 1 })
        #expect(zip(candidates, candidates.dropFirst()).allSatisfy { $0.logProbability >= $1.logProbability })
    }
}

/// A marked vowel broken into letters no Vietnamese syllable has there: a "d" after the first
/// letter for the stacked marks of "ộ", "ớ", "ề", an "r" after a vowel for the horn of "ư".
/// Such a token lies two or more edits from its syllable's skeleton and got no readings.
struct VowelMarkKeyTests {
    @Test(arguments: [("nhidu", "nhiều"), ("curong", "cường"), ("chire", "chức"), ("hidu", "hiệu"), ("vurot", "vượt")])
    func brokenVowelTokenMeetsItsSyllable(token: String, expected: String) throws {
        let plain = SkeletonKey.neighbourhood(SkeletonKey.key(token))
        let truth = SkeletonKey.neighbourhood(SkeletonKey.key(expected))
        #expect(plain.isDisjoint(with: truth), "the premise: one edit does not reach \(expected)")
        let index = SkeletonIndex(syllables: [expected])
        #expect(!index.lookup(SkeletonKey.queryKeys(token)).isEmpty, "\(token)")
    }

    @Test(arguments: ["trong", "dân", "đường", "tra", "du", "trđ", "trd", "tr.đ"])
    func aTokenWithoutBrokenMarksGetsNoExtraKey(token: String) {
        // "d" and "r" where Vietnamese writes them (at the start, "tr"), and after a consonant
        // in an abbreviation ("trđ", triệu đồng).
        #expect(SkeletonKey.vowelMarkKey(SkeletonKey.key(token)) == nil)
    }

    @Test func theChannelReadsTheBrokenTokenAsItsSyllable() throws {
        let model = try OCRChannelModel(contentsOf: ChannelCandidateTests.modelURL)
        let inventory = ["cuong", "cu", "rong", "nhieu", "nhi", "du"].flatMap { VietnameseSyllable.accentedForms(ofStripped: $0) }
        let generator = OCRCandidateGenerator(model: model, syllables: inventory)
        #expect(generator.candidates(for: "curong").contains { $0.display == "cường" })
        #expect(generator.candidates(for: "nhidu").contains { $0.display == "nhiều" })
    }
}

/// A token that spells no Vietnamese syllable under any tone is a misreading in a garbled
/// line: keeping it costs more than keeping an unknown token that is a Vietnamese spelling.
struct NonWordKeepingCostTests {
    static func candidates() throws -> (OCRChannelCandidates, LanguageModel) {
        let model = try LanguageModel.load(from: Fixtures.dictionary("vi-syllables.lm"))
        let channel = try OCRChannelModel(contentsOf: ChannelCandidateTests.modelURL)
        return (OCRChannelCandidates(channel: channel, languageModel: model), model)
    }

    @Test func nonWordCostsMoreToKeepThanAVietnameseSpelling() throws {
        let (generator, _) = try Self.candidates()
        // Marks count: "hién" and "thuong" spell nothing until the marks are restored.
        for token in ["nyhién", "chtre", "phirong", "neghi", "hién", "thuong"] {
            #expect(generator.keepingCost(of: token) == OCRChannelCandidates.defaultKeepNonWordLog10, "\(token)")
        }
        for token in ["hiến", "ngoãn", "khuỷu", "thương"] {
            #expect(generator.keepingCost(of: token) == OCRChannelCandidates.defaultKeepUnknownLog10, "\(token)")
        }
        #expect(OCRChannelCandidates.defaultKeepNonWordLog10 < OCRChannelCandidates.defaultKeepUnknownLog10)
    }

    @Test func aReadingTheChannelFindsUnlikelyStillBeatsKeepingTheNonWord() throws {
        // "Ngehi": an "e" the engine added inside "Nghị". The reading costs more than keeping
        // an unknown word would (10^-5), less than keeping a non-word. ("Neghi" was the example
        // until the hard renders showed "N" printed as "Ne".)
        let (generator, model) = try Self.candidates()
        let candidates = generator.candidates(for: "Ngehi", model: model)
        let kept = try #require(candidates.first { $0.word == "ngehi" })
        let reading = try #require(candidates.first { $0.word == "nghị" }, "\(candidates.map(\.word))")
        #expect(reading.channelLog10 < OCRChannelCandidates.defaultKeepUnknownLog10)
        #expect(reading.channelLog10 > kept.channelLog10)
    }
}
