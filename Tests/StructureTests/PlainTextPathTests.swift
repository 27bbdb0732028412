import Foundation
import Testing

@testable import Structure

/// Plain lines (one canonical scalar a character) take scalar paths; these must answer exactly
/// what the general paths answer. A line written with a decomposed letter takes the general path.
@Suite struct PlainTextPathTests {
    /// The same words with "ệ" written decomposed, which no plain-path check accepts.
    private func general(_ text: String) -> String { text + " Vie\u{0302}\u{0323}t" }

    @Test func plainAndGeneralLinesNormaliseAlike() {
        let lines = [
            "Tổng số   đơn\u{00A0}thư:  09 huy ện, thành ph ố ", "ng ười dân được uỷ ban hoà giải, khoẻ mạnh",
            "cho ông ấy ở lại, và ủy ban, K ết lu ận", "(huy ện) a-huy ện 2020 ện, quý khách, KẾT LU ẬN",
        ]
        for line in lines {
            #expect(ScalarText.holds(line))
            #expect(!ScalarText.holds(general(line)))
            #expect(TextNormalizer.normalize(general(line)) == TextNormalizer.normalize(line) + " Việt")
        }
    }

    @Test func syllableShapeFromTheTableMatchesTheGeneralCheck() {
        let words = ["huyện", "Người", "NGHIÊNG", "gìn", "khuya", "quý", "hoà", "tỉnh", "xyz", "ưởng", "giữ", "kt", "Đường"]
        for word in words {
            let letters = Array(word.unicodeScalars)
            #expect(SyllableShape.isWellFormed(plainLetters: letters[...]) == SyllableShape.isWellFormed(word))
        }
    }

    @Test func byteSearchFindsWhatFoundationFinds() {
        let text = "diện tích 45 km<sup>2</sup> và ⁽³⁾ dân số³ năm 2020"
        #expect(ScalarText.holds(text))
        for needle in ["<sup>2</sup>", "⁽³⁾", "³", "2020", "20", "ố", "xyz"] {
            let found = ScalarText.range(of: needle, in: text, from: text.startIndex, textIsPlain: true)
            #expect(found == text.range(of: needle))
        }
        let afterFirst = text.index(text.startIndex, offsetBy: 20)
        #expect(ScalarText.range(of: "2", in: text, from: afterFirst, textIsPlain: true)
            == text.range(of: "2", range: afterFirst..<text.endIndex))
    }

    @Test func collapsingMatchesSplittingOnWhitespace() {
        let text = "\t Báo  cáo\u{00A0}\u{2028}số 12 \n"
        #expect(ScalarText.collapsingSpaces(text) == text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "))
    }
}
