import BaocaoTestSupport
import Foundation
import Testing
@testable import Diacritics

/// How `auto` tells stripped, garbled and good text apart, on lines written for these tests.
@Suite("Classifying paragraphs")
struct ClassificationTests {
    @Test func letterTokensMatchCharacterTokens() {
        // Decomposed marks, CRLF, a no-break space, a joiner, digits and punctuation inside tokens.
        let text = "Nghi\u{0323} quyê\u{0301}t 25-NQ/TW\r\nco’ quan\u{00A0}(tỉnh) x4 ho\u{200D}i - 2020 ½ e\u{0301}\u{0301}"
        let byCharacters = text.split(whereSeparator: \.isWhitespace)
            .map { token in String(token.filter { $0.isLetter || $0.isNumber }) }
            .filter { $0.contains(where: \.isLetter) }
        let byScalars: [String] = LetterTokens(text).withWords { Array($0.map { String(String.UnicodeScalarView($0)) }) }
        #expect(byScalars == byCharacters)
        #expect(byScalars.contains("25NQTW"))
    }

    @Test func paragraphsAreToldApart() throws {
        let model = try #require(TinyModel.shared)
        func kind(_ text: String) -> ParagraphKind {
            LetterTokens(text).withWords { ParagraphKind.classify($0, model: model) }
        }
        #expect(kind("Uy ban nhan dan tinh bao cao ket qua thuc hien nhiem vu") == .stripped)
        #expect(kind("Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện nhiệm vụ") == .good)
        #expect(kind("Uy ban nhân dân tinh bao cáo két qua thye hién nhiém vu") == .garbled)
        #expect(kind("2020 - 15/6 … 42") == .empty)
        // Words the model knows count as good even when they break the spelling rules.
        #expect(kind("UBND tỉnh và HĐND tỉnh báo cáo") == .good)
    }

    @Test func garbledOCRIsFoundOnTheWholeText() throws {
        let model = try #require(TinyModel.shared)
        #expect(OCRTextRepair.isGarbled("Tinh d& tiép 120 luot cOng dan dén khiéu nai, t6 cao.", model: model))
        #expect(!OCRTextRepair.isGarbled("Tỉnh đã tiếp 120 lượt công dân đến khiếu nại, tố cáo.", model: model))
    }
}
