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

/// A lone small consonant in English-model OCR may be a syllable whose stacked-mark vowel the
/// engine printed as nothing ("b" for "bộ"); the language model decides, and a letter that is a
/// letter ("điểm b") or a unit ("300 m") stays.
@Suite struct LoneLetterTests {
    @Test(arguments: ["b", "c", "t", "x", "B", "X"])
    func mayHaveLostItsVowel(_ token: String) {
        #expect(OCRChannelCandidates.mayHaveLostItsVowel(token))
    }

    @Test(arguments: ["m", "đ", "a", "y", "A", "bo", "1"])
    func isKeptAsItIs(_ token: String) {
        #expect(!OCRChannelCandidates.mayHaveLostItsVowel(token))
    }

    @Test func theModelReadsALoneLetterAsTheSyllableItLost() throws {
        let restorer = try #require(NameReadingTests.restorer)
        let output = restorer.restore(
            "Huyen co 12 dang b co so.\nBan Thuong vu Dang b huyen da lanh dao tot.\nTheo diem b khoan 2 Dieu 5 cua Nghi dinh.\nDuong dai 300 m.\n",
            mode: .ocr)
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines.first?.contains("đảng bộ cơ sở") == true, "\(output)")
        #expect(lines.dropFirst().first?.contains("Đảng bộ huyện") == true, "\(output)")
        #expect(lines.dropFirst(2).first?.contains("điểm b khoản") == true, "\(output)")
        #expect(lines.last?.contains("300 m.") == true, "\(output)")
    }

    @Test func aLoneCapitalIsReadOnlyWhereTheModelIsSure() throws {
        let restorer = try #require(NameReadingTests.restorer)
        let table = restorer.restore("12 |X Tan Phu 9 1 1 7 88,9\n13 |X Long Son 5 2 0 3 60\n", mode: .ocr)
        #expect(table == "12 |Xã Tân Phú 9 1 1 7 88,9\n13 |Xã Long Sơn 5 2 0 3 60\n", "\(table)")
        let letters = restorer.restore("Ong Nguyen Van B, ba Le Thi C va du an nhom B thuoc phan C cua ke hoach.\n", mode: .ocr)
        #expect(letters.contains("Văn B, bà Lê Thị C và dự án nhóm B") && letters.contains(" C của kế hoạch"), "\(letters)")
    }
}
