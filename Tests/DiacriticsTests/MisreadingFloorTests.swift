import BaocaoTestSupport
import Foundation
import Testing
@testable import Diacritics

/// How `post` reads a token that is no Vietnamese syllable, on tokens written for these tests:
/// the Vietnamese-model channel (learned from rendered pages) has seen "t" printed as itself
/// only, so without the floor "lheo" is nearly impossible as "theo"; with it, one misreading
/// costs at most the floor and the language model can choose.
struct MisreadingFloorTests {
    static let inventory = ["theo", "heo", "viec", "trong", "than"]
    static let floor = OCRChannelCandidates.postMisreadingFloor

    static func logProbability(of reading: String, for token: String, floor: Double?) throws -> Double {
        try ChannelReadingProbe.logProbability(of: reading, for: token, among: inventory) {
            $0.poolsTones = true
            $0.misreadingFloor = floor
        }
    }

    /// One letter misread ("t" as "l", "v" as "x"): never dearer than the floor, and far
    /// cheaper than the counts alone price it.
    @Test(arguments: [("lheo", "theo"), ("xiệc", "việc"), ("LHEO", "THEO")])
    func oneMisreadingCostsAtMostTheFloor(token: String, reading: String) throws {
        let floored = try Self.logProbability(of: reading, for: token, floor: Self.floor)
        let counted = try Self.logProbability(of: reading, for: token, floor: nil)
        #expect(floored >= log(Self.floor) - 0.5, "\(token): \(floored)")
        #expect(floored - counted >= 2, "\(token): \(counted) without the floor, \(floored) with it")
    }

    /// A letter printed as itself keeps its cost: the floor is only for misreadings.
    @Test func aLetterPrintedAsItselfIsUnchanged() throws {
        let floored = try Self.logProbability(of: "theo", for: "theo", floor: Self.floor)
        let counted = try Self.logProbability(of: "theo", for: "theo", floor: nil)
        #expect(floored == counted)
    }

    /// Which tokens are read that way: spellings Vietnamese does not allow, not real syllables
    /// (which may well be right) nor consonant abbreviations ("trđ" for triệu đồng).
    @Test(arguments: ["lheo", "viec", "nghầip", "thôong", "xàv", "bểnr"])
    func nonWords(_ token: String) {
        #expect(OCRChannelCandidates.isNonWord(token, normalized: WordForm.normalized(token)))
    }

    @Test(arguments: ["theo", "bào", "chứa", "trđ", "tnhh", "Thân"])
    func notNonWords(_ token: String) {
        #expect(!OCRChannelCandidates.isNonWord(token, normalized: WordForm.normalized(token)))
    }
}

/// Which pages of good OCR count as worn (see `WornPages`), on pages written for these tests.
struct WornPagesTests {
    /// Clean sentences: every word a syllable.
    static let clean = """
        Hội đồng nhân dân xã Phú Lâm họp thường kỳ để bàn kế hoạch phát triển kinh tế năm tới.
        Người dân đồng tình với chủ trương làm đường liên thôn và góp công xây nhà văn hóa.
        """
    /// The same sentences as a faded scan prints them: a word in four or five breaks spelling.
    static let worn = """
        Hội đồng nhân dân xã Phú Lâm hqp thường kỳ đế bàn kê hoạch phát lriển kinh lế năm lới.
        Người dân đồng tình vởi chủ trương lảm đường liên lhôn và gớp công xây nhà vằn hóa.
        """

    static func page(_ text: String) -> String {
        Array(repeating: text, count: 6).joined(separator: "\n") + "\n"
    }

    @Test func aWornPageAmongCleanOnesIsTheOnlyOneMarked() throws {
        let model = try #require(TinyModel.shared)
        let text = Self.page(Self.clean) + "\u{0C}" + Self.page(Self.worn) + "\u{0C}" + Self.page(Self.clean)
        let scalars = Array(text.unicodeScalars)
        let treatments = try #require(WornPages.treatments(of: scalars, model: model))
        let firstBreak = try #require(scalars.firstIndex(of: "\u{0C}"))
        let secondBreak = try #require(scalars[(firstBreak + 1)...].firstIndex(of: "\u{0C}"))
        #expect(treatments[..<(firstBreak + 1)].allSatisfy { $0 == .post })
        #expect(treatments[(firstBreak + 1)...secondBreak].allSatisfy { $0 == .postWorn })
        #expect(treatments[(secondBreak + 1)...].allSatisfy { $0 == .post })
    }

    @Test func cleanPagesAreNotWorn() throws {
        let model = try #require(TinyModel.shared)
        let text = Self.page(Self.clean) + "\u{0C}" + Self.page(Self.clean)
        #expect(WornPages.treatments(of: Array(text.unicodeScalars), model: model) == nil)
    }

    /// Two worn lines are too few words to call a page worn.
    @Test func aShortPageIsNotWorn() throws {
        let model = try #require(TinyModel.shared)
        #expect(WornPages.treatments(of: Array(Self.worn.unicodeScalars), model: model) == nil)
    }
}
