import BaocaoTestSupport
import Foundation
import Testing

/// `restore --mode post` on sentences written for these tests with a word whose vowel the
/// Vietnamese model dropped ("tnh" for "tỉnh"): the corpus knows such a token only as a
/// misprint, which once kept it as a word no reading could replace.
@Suite struct PostLostVowelTests {
    @Test(arguments: [
        ("Đoàn công tác của tnh đã làm việc với huyện.\n", "Đoàn công tác của tỉnh đã làm việc với huyện.\n"),
        ("Hội nghị tổng kết công tác năm của UBND tnh.\n", "Hội nghị tổng kết công tác năm của UBND tỉnh.\n"),
    ])
    func aWordThatLostItsVowelIsRead(read: String, printed: String) throws {
        let result = try BaocaoRunner.run(["restore", "--mode", "post"], stdin: read)
        #expect(result.status == 0)
        #expect(result.stdout == printed)
    }

    /// Consonant-only abbreviations stay where no reading is the language model's clear choice.
    @Test(arguments: ["xem tr 12 của tài liệu\n", "Giấy phép số 12, ký hiệu nxb, năm 2020.\n"])
    func anAbbreviationStays(good: String) throws {
        let result = try BaocaoRunner.run(["restore", "--mode", "post"], stdin: good)
        #expect(result.status == 0)
        #expect(result.stdout == good)
    }
}
