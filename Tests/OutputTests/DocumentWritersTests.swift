import DocumentModel
import Foundation
import Testing

@testable import Output

@Suite struct DocumentWritersTests {
    static let document = Document(
        source: SourceInfo(path: "bao-cao.pdf", sha256: "ab12", pages: 2),
        title: ["Số: 12/BC-UBND", "BÁO CÁO"],
        blocks: [
            Block(kind: .heading, text: "KẾT QUẢ ĐẠT ĐƯỢC", level: .roman, label: "I", section: "I", pages: PageRange(1)),
            Block(kind: .heading, text: "Công tác tuyên truyền", level: .number, label: "1", section: "I.1", pages: PageRange(1)),
            Block(
                kind: .paragraph, text: "Tổ chức 20 buổi tuyên truyền tại các xã.", citations: [Citation(footnote: 1, offset: 28)],
                section: "I.1", pages: PageRange(first: 1, last: 2)),
            Block(kind: .paragraph, text: "2. Tăng cường đối thoại. Lắng nghe ý kiến *nhân dân*.", section: "I.1", pages: PageRange(2)),
            Block(kind: .item, text: "Lắp đặt loa truyền thanh.", marker: "+", section: "I.1", pages: PageRange(2)),
            Block(kind: .closing, text: "Nơi nhận:", section: "I.1", pages: PageRange(2)),
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
        let data = try DocumentJSONWriter.data(of: DocumentWritersTests.document)
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

    @Test func jsonKeysComeInSchemaOrder() throws {
        let text = String(decoding: try DocumentJSONWriter.data(of: DocumentWritersTests.document), as: UTF8.self)
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
