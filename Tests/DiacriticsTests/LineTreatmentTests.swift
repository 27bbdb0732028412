import BaocaoTestSupport
import Testing
@testable import Diacritics

/// How `auto` treats each line, on texts written for these tests: pages, paragraphs and lines
/// of different kinds side by side.
@Suite("Treating each line for what it is")
struct LineTreatmentTests {
    static let good = "Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện nhiệm vụ năm 2020.\n"
        + "Hội đồng nhân dân tỉnh họp thường kỳ, UBND tỉnh báo cáo tình hình kinh tế."
    static let garbled = "Ban Dan van Tinh uy béo céo két qua cong tic dan van chinh quyén.\n"
        + "Tinh d& tiép 120 luot cOng dan dén khiéu nai, t6 cao, kién nghi, phan anh."
    static let stripped = "Nguoi dan dong tinh voi chu truong cua Dang va chinh sach cua Nha nuoc.\n"
        + "Kinh te cua tinh tiep tuc tang truong kha, doi song cua nguoi dan duoc nang len."

    func treatments(_ text: String) throws -> [LineTreatments.Treatment] {
        LineTreatments(classifying: Array(text.unicodeScalars), model: try #require(TinyModel.shared)).lines.map(\.treatment)
    }

    @Test func aCleanPageNextToAGarbledOneKeepsItsText() throws {
        #expect(try treatments(Self.good + "\u{0C}" + Self.garbled) == [.keep, .keep, .garbled, .garbled])
        #expect(try treatments(Self.garbled + "\u{0C}" + Self.good) == [.garbled, .garbled, .keep, .keep])
    }

    @Test func paragraphsOfOnePageAreToldApart() throws {
        #expect(try treatments(Self.good + "\n\n" + Self.stripped) == [.keep, .keep, .keep, .stripped, .stripped])
    }

    @Test func aShortParagraphTakesItsPagesKind() throws {
        // An unmarked capital heading is stripped text among stripped text, and garbled OCR
        // among garbled OCR (the English model drops every mark of many capital lines).
        let heading = "KET QUA TIEP CONG DAN"
        #expect(try treatments(heading + "\n\n" + Self.stripped) == [.stripped, .keep, .stripped, .stripped])
        #expect(try treatments(heading + "\n\n" + Self.garbled) == [.garbled, .keep, .garbled, .garbled])
        // A short good paragraph in garbled OCR is still read through the channel.
        #expect(try treatments("Báo cáo kết quả\n\n" + Self.garbled) == [.garbled, .keep, .garbled, .garbled])
        // In good text, a short good paragraph is good.
        #expect(try treatments("Báo cáo kết quả\n\n" + Self.good) == [.keep, .keep, .keep, .keep])
    }

    @Test func aGarbledLineInsideGoodTextIsRepairedAlone() throws {
        let text = Self.good + "\nKET QUA TIEP CONG DAN\n" + Self.good
        #expect(try treatments(text) == [.keep, .keep, .garbledWordsOnly, .keep, .keep])
        // One unknown word (a name) does not make a good line garbled.
        #expect(try treatments(Self.good + "\nÔng Brown báo cáo kết quả.") == [.keep, .keep, .keep])
    }

    @Test func measuresGluedToTheirNumberAreNoBrokenWords() throws {
        let model = try #require(TinyModel.shared)
        for measure in ["7ha", "7ha5ha", "120m2", "15km", "3m3"] {
            #expect(!KindEvidence.isBroken(measure.unicodeScalars, model: model), "\(measure)")
        }
        for garbled in ["d6i", "s6", "t6", "1a", "m2x", "4m"] {
            #expect(KindEvidence.isBroken(garbled.unicodeScalars, model: model), "\(garbled)")
        }
    }

    @Test func autoRestoresOnlyTheGarbledPage() throws {
        let restorer = Restorer(model: try #require(TinyModel.shared))
        let output = restorer.restore(Self.good + "\u{0C}" + Self.garbled, mode: .auto)
        let pages = output.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        #expect(pages.count == 2)
        #expect(pages.first.map(String.init) == Self.good)
        #expect(pages.last.map(String.init) == restorer.restore(Self.garbled, mode: .ocr))
        #expect(pages.last.map(String.init) != Self.garbled)
    }

    @Test func autoRepairsAGarbledHeadingInGoodTextAndNothingElse() throws {
        // The tiny model has no channel: stripped readings stand in for it.
        let restorer = Restorer(model: try #require(TinyModel.shared), ocrCandidates: StrippedCandidateGenerator())
        let text = Self.good + "\nKET QUA TIEP CONG DAN\n" + Self.good
        let lines = restorer.restore(text, mode: .auto).split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines[2] == "KẾT QUẢ TIẾP CÔNG DÂN")
        #expect(lines[0] + "\n" + lines[1] == Self.good && lines[3] + "\n" + lines[4] == Self.good)
    }
}
