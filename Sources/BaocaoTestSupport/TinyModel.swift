import Diacritics
import Foundation
import LanguageModelBuilding

/// A model built in the test from a few sentences written for these tests, so the decoder is
/// tested without the shipped model.
package enum TinyModel {
    package static let sentences = [
        "Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện nhiệm vụ năm 2020.",
        "Hội đồng nhân dân tỉnh họp thường kỳ, UBND tỉnh báo cáo tình hình kinh tế.",
        "Ban Dân vận Tỉnh ủy báo cáo kết quả công tác dân vận chính quyền.",
        "Công tác tiếp công dân, giải quyết đơn thư khiếu nại, tố cáo được quan tâm.",
        "Tỉnh đã tiếp 120 lượt công dân đến khiếu nại, tố cáo, kiến nghị, phản ánh.",
        "Người dân đồng tình với chủ trương của Đảng và chính sách của Nhà nước.",
        "Cộng hòa xã hội chủ nghĩa Việt Nam, độc lập, tự do, hạnh phúc.",
        "Kinh tế của tỉnh tiếp tục tăng trưởng khá, đời sống của người dân được nâng lên.",
        "HĐND tỉnh và MTTQ tỉnh giám sát việc giải quyết khiếu nại của công dân.",
        "Các cơ quan nhà nước thực hiện tốt quy chế dân chủ ở cơ sở.",
    ]

    package static let shared: LanguageModel? = try? build(order: 4)

    package static func build(order: Int, budgets: [Int]? = nil) throws -> LanguageModel {
        let folder = URL(fileURLWithPath: try Fixtures.temporaryDirectory())
        let corpus = folder.appendingPathComponent("corpus.txt")
        // Repeated so that every word passes the builder's rarity cut as it would in a real corpus.
        try Array(repeating: sentences.joined(separator: "\n"), count: 3).joined(separator: "\n")
            .write(to: corpus, atomically: true, encoding: .utf8)
        var builder = ModelBuilder()
        builder.order = order
        builder.minimumWordCount = 2
        if let budgets { builder.budgets = budgets }
        let output = folder.appendingPathComponent("tiny.lm")
        try builder.build(sources: [.init(url: corpus)], output: output)
        return try LanguageModel.load(from: output)
    }
}
