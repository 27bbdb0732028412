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
