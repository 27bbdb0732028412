import BaocaoTestSupport
import Foundation
import Testing

/// `extract` printed "hóa", "Ủy" for a document's "hoá", "Uỷ" (both placements are right,
/// and the bench's gold keeps its sources'), where `restore` kept them: the two commands
/// disagreed and `extract` changed the words of good text. Every output now says what the
/// document says; a word restoration writes takes the one convention.
@Suite struct TonePlacementCLITests {
    static let good = "Uỷ ban nhân dân huyện đã tiếp nhận 25 đơn khiếu nại; công tác hoà giải, xoá đói giảm nghèo được chú trọng."

    @Test func extractPrintsAGoodTextsWordsAsWritten() throws {
        let file = try Fixtures.temporaryFile("bao-cao.txt", Data((Self.good + "\n").utf8))
        let txt = try BaocaoRunner.run(["extract", file, "--format", "txt"])
        #expect(txt.status == 0)
        #expect(txt.stdout.contains(Self.good))
        let restored = try BaocaoRunner.run(["restore", file])
        #expect(restored.stdout.contains(Self.good))
        for format in ["md", "json", "body"] {
            let out = try BaocaoRunner.run(["extract", file, "--format", format])
            #expect(out.status == 0)
            #expect(out.stdout.contains("hoà giải"), "\(format)")
            #expect(out.stdout.contains("Uỷ ban"), "\(format)")
            #expect(!out.stdout.contains("hòa giải") && !out.stdout.contains("Ủy ban"), "\(format)")
        }
    }

    @Test func figuresReadTheWordsAsPrintedWithTheirMeaning() throws {
        let file = try Fixtures.temporaryFile("bao-cao.txt", Data((Self.good + "\n").utf8))
        let result = try BaocaoRunner.run(["figures", file])
        #expect(result.status == 0)
        let row = try #require(result.stdout.split(separator: "\n").first { $0.contains("25 đơn") })
        #expect(row.contains("don.tiep_nhan"))
        #expect(row.contains("khieu_nai"))
        #expect(row.contains("Uỷ ban nhân dân huyện đã tiếp nhận"))
    }
}
