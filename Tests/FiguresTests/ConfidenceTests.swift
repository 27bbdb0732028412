import DocumentModel
import Testing

@testable import Figures

/// Confidence that means something (#14, Deliver 4): at or above 0.9 only for strong evidence,
/// every weaker reading below it.
@Suite("Confidence")
struct ConfidenceTests {
    @Test("its own verb next to its own unit in complaint talk is strong evidence")
    func strong() {
        let found = figures("Thanh tra tỉnh đã tiếp nhận 430 đơn khiếu nại, tố cáo; đã giải quyết 280 đơn.")
        #expect(found.allSatisfy { $0.confidence >= 0.9 })
        #expect((onlyFigure("Huyện đã tiếp 120 lượt công dân đến khiếu nại.")?.confidence ?? 0) >= 0.9)
    }

    @Test("breakdown items, far verbs, units read from context and carried verbs stay below 0.9")
    func weaker() {
        let breakdown = figures("Toàn tỉnh có 9 đoàn đông người (cấp tỉnh 4 đoàn, cấp huyện 5 đoàn) đến khiếu nại.")
        #expect(breakdown.filter { $0.raw != "9 đoàn" }.allSatisfy { $0.confidence < 0.9 })
        let far = onlyFigure("Thanh tra huyện đã giải quyết trong năm qua tại các xã 35 đơn khiếu nại.")
        #expect(far?.measureColumn == "don.da_giai_quyet")
        #expect((far?.confidence ?? 1) < 0.9)
        let contextual = onlyFigure("Huyện đã giải quyết 14 vụ khiếu nại.")
        #expect((contextual?.confidence ?? 1) < 0.9)
        let carried = figures("Huyện đã giải quyết 40 đơn khiếu nại, 12 đơn tố cáo.")
        #expect(carried.first(raw: "12 đơn")?.measureColumn == "don.da_giai_quyet")
        #expect((carried.first(raw: "12 đơn")?.confidence ?? 1) < 0.9)
    }

    @Test("the levels keep their order")
    func ordered() {
        let levels = [
            FigureConfidence.strong, FigureConfidence.said, FigureConfidence.carried, FigureConfidence.bareCases,
            FigureConfidence.guessed,
        ]
        #expect(levels == levels.sorted(by: >))
        // An estimate ("hơn 200 đơn") said with strong evidence still reads 0.9 once rounded to cents.
        #expect(((FigureConfidence.strong - FigureConfidence.approximate) * 100).rounded() / 100 >= 0.9)
        #expect(FigureConfidence.said < 0.9)
    }
}
