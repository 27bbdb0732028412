import Testing
@testable import Diacritics

/// In OCR text, a document code is one kept piece, so the channel never rewrites its letter
/// parts ("44-CTr/TU" once came out as "44-Cử/TU"); units in lower case are still words.
struct DocumentCodePiecesTests {
    private func pieces(_ text: String) -> [(TextPiece.Kind, String)] {
        let scalars = Array(text.unicodeScalars)
        return TextPieces.split(scalars, gluingDigits: true).map { ($0.kind, String(scalars: scalars[$0.range])) }
    }

    @Test(arguments: ["44-CTr/TU", "25-NQ/TW", "09/2024/NĐ-CP", "279-QĐ/TU"])
    func codesAreOneKeptPiece(code: String) {
        let found = pieces("theo Kế hoạch số \(code), ngày")
        #expect(found.contains { $0.0 == .number && $0.1 == code })
    }

    @Test(arguments: ["d6ng/ha/nam", "trd/17.500", "28/2018/QD-TT\u{023C}g", "25-NQ/TWabc-"])
    func unitsAndStandInsAreNotCodes(text: String) {
        #expect(!pieces("giá \(text) mỗi").contains { $0.0 == .number && $0.1 == text })
    }

    /// A page header such as "TIN KINH TẾ/Số 412/Ngày 03-8-2025" joins numbers and words with
    /// slashes: a capitalised word there is a word for the channel, not an abbreviation.
    @Test(arguments: [("412/Ngay", "Ngay"), ("412/Ngày", "Ngày"), ("17/Thang", "Thang"), ("Dieu/12", "Dieu")])
    func aCapitalisedWordBesideASlashIsAWord(text: String, word: String) {
        let found = pieces("Số \(text) 03-8-2025")
        #expect(!found.contains { $0.0 == .number && $0.1 == text })
        #expect(found.contains { $0.0 == .word && $0.1 == word }, "\(found.map(\.1))")
    }

    @Test(arguments: ["15/2025/QĐ-TTg", "44-CTr/TU", "7/KH-UBND", "02/2023/TB-LPQT"])
    func abbreviationsWithLowerCaseLettersStayCodes(code: String) {
        #expect(pieces("theo \(code) ngày").contains { $0.0 == .number && $0.1 == code })
    }

    /// A gazette's running head ("CÔNG BÁO/Số 88/Ngày ...") read by the English model as
    /// "BAO/S6": capitals and a digit joined by a slash, but no part is a number, so the parts
    /// are words for the channel ("BÁO", "SỐ"), not a code kept as printed.
    @Test(arguments: [("BAO/S6", ["BAO", "S6"]), ("TIN/S6", ["TIN", "S6"]), ("HOI/D6NG", ["HOI", "D6NG"])])
    func wordsJoinedBySlashWithoutANumberAreWords(text: String, words: [String]) {
        let found = pieces("TAP CHI \(text) 41")
        #expect(!found.contains { $0.0 == .number && $0.1 == text })
        #expect(found.filter { $0.0 == .word }.map(\.1).suffix(2) == words[...], "\(found.map(\.1))")
    }

    @Test func withoutTheOCRChannelCodesSplitAsBefore() {
        let scalars = Array("số 25-NQ/TW".unicodeScalars)
        let words = TextPieces.split(scalars).filter { $0.kind == .word }.map { String(scalars: scalars[$0.range]) }
        #expect(words == ["số", "NQ", "TW"])
    }
}
