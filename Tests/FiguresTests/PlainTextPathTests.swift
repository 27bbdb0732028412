import DocumentModel
import Foundation
import Testing
import VietnameseText

@testable import Figures

/// Plain text is searched by bytes and tokenized by scalars; the answers must be those of
/// Foundation's search and of reading by `Character`.
@Suite struct PlainTextPathTests {
    @Test func phraseSearchAgreesWithFoundation() {
        let texts = [
            "tiếp nhận 12 đơn thư khiếu nại", "đơn thừa", "tiếp dâng", "tiê\u{0301}p công dân", "Åsa tiếp dân",
            "vụ\u{00AD}việc", "an—ninh “trật tự”\r\nvi phạm",
        ]
        let phrases = ["đơn thư", "tiếp dân", "tiếp công dân", "vụ việc", "vi phạm", "khiếu nại", "ninh", "\n"]
        for text in texts {
            let lowered = LoweredText(text.lowercased())
            for phrase in phrases {
                #expect(lowered.contains(Phrase(phrase)) == (text.lowercased().range(of: phrase) != nil), "\(text) / \(phrase)")
            }
        }
    }

    @Test func scalarPropertiesAreThoseOfOneScalarCharacters() {
        let scalars = (UInt32(0)..<0x30000).compactMap(Unicode.Scalar.init)
        #expect(scalars.filter(\.isSpace) == scalars.filter { Character($0).isWhitespace })
        #expect(scalars.filter(\.isLetter) == scalars.filter { Character($0).isLetter })
        #expect(scalars.filter(\.isUppercase) == scalars.filter { Character($0).isUppercase })
    }

    @Test func tableLowercasingIsStringLowercasing() {
        let latin = (UInt32(0)..<0x250).compactMap(Unicode.Scalar.init) + (UInt32(0x1E00)..<0x1F00).compactMap(Unicode.Scalar.init)
        let text = String(String.UnicodeScalarView(latin.filter(LiteralScalars.contains)))
        #expect(Array(LatinLetters.lowercased(text).utf8) == Array(text.lowercased().utf8))
        let title = "ĐƠN THƯ KHIẾU NẠI – “TỐ CÁO” İ"
        #expect(Array(LatinLetters.lowercased(title).utf8) == Array(title.lowercased().utf8))
    }

    @Test func scalarAndCharacterTokensAgree() {
        let sentence = "Huyện tiếp 1.185,8 lượt (38/51 xã), diện tích 80ha, 115.050m² – “Dân vận khéo”."
        #expect(LiteralScalars.holdAlone(in: sentence))
        let plain = Tokenizer.tokens(of: sentence)
        // A decomposed letter at the end sends the sentence through the Character path.
        let general = Tokenizer.tokens(of: sentence + " Vie\u{0302}\u{0323}t")
        #expect(Array(general.dropLast()) == plain)
        #expect(general.last?.text == "Vie\u{0302}\u{0323}t")
    }

    @Test func scalarAndCharacterSentencesAgree() {
        let text = "Đã giải quyết 08 vụ. Còn 02 vụ! “Tồn đọng” 1 đơn? 3. Mục tiếp"
        let calls = [Citation(footnote: 2, offset: 19)]
        let plain = SentenceSplitter.sentences(of: text, citations: calls)
        let general = SentenceSplitter.sentences(of: text + " Vie\u{0302}\u{0323}t", citations: calls)
        // "3." before a capital ends a sentence of its own.
        #expect(plain.map(\.text) == ["Đã giải quyết 08 vụ.", "Còn 02 vụ!", "“Tồn đọng” 1 đơn?", "3.", "Mục tiếp"])
        #expect(plain.first?.citations == calls)
        #expect(Array(general.dropLast()) == Array(plain.dropLast()))
        #expect(general.last?.text == (plain.last?.text ?? "") + " Vie\u{0302}\u{0323}t")
    }
}
