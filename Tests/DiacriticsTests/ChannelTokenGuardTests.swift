import BaocaoTestSupport
import Testing
@testable import Diacritics

/// What the OCR corrector must leave alone, and the code repairs it may make.
struct ChannelTokenGuardTests {
    @Test(arguments: ["2019", "03/6/2013", "3.895", "UBND", "MTTQ", "KNTC", "PAKN", "II", "XIV", "1.1.2", "7ha/5ha", "120m2"])
    func keepsNumbersCodesAndAbbreviations(token: String) {
        #expect(OCRTokenGuard.verdict(for: token) == .keep(token))
    }

    @Test(arguments: [
        ("25-NO/TW", "25-NQ/TW"), ("279-QB/TU", "279-QĐ/TU"), ("09/ND-CP", "09/NĐ-CP"),
        ("114-KL/TW", "114-KL/TW"), ("HDND", "HĐND"),
    ])
    func repairsCodesOnlyWhereTheShapeIsCertain(token: String, expected: String) {
        #expect(OCRTokenGuard.verdict(for: token) == .keep(expected))
    }

    /// A worn scan prints a mark on a letter of an abbreviation or one letter too many.
    @Test(arguments: [("ƯBND", "UBND"), ("UBÑND", "UBND"), ("HĐNDI", "HĐND"), ("BHXHH", "BHXH"), ("ÙBKT", "UBKT")])
    func readsAMisprintedAbbreviation(token: String, expected: String) {
        #expect(OCRTokenGuard.verdict(for: token) == .keep(expected))
    }

    /// `post` on a worn page's line: the abbreviation comes back, the words around it stay.
    @Test func postReadsAMisprintedAbbreviationInALine() throws {
        let model = try LanguageModel.load(from: Fixtures.dictionary("vi-syllables.lm"))
        let restorer = Restorer.withOCRChannels(model: model, dictionaries: Fixtures.dictionary(""))
        let output = restorer.restore("Phó Chủ tịch ƯBND huyện Đồi Mây và Chủ tịch UBÑND xã Khe Sương đã ký.\n", mode: .post)
        #expect(output == "Phó Chủ tịch UBND huyện Đồi Mây và Chủ tịch UBND xã Khe Sương đã ký.\n", "\(output)")
    }

    /// A letter changed, a short abbreviation, a syllable in capitals, lower case: no repair.
    @Test(arguments: ["UBNT", "BTC", "HTXX", "BÁCH", "ubñnd", "UBNDTP"])
    func leavesOtherCapitalsToTheChannel(token: String) {
        #expect(OCRTokenGuard.misprintedAbbreviation(token) == nil)
    }

    @Test func leavesAmbiguousCodeAlone() {
        // Without an issuer part ("TW", "CP"…) "QB" could be anything.
        #expect(OCRTokenGuard.verdict(for: "12-QB/AB") == .keep("12-QB/AB"))
    }

    @Test(arguments: ["s6", "d6i", "1a", "x4", "Tong", "két", "nim", "PHÀN", "NHÁT", "KÉT", "ĐIÉM"])
    func garbledSyllablesGoToTheChannel(token: String) {
        #expect(OCRTokenGuard.verdict(for: token) == .syllable)
    }

    @Test func skeletonsOfGarbledAndTrueSyllableMeet() {
        let garbled = SkeletonKey.neighbourhood(SkeletonKey.key("thye"))
        let truth = SkeletonKey.neighbourhood(SkeletonKey.key("thực"))
        #expect(!garbled.isDisjoint(with: truth))
        #expect(SkeletonKey.key("d6i") == SkeletonKey.key("đổi"))
    }
}
