import DocumentModel
import Foundation
import Testing
@testable import Output

@Suite struct TableWritersTests {
    static let table = Table(
        label: "Biểu số 01", title: ["KẾT QUẢ TIẾP CÔNG DÂN"], unit: "Đơn vị tính: lượt", headerRows: 2,
        rows: [
            ["TT", "Đơn vị", "Tiếp công dân", "Tiếp công dân"],
            ["TT", "Đơn vị", "Lượt", "Người | nhóm"],
            ["1", "Huyện A", "12", ""],
        ],
        spans: [
            CellSpan(row: 0, column: 0, rowSpan: 2, columnSpan: 1), CellSpan(row: 0, column: 1, rowSpan: 2, columnSpan: 1),
            CellSpan(row: 0, column: 2, rowSpan: 1, columnSpan: 2),
        ])
    static let document = Document(
        source: SourceInfo(path: "t.pdf", sha256: "ab", pages: 5),
        blocks: [
            Block(kind: .paragraph, text: "Kết quả như sau.", section: "II", pages: PageRange(4)),
            Block(kind: .table, text: "", section: "II", pages: PageRange(5), table: table),
        ])

    @Test func jsonWritesTheGridAndItsMergedCells() throws {
        let data = try DocumentJSONWriter.data(of: Self.document)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let blocks = try #require(json["blocks"] as? [[String: Any]])
        let table = blocks[1]
        #expect(Set(table.keys) == ["kind", "label", "title", "unit", "header_rows", "rows", "spans", "section", "pages"])
        #expect(table["kind"] as? String == "table")
        #expect(table["label"] as? String == "Biểu số 01")
        #expect(table["title"] as? [String] == ["KẾT QUẢ TIẾP CÔNG DÂN"])
        #expect(table["header_rows"] as? Int == 2)
        #expect((table["rows"] as? [[String]])?[1] == ["TT", "Đơn vị", "Lượt", "Người | nhóm"])
        #expect((table["spans"] as? [[Int]])?.last == [0, 2, 1, 2])
        #expect(table["pages"] as? [Int] == [5, 5])
    }

    @Test func markdownWritesAPipeTableWithOneHeaderLine() {
        let markdown = MarkdownWriter.text(of: Self.document)
        #expect(markdown.contains("**Biểu số 01**  \n**KẾT QUẢ TIẾP CÔNG DÂN**  \n**Đơn vị tính: lượt**\n\n"))
        #expect(markdown.contains(
            "| TT | Đơn vị | Tiếp công dân / Lượt | Tiếp công dân / Người \\| nhóm |\n| --- | --- | --- | --- |\n| 1 | Huyện A | 12 |  |\n"))
    }

    @Test func bodyWritesRowsWithTabs() {
        let lines = DocumentTextWriter.text(of: Self.document).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.prefix(4) == ["Kết quả như sau.", "Biểu số 01", "KẾT QUẢ TIẾP CÔNG DÂN", "Đơn vị tính: lượt"])
        #expect(lines[4] == "TT\tĐơn vị\tTiếp công dân\tTiếp công dân")
        #expect(lines[6] == "1\tHuyện A\t12\t")
    }
}
