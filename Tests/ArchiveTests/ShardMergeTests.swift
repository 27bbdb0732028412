import Foundation
import Output
import Testing

@testable import Archive

@Suite struct ShardMergeTests {
    private func write(_ text: String, _ name: String, in directory: URL) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test("extract's CSVs keep their number and date; rows of a figures CSV get them empty")
    func documentColumnsSurviveTheMerge() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("merge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let plain = FiguresCSVWriter.columns.joined(separator: ",")
        let extended = plain + ",number,date"
        let row = "a.pdf,1,I,,,don.tiep_nhan,,,12,,đơn,đơn,12 đơn,Tiếp nhận 12 đơn.,0.9"
        let fromExtract = try write("\(extended)\r\n\(row),57/BC-UBND,2025-06\r\n", "a.csv", in: directory)
        let fromFigures = try write("\(plain)\r\n\(row)\r\n", "b.csv", in: directory)
        let merged = String(decoding: try ShardMerge.mergeFigures([fromExtract, fromFigures]), as: UTF8.self)
        #expect(merged == "\(extended)\r\n\(row),57/BC-UBND,2025-06\r\n\(row),,\r\n")
        let onlyPlain = String(decoding: try ShardMerge.mergeFigures([fromFigures]), as: UTF8.self)
        #expect(onlyPlain == "\(plain)\r\n\(row)\r\n")
        let other = try write("doc,page\r\n", "c.csv", in: directory)
        #expect(throws: ShardMerge.MergeError.self) { try ShardMerge.mergeFigures([other]) }
    }
}
