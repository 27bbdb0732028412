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

    @Test func withoutTheOCRChannelCodesSplitAsBefore() {
        let scalars = Array("số 25-NQ/TW".unicodeScalars)
        let words = TextPieces.split(scalars).filter { $0.kind == .word }.map { String(scalars: scalars[$0.range]) }
        #expect(words == ["số", "NQ", "TW"])
    }
}
