import BaocaoTestSupport
import Foundation
import Testing

/// `restore --mode ocr` on English-model OCR written for these tests (issue 18): right words
/// stay right. A short token has dozens of readings the channel finds about as likely ("di" is
/// printed for "di", "dì", "đi", "dị" nearly always, for "đổi" seldom); the decoder's list was
/// cut by the channel alone, rare syllables filled it and the word that was there never reached
/// the language model. The list is now the likeliest by channel and frequency together.
@Suite struct EnglishOCRRightWordsTests {
    @Test(arguments: [
        ("Quy ché nay da thay di nhiéu lan trong nam.\n", "thay đổi nhiều lần"),
        ("C6ng tac cai cac hanh chinh dugc day manh.\n", "cải cách hành chính"),
        ("D6i méi cach lam dé nang cao d6i séng.\n", "nâng cao đời sống"),
    ])
    func aFrequentWordReachesTheDecoder(read: String, expected: String) throws {
        let result = try BaocaoRunner.run(["restore", "--mode", "ocr"], stdin: read)
        #expect(result.status == 0)
        #expect(result.stdout.contains(expected), "\(result.stdout)")
    }

    /// A capitalised word the model knows that is no Vietnamese syllable is a name ("Kon" of a
    /// place, "Jrai" of a people) and stays; the channel offers only syllables and made it "Ơn".
    @Test func aNameThatIsNoSyllableStays() throws {
        let read = "Doan c6ng tac da dén lang Kon Ria, noi ngudi Jrai sinh s6ng lau doi.\n"
        let result = try BaocaoRunner.run(["restore", "--mode", "ocr"], stdin: read)
        #expect(result.status == 0)
        #expect(result.stdout.contains("làng Kon"), "\(result.stdout)")
        #expect(result.stdout.contains("người Jrai"), "\(result.stdout)")
    }

    /// A gazette's running head with "BÁO/SỐ" read "BAO/S6": two words joined by a slash, no
    /// document code, so each part is read ("CÔNG BÁO/Số"); it was kept as printed.
    @Test func wordsJoinedByASlashInARunningHeadAreRead() throws {
        let result = try BaocaoRunner.run(["restore", "--mode", "ocr"], stdin: "TAP CHI CONG BAO/S6 88/Ngay 14-02-2026 12\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("CÔNG BÁO/Số 88/Ngày"), "\(result.stdout)")
    }

    /// A syllable a line end cut with a hyphen is read as the syllable it is and written back
    /// cut where it was, so the lines stay as they were.
    @Test func aSyllableCutAtALineEndIsReadWhole() throws {
        let result = try BaocaoRunner.run(["restore", "--mode", "ocr"], stdin: "Uy ban da xay dung phuo-\nng an mé rong chg.\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("phươ-\nng án"), "\(result.stdout)")
    }

    /// Good OCR with a syllable cut at a line end: `post` leaves both halves as they were; it
    /// once read "trư" and "ờng" as two misread words.
    @Test func postLeavesASyllableCutAtALineEnd() throws {
        let good = "Sở đã hoàn thành kế hoạch thươ-\nng mại năm nay. 3. Trư-\nờng hợp khác do Ủy ban quyết định.\n"
        let result = try BaocaoRunner.run(["restore", "--mode", "post"], stdin: good)
        #expect(result.status == 0)
        #expect(result.stdout == good)
    }
}
