import DocumentModel
import Foundation
import Testing

@testable import Output

@Suite("Metadata in the writers")
struct MetadataWritersTests {
    static var meta: DocumentMetadata {
        DocumentMetadata(
            issuer: ["ỦY BAN NHÂN DÂN", "HUYỆN ĐỒNG XUÂN"], number: "57/BC-UBND", place: "Đồng Xuân",
            date: DocumentDate(year: 2025, month: 6), type: "BÁO CÁO", subject: "Kết quả tiếp công dân \"quý II\"",
            signer: DocumentMetadata.Signer(authority: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], name: "Ngô Văn Sáu"),
            recipients: ["Sở Nội vụ", "Lưu: VT"],
            digitalSignature: DocumentMetadata.DigitalSignature(
                signer: "Ngô Văn Sáu", organization: nil, time: SigningTime(iso: "2025-06-30T17:05:00+07:00")))
    }

    static var document: Document {
        var document = DocumentWritersTests.document
        document.meta = meta
        document.figures = [
            Figure(
                doc: "bao-cao.pdf", page: 1, section: "I.1", sectionTitle: "Tiếp dân", footnote: nil, measure: .petitionsReceived,
                type: .unspecified, scope: "", value: 12, denominator: nil, unit: "đơn", subject: "đơn", raw: "12 đơn",
                sentence: "Tiếp nhận 12 đơn.", confidence: 0.9)
        ]
        return document
    }

    @Test("JSON: meta after source, every field written, null when absent")
    func json() throws {
        let data = try DocumentJSONWriter.data(of: Self.document)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.range(of: "\"source\"")!.lowerBound < text.range(of: "\"meta\"")!.lowerBound)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let meta = try #require(json["meta"] as? [String: Any])
        #expect(meta["date"] as? String == "2025-06")
        #expect(meta["issuer"] as? [String] == ["ỦY BAN NHÂN DÂN", "HUYỆN ĐỒNG XUÂN"])
        let signature = try #require(meta["digital_signature"] as? [String: Any])
        #expect(signature["organization"] is NSNull)
        #expect(signature["time"] as? String == "2025-06-30T17:05:00+07:00")
        // The document reads back with its metadata (figures reads document JSON this way).
        let decoded = try JSONDecoder().decode(Document.self, from: data)
        #expect(decoded.meta == Self.meta)
    }

    @Test("JSON without a structure stage's metadata has no meta key")
    func noMeta() throws {
        let json = try JSONSerialization.jsonObject(with: try DocumentJSONWriter.data(of: DocumentWritersTests.document))
        #expect((json as? [String: Any])?["meta"] == nil)
    }

    @Test("Markdown opens with a YAML block of the same fields")
    func frontMatter() {
        let text = MarkdownWriter.text(of: Self.document)
        let lines = text.components(separatedBy: "\n")
        #expect(lines.first == "---")
        let end = lines.dropFirst().firstIndex(of: "---") ?? 0
        #expect(Array(lines[1..<end]) == [
            "issuer:", "  - \"ỦY BAN NHÂN DÂN\"", "  - \"HUYỆN ĐỒNG XUÂN\"", "number: \"57/BC-UBND\"", "place: \"Đồng Xuân\"",
            "date: \"2025-06\"", "type: \"BÁO CÁO\"", "subject: \"Kết quả tiếp công dân \\\"quý II\\\"\"", "signer:",
            "  authority:", "    - \"TM. ỦY BAN NHÂN DÂN\"", "    - \"CHỦ TỊCH\"", "  name: \"Ngô Văn Sáu\"", "recipients:",
            "  - \"Sở Nội vụ\"", "  - \"Lưu: VT\"", "digital_signature:", "  signer: \"Ngô Văn Sáu\"", "  organization: null",
            "  time: \"2025-06-30T17:05:00+07:00\"",
        ])
        #expect(lines[end + 1] == "")
        #expect(lines[end + 2] == "**Số: 12/BC-UBND**  ")
    }

    @Test("extract's CSV: the contract's columns, then the document's number and date")
    func csvColumns() {
        let lines = String(decoding: FiguresCSVWriter.documentData(Self.document), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines[0] == (FiguresCSVWriter.columns + ["number", "date"]).joined(separator: ","))
        #expect(lines[1].hasSuffix(",0.9,57/BC-UBND,2025-06"))
        // `figures` keeps the contract's header alone.
        #expect(FiguresCSVWriter.text([]) == FiguresCSVWriter.columns.joined(separator: ",") + "\r\n")
    }

    @Test func datesAndTimesReadBackFromISO() {
        #expect(DocumentDate(iso: "2026-03-10")?.day == 10)
        #expect(DocumentDate(iso: "2026")?.iso == "2026")
        #expect(DocumentDate(iso: "2026-13") == nil)
        #expect(DocumentDate(year: 2026, month: nil, day: 4) == nil)
        #expect(SigningTime(iso: "2024-11-08T16:18:05+07:00")?.offsetMinutes == 420)
        #expect(SigningTime(iso: "2024-11-08 16:18:05") == nil)
    }
}
