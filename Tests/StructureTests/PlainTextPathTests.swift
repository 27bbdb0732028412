import Foundation
import Testing

@testable import Structure

/// Plain lines (one canonical scalar a character) take scalar paths; these must answer exactly
/// what the general paths answer.
@Suite struct PlainTextPathTests {
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
