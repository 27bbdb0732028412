import BaocaoTestSupport
import Foundation
import Testing
import VietnameseText
@testable import Diacritics

/// A digit that stands for a capital at a token's start ("1ai" for "Hải"), and names whose
/// syllables Vietnamese spelling does not allow ("Đắk", "Krông"), in English-model OCR.
@Suite("Names and capitals in OCR text")
struct NameReadingTests {
    /// Positions in a text written for the test, by the index of the word piece that is `token`.
    func position(of token: String, in text: String) throws -> DigitLedCase.Position {
        let scalars = Array(text.unicodeScalars)
        let pieces = TextPieces.split(scalars, gluingDigits: true)
        let index = try #require(pieces.indices.first { pieces[$0].kind == .word && String(scalars: scalars[pieces[$0].range]) == token })
        return DigitLedCase.position(of: index, pieces: pieces, scalars: scalars)
    }

    @Test func aWordsPositionIsReadFromWhatSurroundsIt() throws {
        #expect(try position(of: "6ng", in: "6ng Tám về thăm xóm.") == .init(startsSentence: true, besideCapitalised: true))
        #expect(try position(of: "6ng", in: "Họp xong. (6ng bạn nói) thêm.") == .init(startsSentence: true, besideCapitalised: false))
        #expect(try position(of: "1ai", in: "ghé phố 1ai Châu chơi") == .init(startsSentence: false, besideCapitalised: true))
        // ";" goes on in small letters; the first word of a sentence says nothing about a name.
        #expect(try position(of: "1a", in: "đã xong; 1a việc khác") == .init(startsSentence: false, besideCapitalised: false))
        #expect(try position(of: "1ai", in: "Về 1ai thôn") == .init(startsSentence: false, besideCapitalised: false))
        #expect(try position(of: "1ai", in: "bến Vân 1ai đẹp") == .init(startsSentence: false, besideCapitalised: true))
    }

    @Test func aDigitReadAsALetterTakesTheCaseItsPlaceAsksFor() {
        let plain = DigitLedCase.Position(startsSentence: false, besideCapitalised: false)
        let first = DigitLedCase.Position(startsSentence: true, besideCapitalised: false)
        let inName = DigitLedCase.Position(startsSentence: false, besideCapitalised: true)
        func cased(_ token: String, _ word: String, _ position: DigitLedCase.Position) -> String {
            DigitLedCase.apply(from: Array(token.unicodeScalars)[...], to: word, position: position)
        }
        #expect(cased("1ai", "hải", inName) == "Hải")
        #expect(cased("1ai", "hải", plain) == "hải")
        #expect(cased("6ng", "ông", first) == "Ông")
        #expect(cased("6", "ở", first) == "Ở")
        // Beside a capitalised name, a word the corpus writes small stays small.
        #expect(cased("6ng", "ông", inName) == "ông")
        #expect(cased("1à", "là", inName) == "là")
        // The token's other letters are capitals: the whole word is.
        #expect(cased("6NG", "ông", plain) == "ÔNG")
        #expect(cased("5Ố", "số", plain) == "SỐ")
        // A kept footnote marker is no letter.
        #expect(!DigitLedCase.readsLeadingDigit(Array("1Tầng".unicodeScalars)[...], as: "1tầng"))
        #expect(DigitLedCase.readsLeadingDigit(Array("1ai".unicodeScalars)[...], as: "hải"))
    }

    /// The restorer with the shipped model and channels, built once for the suite.
    static let restorer: Restorer? = try? {
        let model = try LanguageModel.load(from: Fixtures.dictionary("vi-syllables.lm"))
        return Restorer.withOCRChannels(model: model, dictionaries: Fixtures.dictionary(""))
    }()

    @Test func englishOCRGivesADigitLedNameItsCapital() throws {
        let restorer = try #require(Self.restorer)
        let output = restorer.restore("Doan cong tac den thanh ph6 1ai Phong ngay 3 thang 5.\n", mode: .ocr)
        #expect(output.contains("Hải Phòng"), "\(output)")
        let first = restorer.restore("Xong viec. 0ng Tam ve nha.\n", mode: .ocr)
        #expect(first.contains("Ông Tám") || first.contains("Ông Tâm"), "\(first)")
    }

    @Test func goodOCRReadsAMisreadCapitalAtASentencesStartAsAWord() throws {
        let restorer = try #require(Self.restorer)
        let output = restorer.restore("Đoàn đã làm việc xong.\nLheo kế hoạch, tỉnh sẽ báo cáo kết quả.\n\nIrường hợp chưa đủ hồ sơ thì trả lại.\n", mode: .post)
        #expect(output == "Đoàn đã làm việc xong.\nTheo kế hoạch, tỉnh sẽ báo cáo kết quả.\n\nTrường hợp chưa đủ hồ sơ thì trả lại.\n", "\(output)")
        // Inside a sentence a capitalised word the model never saw is still a name, and at a
        // sentence's start a name stays unless a reading wins.
        for kept in ["Hôm qua ông Lheo đến họp tổ dân phố.\n", "Samsung đã ký hợp đồng với tỉnh.\n"] {
            #expect(restorer.restore(kept, mode: .post) == kept)
        }
    }

    @Test func theNameListHoldsCentralHighlandsSyllablesAndNoVietnameseOnes() {
        for name in ["đắk", "lắk", "krông", "jút", "búk", "hmông"] {
            #expect(NameSyllables.outsideSyllables.contains(name), "\(name)")
        }
        #expect(NameSyllables.outsideSyllables.allSatisfy { !VietnameseSyllable.isSpelling($0.unicodeScalars) })
        for word in ["hải", "hà", "nguyễn"] { #expect(NameSyllables.capitalised.contains(word), "\(word)") }
        for word in ["là", "ông", "ở", "của", "tỉnh"] { #expect(!NameSyllables.capitalised.contains(word), "\(word)") }
    }

    @Test func englishOCRGivesCentralHighlandsNamesTheirMarks() throws {
        let restorer = try #require(Self.restorer)
        let output = restorer.restore(
            "Doan kiem tra lam viec tai tinh Dak Nong va huyen Krong Buk, tinh Dak Lak; xa Ea Sup thuoc huyen Cu Jut.\n",
            mode: .ocr)
        for name in ["Đắk Nông", "Krông Búk", "Đắk Lắk", "Cư Jút"] {
            #expect(output.contains(name), "\(name): \(output)")
        }
    }
}
