import DocumentModel
import Testing

@testable import Figures

/// Confidence that means something (#14): at or above 0.9 only for a figure said with its own
/// verb in a document that counts petitions several times; a figure nearly alone in its document
/// stays below 0.9 however strong its sentence.
@Suite("Confidence")
struct ConfidenceTests {
    /// A short report of our own that counts petitions three times before the sentence under test.
    static let reportOpening =
        "Trong quý, Ban tiếp công dân huyện đã tiếp 96 lượt công dân; tiếp nhận 58 đơn, đã chuyển 12 đơn đến cơ quan có thẩm quyền."

    @Test("its own verb next to its own unit in a report about petitions is strong evidence")
    func strong() {
        let found = figures(Self.reportOpening, "Thanh tra tỉnh đã tiếp nhận 430 đơn khiếu nại, tố cáo; đã giải quyết 280 đơn.")
        #expect(found.first(raw: "430 đơn")?.measureColumn == "don.tiep_nhan")
        #expect((found.first(raw: "430 đơn")?.confidence ?? 0) >= 0.9)
        #expect((found.first(raw: "280 đơn")?.confidence ?? 0) >= 0.9)
        let visits = figures(Self.reportOpening, "Huyện đã tiếp 120 lượt công dân đến khiếu nại.")
        #expect((visits.first(raw: "120 lượt công dân")?.confidence ?? 0) >= 0.9)
    }

    @Test("the same sentence alone in a text about something else stays below 0.9")
    func isolated() {
        let alone = figures("Giá lúa tăng trong tháng; riêng Thanh tra tỉnh đã tiếp nhận 430 đơn khiếu nại.")
        #expect(alone.first(raw: "430 đơn")?.measureColumn == "don.tiep_nhan")
        #expect((alone.first(raw: "430 đơn")?.confidence ?? 1) < 0.9)
        // Two petition figures do not yet make the text about petitions.
        let two = figures("Thanh tra tỉnh đã tiếp nhận 430 đơn khiếu nại, tố cáo; đã giải quyết 280 đơn.")
        #expect(two.count == 2)
        #expect(two.allSatisfy { $0.confidence < 0.9 })
    }

    @Test("in a report, breakdown items, far verbs and units read from context rank below strong evidence")
    func weaker() {
        let strong = figures(Self.reportOpening, "Thanh tra tỉnh đã tiếp nhận 430 đơn khiếu nại.").first(raw: "430 đơn")?.confidence ?? 0
        let breakdown = figures(Self.reportOpening, "Toàn tỉnh có 9 đoàn đông người (cấp tỉnh 4 đoàn, cấp huyện 5 đoàn) đến khiếu nại.")
        #expect(breakdown.filter { ["4 đoàn", "5 đoàn"].contains($0.raw) }.count == 2)
        #expect(breakdown.filter { ["4 đoàn", "5 đoàn"].contains($0.raw) }.allSatisfy { $0.confidence < strong })
        let far = figures(Self.reportOpening, "Thanh tra huyện đã giải quyết trong năm qua tại các xã 35 đơn khiếu nại.")
        #expect(far.first(raw: "35 đơn")?.measureColumn == "don.da_giai_quyet")
        #expect((far.first(raw: "35 đơn")?.confidence ?? 1) < strong)
        let contextual = figures(Self.reportOpening, "Huyện đã giải quyết 14 vụ khiếu nại.")
        #expect(contextual.first(raw: "14 vụ") != nil)
        #expect((contextual.first(raw: "14 vụ")?.confidence ?? 1) < strong)
    }

    @Test("a verb carried over from the figure before stays below 0.9 even in a report")
    func carried() {
        let carried = figures(Self.reportOpening, "Huyện đã giải quyết 40 đơn khiếu nại, 17 đơn tố cáo.")
        #expect(carried.first(raw: "17 đơn")?.measureColumn == "don.da_giai_quyet")
        #expect((carried.first(raw: "17 đơn")?.confidence ?? 1) < 0.9)
        #expect((carried.first(raw: "40 đơn")?.confidence ?? 0) >= 0.9)
    }

    @Test("far verbs and units read from context stay below 0.9 in a text that is not about petitions")
    func weakerAlone() {
        let far = onlyFigure("Thanh tra huyện đã giải quyết trong năm qua tại các xã 35 đơn khiếu nại.")
        #expect(far?.measureColumn == "don.da_giai_quyet")
        #expect((far?.confidence ?? 1) < 0.9)
        let contextual = onlyFigure("Huyện đã giải quyết 14 vụ khiếu nại.")
        #expect((contextual?.confidence ?? 1) < 0.9)
    }

    @Test("the levels keep their order and the document weighs each one notch")
    func ordered() {
        let levels = [
            FigureConfidence.strong, FigureConfidence.said, FigureConfidence.carried, FigureConfidence.bareCases,
            FigureConfidence.guessed,
        ]
        #expect(levels == levels.sorted(by: >))
        let corroborated = levels.map { FigureConfidence.weighed($0, petitionFiguresInDocument: FigureConfidence.corroboratingFigures) }
        let isolated = levels.map { FigureConfidence.weighed($0, petitionFiguresInDocument: FigureConfidence.corroboratingFigures - 1) }
        #expect(corroborated == corroborated.sorted(by: >))
        // Only a verb of the figure's own (strong or said) reaches 0.9, and only when corroborated.
        #expect(corroborated.map { $0 >= 0.9 } == [true, true, false, false, false])
        #expect(isolated.allSatisfy { $0 < 0.9 })
        #expect(zip(corroborated, isolated).allSatisfy { $0 > $1 })
        // An estimate ("hơn 200 đơn") said with strong evidence in a report still reads 0.9.
        #expect(FigureConfidence.weighed(FigureConfidence.strong - FigureConfidence.approximate, petitionFiguresInDocument: 5) >= 0.9)
        #expect(corroborated.allSatisfy { $0 <= FigureConfidence.ceiling })
    }
}
