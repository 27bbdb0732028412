import DocumentModel
import Testing
import VietnameseText

@testable import Figures

/// Text keeps its document's tone placement ("hoà", "uỷ" as printed), and vocabularies are
/// written once, in the convention ("hòa", "ủy"): a sentence's figures do not depend on which
/// placement its document used.
@Suite("Figures read either tone placement alike")
struct TonePlacementTests {
    static let sentences = [
        // A scope whose first word is "ủy": the scope reader's heads name it once.
        "Uỷ ban nhân dân huyện đã tiếp nhận 25 đơn khiếu nại của công dân.",
        // A court's cases are no petitions ("tòa án" among the crime words).
        "Toà án nhân dân tỉnh đã thụ lý 40 vụ án hình sự trong năm.",
        // "khóa" before a numeral is a label ("Khoá 15"), not a count.
        "Tại kỳ họp thứ 6, Quốc hội khoá 15 đã tiếp nhận 312 đơn kiến nghị của cử tri.",
        // A drug case is a crime, not a petition case.
        "Công an huyện phát hiện 7 vụ ma tuý, tiếp nhận 18 đơn tố cáo.",
        "Hội đồng hoà giải cơ sở đã hoà giải thành 36 vụ việc, Huyện uỷ chỉ đạo giải quyết 9 đơn.",
    ]

    struct Reading: Equatable {
        var value: Double, measure: String, type: String, scope: String, unit: String, confidence: Double
    }

    static func readings(_ sentence: String) -> [Reading] {
        figures(sentence).map {
            // A scope is printed as its document wrote it; it names the same body either way.
            Reading(value: $0.value, measure: $0.measureColumn, type: $0.typeColumn, scope: TextNormalizer.placingTones(in: $0.scope), unit: $0.unit, confidence: $0.confidence)
        }
    }

    @Test(arguments: sentences)
    func newPlacementReadsAsTheConvention(_ sentence: String) {
        let convention = TextNormalizer.placingTones(in: sentence)
        #expect(convention != sentence)
        let read = Self.readings(sentence)
        #expect(!read.isEmpty)
        #expect(read == Self.readings(convention))
    }

    @Test func aFigureKeepsItsSentenceAsPrinted() {
        let sentence = "Uỷ ban nhân dân huyện đã tiếp nhận 25 đơn khiếu nại của công dân."
        let found = figures(sentence)
        #expect(found.first(raw: "25 đơn")?.sentence == sentence)
        #expect(found.first(raw: "25 đơn")?.measureColumn == "don.tiep_nhan")
    }
}
