import BaocaoTestSupport
import Foundation
import Testing
@testable import Diacritics

/// The Vietnamese-model channel as `post` reads it (tones not pooled), on tokens written for
/// these tests: a vowel shape the counts never saw confused costs at most the floor, a tone
/// they never saw confused keeps the unseen-pair cost.
struct UnseenMarkFloorTests {
    static let inventory = ["dang", "hop", "sach", "phan"]
    static let floor = 3e-3

    static func logProbability(of reading: String, for token: String, floor: Double?) throws -> Double {
        try ChannelReadingProbe.logProbability(of: reading, for: token, among: inventory) {
            $0.poolsTones = false
            $0.unseenMarkFloor = floor
        }
    }

    /// "ả" printed "ẳ" (a breve gained) is in no count of the rendered pages; real scans make
    /// it. (A syllable whose whole-token counts say how it is printed, as "hợp", is read from
    /// them instead: there the floor only adds to the letter-by-letter share.)
    @Test(arguments: [("đẳng", "đảng"), ("ĐẲNG", "ĐẢNG"), ("phẩn", "phản")])
    func anUnseenVowelShapeCostsTheFloor(token: String, reading: String) throws {
        let floored = try Self.logProbability(of: reading, for: token, floor: Self.floor)
        let unseen = try Self.logProbability(of: reading, for: token, floor: nil)
        // Never dearer than the floor (the other letters printed as themselves cost little),
        // and far cheaper than the unseen pair was: the whole-token counts, which never saw
        // the syllable printed so, still pull it down a little.
        #expect(floored <= log(Self.floor) + 0.01 && floored > log(Self.floor) - 2, "\(token): \(floored)")
        #expect(floored - unseen >= 1, "\(token): \(unseen) without the floor, \(floored) with it")
    }

    /// "á" printed "ạ" is a tone confusion the counts never saw: the floor leaves it alone.
    @Test func anUnseenToneConfusionKeepsItsCost() throws {
        let floored = try Self.logProbability(of: "sạch", for: "sách", floor: Self.floor)
        let unseen = try Self.logProbability(of: "sạch", for: "sách", floor: nil)
        #expect(floored == unseen)
        #expect(floored < log(Self.floor) - 3)
    }
}

/// A vowel under a tone and a shape mark at once, misread in its shape (`StackedMarks`): the
/// whole-token counts of the renders never saw "đẳng" printed for "đảng", and no longer veto it.
struct StackedMarksTests {
    static let inventory = ["dang", "tham"]

    static func logProbability(of reading: String, for token: String) throws -> Double {
        try ChannelReadingProbe.logProbability(of: reading, for: token, among: inventory) {
            $0.poolsTones = false
            $0.unseenMarkFloor = UnseenMarkFloorTests.floor
        }
    }

    @Test func aToneBearingVowelsLostShapeCostsTheFloorOnly() throws {
        // "đảng" is counted often in the renders, always printed right; its letters still say
        // what the floor says.
        let stacked = try Self.logProbability(of: "đảng", for: "đẳng")
        #expect(stacked > log(UnseenMarkFloorTests.floor) - 0.5, "\(stacked)")
    }

    @Test func anUntonedVowelKeepsTheCountsWord() throws {
        #expect(StackedMarks.differOnlyThere("đẳng", "đảng"))
        #expect(StackedMarks.differOnlyThere("hớp", "hốp"))
        #expect(!StackedMarks.differOnlyThere("thăm", "tham"))
        #expect(!StackedMarks.differOnlyThere("để", "đề"), "a tone swap is no shape misreading")
        #expect(!StackedMarks.differOnlyThere("đổi", "dổi"), "d and đ are no vowel")
    }

    /// `post` on a line written for this test: a confident model reads the misprinted vowel.
    @Test func postReadsTheLostShapeInALine() throws {
        let model = try LanguageModel.load(from: Fixtures.dictionary("vi-syllables.lm"))
        let restorer = Restorer.withOCRChannels(model: model, dictionaries: Fixtures.dictionary(""))
        let output = restorer.restore("Có 215/340 chi, đẳng bộ cơ sở tổ chức đại hội xong trước ngày 20/5.\n", mode: .post)
        #expect(output == "Có 215/340 chi, đảng bộ cơ sở tổ chức đại hội xong trước ngày 20/5.\n", "\(output)")
    }
}
