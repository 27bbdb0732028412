import Testing

@testable import Diacritics

/// Which tokens `post` may read as a word that lost its vowel: lower-case consonants only.
/// A vowel under a mark is a vowel ("để", "tả" were taken for consonants only, since the test
/// compared letters with the five plain vowels).
@Suite struct LostVowelTests {
    @Test(arguments: ["tnh", "nxb", "tr", "đc"])
    func consonantsOnly(_ token: String) {
        #expect(OCRChannelCandidates.lostItsVowel(token))
    }

    @Test(arguments: ["để", "tả", "ở", "thể", "ngữ", "Tnh", "TNH", "t", "t1"])
    func notConsonantsOnly(_ token: String) {
        #expect(!OCRChannelCandidates.lostItsVowel(token))
    }
}
