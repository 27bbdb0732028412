import BaocaoTestSupport
import Testing
@testable import Diacritics

@Suite("Restoring diacritics")
struct RestorerTests {
    @Test func restoresAStrippedSentence() throws {
        let restorer = Restorer(model: try #require(TinyModel.shared))
        let input = "Nguoi dan dong tinh voi chu truong cua Dang va chinh sach cua Nha nuoc."
        #expect(restorer.restore(input, mode: .stripped)
            == "Người dân đồng tình với chủ trương của Đảng và chính sách của Nhà nước.")
    }

    @Test func keepsNumbersCodesAbbreviationsAndCase() throws {
        let restorer = Restorer(model: try #require(TinyModel.shared))
        let input = "UBND TINH BAO CAO ket qua thuc hien nhiem vu nam 2020 theo Ke hoach 25-KH/UBND."
        let output = restorer.restore(input, mode: .stripped)
        #expect(output.hasPrefix("UBND TỈNH BÁO CÁO kết quả thực hiện nhiệm vụ năm 2020"))
        #expect(output.contains("25-KH/UBND."))
        #expect(restorer.restore("HDND tinh giam sat", mode: .stripped) == "HĐND tỉnh giám sát")
    }

    @Test func preservesEveryWhitespaceCharacter() throws {
        let restorer = Restorer(model: try #require(TinyModel.shared))
        let input = "  Ban Dan van\tTinh uy\nbao cao\r\n\nket qua\u{0C}cong tac  dan van \n"
        let output = restorer.restore(input, mode: .stripped)
        #expect(whitespace(of: output) == whitespace(of: input))
        #expect(output.split(whereSeparator: \.isWhitespace).count == input.split(whereSeparator: \.isWhitespace).count)
        #expect(output.contains("Dân vận\tTỉnh ủy\nbáo cáo"))
    }

    @Test func postModeLeavesGoodTextAlone() throws {
        let restorer = Restorer(model: try #require(TinyModel.shared))
        let good = "Hội đồng nhân dân tỉnh họp thường kỳ.\nNgười dân đồng tình."
        #expect(restorer.restore(good, mode: .post) == good)
        #expect(restorer.restore(good, mode: .auto) == good)
    }

    @Test func autoModeRestoresStrippedParagraphsOnly() throws {
        let restorer = Restorer(model: try #require(TinyModel.shared))
        let text = "Người dân đồng tình với chủ trương.\n\nNguoi dan dong tinh voi chu truong."
        #expect(restorer.restore(text, mode: .auto)
            == "Người dân đồng tình với chủ trương.\n\nNgười dân đồng tình với chủ trương.")
    }

    @Test func pluggedGeneratorDecidesCandidates() throws {
        struct Fixed: CandidateGenerator {
            func candidates(for token: String, model: LanguageModel) -> [Candidate] {
                token == "nim" ? [Candidate(word: "năm", channelLog10: -0.5), Candidate(word: "nìm", channelLog10: -0.1)] : []
            }
        }
        let restorer = Restorer(model: try #require(TinyModel.shared), ocrCandidates: Fixed())
        #expect(restorer.restore("nhiệm vụ nim 2020", mode: .ocr) == "nhiệm vụ năm 2020")
    }

    /// Slots are worked out once per token, treatment and code context in a `restore` call
    /// (`SlotCache`): a token met again, in a code or as a word, reads as it does alone.
    @Test func repeatedTokensRestoreAsInTheirOwnText() throws {
        let restorer = Restorer(model: try #require(TinyModel.shared))
        let lines = [
            "Nguoi dan dong tinh voi chu truong cua DANG.",
            "Ke hoach 25-KH/DANG theo chu truong cua DANG.",
            "Ban Dan van theo doi 25-KH/DANG.",
        ]
        let together = restorer.restore(lines.joined(separator: "\n"), mode: .stripped)
        let alone = lines.map { restorer.restore($0, mode: .stripped) }.joined(separator: "\n")
        #expect(together == alone)
        // The same letters kept in the code and restored as a word, in one text.
        #expect(together.components(separatedBy: "25-KH/DANG").count == 3)
        #expect(together.components(separatedBy: "ĐẢNG.").count == 3)
        #expect(together.hasPrefix("Người dân đồng tình"))
    }

    private func whitespace(of text: String) -> [Character] {
        text.filter(\.isWhitespace)
    }
}
