import DocumentModel
import Foundation
import Testing

@testable import Output

@Suite struct DocumentWritersTests {
    static let document = Document(
        source: SourceInfo(path: "bao-cao.pdf", sha256: "ab12", pages: 2),
        title: ["Số: 12/BC-UBND", "BÁO CÁO"],
        blocks: [
            Block(kind: .heading, text: "KẾT QUẢ ĐẠT ĐƯỢC", level: 1, label: "I", section: "I", pages: [1, 1]),
            Block(kind: .heading, text: "Công tác tuyên truyền", level: 2, label: "1", section: "I.1", pages: [1, 1]),
            Block(kind: .paragraph, text: "Tổ chức 20 buổi tuyên truyền[^1] tại các xã.", section: "I.1", pages: [1, 2]),
            Block(kind: .paragraph, text: "2. Tăng cường đối thoại. Lắng nghe ý kiến *nhân dân*.", section: "I.1", pages: [2, 2]),
            Block(kind: .item, text: "Lắp đặt loa truyền thanh.", marker: "+", section: "I.1", pages: [2, 2]),
            Block(kind: .closing, text: "Nơi nhận:", section: "I.1", pages: [2, 2]),
        ],
        footnotes: [Footnote(number: 1, text: "Gồm 12 buổi ở xã vùng cao.", page: 1)],
        furniture: [Furniture(kind: .pageNumber, text: "2", page: 2)])

    @Test("JSON strings: plain ones as they are, quotes, backslashes and control characters escaped",
          arguments: ["Tiếp nhận 3.547 đơn", "trích \"Năm dân vận khéo\"", "a\\b", "dòng\nmới\tcột\r", "\u{1}\u{1F}", ""])
    func jsonStringsReadBackUnchanged(_ text: String) throws {
        let quoted = OrderedJSON.quoted(text)
        let parsed = try JSONSerialization.jsonObject(with: Data("[\(quoted)]".utf8)) as? [String]
        #expect(parsed == [text])
        #expect(!quoted.dropFirst().dropLast().unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func jsonFollowsTheDocumentSchema() throws {
        let data = DocumentJSONWriter.data(of: DocumentWritersTests.document)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["schema"] as? String == "baocao.document/1")
        let source = try #require(json["source"] as? [String: Any])
        #expect(source["path"] as? String == "bao-cao.pdf")
        #expect(source["pages"] as? Int == 2)
        let blocks = try #require(json["blocks"] as? [[String: Any]])
        #expect(Set(blocks[0].keys) == ["kind", "text", "level", "label", "section", "pages"])
        #expect(blocks[0]["label"] as? String == "I")
        #expect(Set(blocks[2].keys) == ["kind", "text", "section", "pages"])
        #expect(blocks[2]["pages"] as? [Int] == [1, 2])
        #expect(blocks[4]["marker"] as? String == "+")
        let footnotes = try #require(json["footnotes"] as? [[String: Any]])
        #expect(footnotes.first?["number"] as? Int == 1)
        #expect(footnotes.first?["page"] as? Int == 1)
        let furniture = try #require(json["furniture"] as? [[String: Any]])
        #expect(furniture.first?["kind"] as? String == "page_number")
    }

    @Test func jsonKeysComeInSchemaOrder() {
        let text = String(decoding: DocumentWritersTests.document.jsonData, as: UTF8.self)
        let order = ["\"schema\"", "\"source\"", "\"title\"", "\"blocks\"", "\"footnotes\"", "\"furniture\""]
        let positions = order.compactMap { text.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count)
        #expect(positions == positions.sorted())
    }

    @Test func markdownHasHeadingsByLevelAndPandocFootnotes() {
        let markdown = MarkdownWriter.text(of: DocumentWritersTests.document)
        #expect(markdown.contains("\n## I. KẾT QUẢ ĐẠT ĐƯỢC\n"))
        #expect(markdown.contains("\n### 1. Công tác tuyên truyền\n"))
        #expect(markdown.contains("Tổ chức 20 buổi tuyên truyền[^1] tại các xã."))
        #expect(markdown.hasSuffix("[^1]: Gồm 12 buổi ở xã vùng cao.\n"))
        // A numbered paragraph must not turn into a Markdown list, nor asterisks into emphasis.
        #expect(markdown.contains("\n2\\. Tăng cường đối thoại. Lắng nghe ý kiến \\*nhân dân\\*.\n"))
        #expect(markdown.contains("\n+ Lắp đặt loa truyền thanh.\n"))
    }

    @Test func bodyTextHasOneParagraphPerLineThenFootnotes() {
        let lines = DocumentTextWriter.text(of: DocumentWritersTests.document).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.prefix(4) == ["Số: 12/BC-UBND", "BÁO CÁO", "I. KẾT QUẢ ĐẠT ĐƯỢC", "1. Công tác tuyên truyền"])
        #expect(lines.contains("+ Lắp đặt loa truyền thanh."))
        #expect(lines.suffix(3) == ["", "[^1]: Gồm 12 buổi ở xã vùng cao.", ""])
    }
}

extension Document {
    fileprivate var jsonData: Data { DocumentJSONWriter.data(of: self) }
}

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
            Block(kind: .paragraph, text: "Kết quả như sau.", section: "II", pages: [4, 4]),
            Block(kind: .table, text: "", section: "II", pages: [5, 5], table: table),
        ])

    @Test func jsonWritesTheGridAndItsMergedCells() throws {
        let data = DocumentJSONWriter.data(of: Self.document)
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
