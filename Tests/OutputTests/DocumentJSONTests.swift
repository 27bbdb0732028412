import DocumentModel
import Foundation
import Testing

@testable import Output

/// One `Codable` definition writes and reads `baocao.document/1`.
@Suite struct DocumentJSONTests {
    static let document = Document(
        source: SourceInfo(path: "bao-cao.pdf", sha256: "ab12", pages: 3),
        title: [TitleLine(text: "BÁO CÁO", citations: [Citation(footnote: 1, offset: 7)]), "Số: 12/BC-UBND"],
        blocks: [
            Block(kind: .heading, text: "", level: .part, label: "Phần thứ nhất", section: "Phần thứ nhất", pages: PageRange(1)),
            Block(kind: .heading, text: "KẾT QUẢ", level: .roman, label: "I", section: "I", pages: PageRange(1)),
            Block(kind: .heading, text: "Tiếp dân", level: .number, label: "1", section: "I.1", pages: PageRange(1)),
            Block(kind: .heading, text: "Cấp huyện", level: .subnumber, label: "1.1", section: "I.1.1", pages: PageRange(1)),
            Block(kind: .heading, text: "Đơn thư", level: .subsubnumber, label: "1.1.1", section: "I.1.1.1", pages: PageRange(2)),
            Block(
                kind: .heading, text: "Khiếu nại", citations: [Citation(footnote: 2, offset: 9)], level: .letter, label: "a",
                section: "I.1.1.1.a", pages: PageRange(2)),
            Block(
                kind: .paragraph, text: "Tổ chức 20 buổi tuyên truyền tại các xã.",
                citations: [Citation(footnote: 1, offset: 28), Citation(footnote: 2, offset: 39), Citation(footnote: 3, offset: 40)],
                section: "I.1.1.1.a", pages: PageRange(first: 2, last: 3)),
            Block(kind: .item, text: "Lắp loa “truyền thanh”\tmới.", marker: "+", section: "I.1.1.1.a", pages: PageRange(3)),
            Block(kind: .closing, text: "Nơi nhận:", section: "I.1.1.1.a"),
        ],
        footnotes: [
            Footnote(number: 1, text: "Gồm 12 buổi.", page: 1),
            Footnote(number: 2, text: "Theo kế hoạch.", citations: [Citation(footnote: 1, offset: 13)], page: 2),
            Footnote(number: 3, text: "Số liệu \"quý\" IV.", page: 0),
        ],
        furniture: [Furniture(kind: .pageNumber, text: "2", page: 2), Furniture(kind: .header, text: "CÔNG BÁO", page: 3)],
        figures: [
            Figure(
                doc: "bao-cao.pdf", page: 2, section: "I.1", sectionTitle: "Tiếp dân", footnote: 3, measure: .petitionsResolved,
                type: .denunciation, scope: "cấp xã", value: 1185.8, denominator: 1234, unit: "đơn", subject: "đơn",
                raw: "1.185,8/1.234 đơn", sentence: "Giải quyết 1.185,8/1.234 đơn.", confidence: 0.9 - 0.05),
            Figure(doc: "bao-cao.pdf", page: 3, value: 3547, raw: "3.547", sentence: "Có 3.547.", confidence: 0.6),
        ])

    @Test func writtenThenReadThenWrittenIsTheSameDocumentAndTheSameBytes() throws {
        let data = try DocumentJSONWriter.data(of: Self.document)
        let read = try DocumentJSONReader.document(from: data)
        #expect(read == Self.document)
        #expect(try DocumentJSONWriter.data(of: read) == data)
    }

    @Test func theSchemaIsWrittenAsItAlwaysWas() throws {
        let document = Document(
            source: SourceInfo(path: "a.txt", sha256: "", pages: 1),
            blocks: [
                Block(
                    kind: .paragraph, text: "Nhận 45 đơn.", citations: [Citation(footnote: 7, offset: 11)], section: "II",
                    pages: PageRange(1))
            ],
            footnotes: [Footnote(number: 7, text: "Cấp xã.", page: 1)],
            figures: [Figure(doc: "a.txt", page: 1, measure: .petitionsReceived, value: 45, unit: "đơn", raw: "45 đơn", sentence: "Nhận 45 đơn.", confidence: 0.9)])
        let expected = """
            {
              "schema": "baocao.document/1",
              "source": {
                "path": "a.txt",
                "sha256": "",
                "pages": 1
              },
              "title": [],
              "blocks": [
                {
                  "kind": "paragraph",
                  "text": "Nhận 45 đơn[^7].",
                  "section": "II",
                  "pages": [1, 1]
                }
              ],
              "footnotes": [
                {
                  "number": 7,
                  "text": "Cấp xã.",
                  "page": 1
                }
              ],
              "furniture": [],
              "figures": [
                {
                  "doc": "a.txt",
                  "page": 1,
                  "section": "",
                  "section_title": "",
                  "footnote": null,
                  "measure": "don.tiep_nhan",
                  "type": "",
                  "scope": "",
                  "value": 45,
                  "denominator": null,
                  "unit": "đơn",
                  "subject": "",
                  "raw": "45 đơn",
                  "sentence": "Nhận 45 đơn.",
                  "confidence": 0.9
                }
              ]
            }

            """
        #expect(String(decoding: try DocumentJSONWriter.data(of: document), as: UTF8.self) == expected)
    }

    @Test func documentsOfOtherToolsRead() throws {
        // One page written as `[p]`; a call written `^[N]`.
        let json = """
            {"schema":"baocao.document/1","source":{"path":"x.pdf","sha256":"","pages":1},"title":["Báo cáo^[1]"],
             "blocks":[{"kind":"heading","text":"Kết quả[^2]","level":2,"label":"1","section":"1","pages":[2]}],
             "footnotes":[{"number":1,"text":"Một [^x] hai.","page":2}],"furniture":[],"figures":[]}
            """
        let document = try DocumentJSONReader.document(from: Data(json.utf8))
        #expect(document.title == [TitleLine(text: "Báo cáo", citations: [Citation(footnote: 1, offset: 7)])])
        let heading = try #require(document.blocks.first)
        #expect(heading.pages == PageRange(2))
        #expect(heading.level == .number)
        #expect(heading.citations == [Citation(footnote: 2, offset: 7)])
        #expect(document.footnotes.first?.text == "Một [^x] hai.")
    }

    /// A file that is not a document says what is wrong in one line, where in the file.
    @Test func aWrongFileSaysWhatIsWrong() {
        func message(_ json: String) -> String {
            do {
                _ = try DocumentJSONReader.document(from: Data(json.utf8))
                return "read"
            } catch {
                return String(describing: error)
            }
        }
        #expect(message("{") == "not valid JSON")
        #expect(message(#"{"schema":"baocao.document/1","blocks":5}"#) == "not a baocao document: 'source' is missing")
        let source = #""source":{"path":"x.pdf","sha256":"","pages":1},"title":[]"#
        #expect(message(#"{"schema":"baocao.document/1","# + source + #","blocks":5,"footnotes":[],"furniture":[],"figures":[]}"#)
            == "not a baocao document: 'blocks' is not a list")
        #expect(message(#"{"schema":"baocao.document/1","# + source + #","blocks":[{"kind":"heading"}],"footnotes":[],"furniture":[],"figures":[]}"#)
            .hasPrefix("not a baocao document: 'blocks[0]."))
        #expect(!message("{").contains("DecodingError"))
    }
}
