import BaocaoTestSupport
import Foundation
import Testing

/// Real gazette PDFs (`../shared/pdfs`) through `extract --format json,md`, checked against the
/// metadata and legal-structure gold beside them (`../shared/bench/gazette`), read at run time.
@Suite("Gazettes: metadata and legal structure", .serialized)
struct GazetteTests {
    static let decree = "nghi-dinh-so-158-2025-nd-cp-45240"
    static let decision = "quyet-dinh-so-892-qd-ttg-469579"

    struct Extracted {
        var json: [String: Any]
        var markdown: String
    }

    static func extract(_ name: String) throws -> Extracted {
        let out = try Fixtures.temporaryDirectory()
        let pdf = SharedData.root.appendingPathComponent("pdfs/\(name).pdf").path
        let result = try BaocaoRunner.run(["extract", pdf, "--out", out, "--format", "json,md", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(out)/\(name).json")))
        let markdown = try String(contentsOfFile: "\(out)/\(name).md", encoding: .utf8)
        return Extracted(json: json as? [String: Any] ?? [:], markdown: markdown)
    }

    static func gold(_ name: String, _ kind: String) throws -> [String: Any] {
        let url = SharedData.root.appendingPathComponent("bench/gazette/\(name).\(kind).json")
        return try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
    }

    static func blocks(_ json: [String: Any]) -> [[String: Any]] { json["blocks"] as? [[String: Any]] ?? [] }

    /// Heading labels of the articles and of the chapter-like units, in order.
    static func labels(_ blocks: [[String: Any]]) -> (articles: [String], chapters: [String]) {
        let labels = blocks.filter { $0["kind"] as? String == "heading" }.compactMap { $0["label"] as? String }
        let chapterWords = ["Phần", "Chương", "Mục", "Phụ lục"]
        return (
            labels.filter { $0.hasPrefix("Điều ") },
            labels.filter { label in chapterWords.contains { label.lowercased().hasPrefix($0.lowercased()) } }
        )
    }

    @Test("metadata: number, date, type, subject, signer and the digital signature as the gold has them",
          arguments: [decree, decision])
    func metadata(_ name: String) throws {
        let extracted = try Self.extract(name)
        let meta = try #require(extracted.json["meta"] as? [String: Any])
        let gold = try #require(try Self.gold(name, "meta")["meta"] as? [String: Any])
        for field in ["number", "place", "date", "type", "subject"] {
            #expect(meta[field] as? String == gold[field] as? String, "\(field)")
        }
        #expect(meta["issuer"] as? [String] == gold["issuer"] as? [String])
        let signer = meta["signer"] as? [String: Any], goldSigner = gold["signer"] as? [String: Any]
        #expect(signer?["name"] as? String == goldSigner?["name"] as? String)
        #expect(signer?["authority"] as? [String] == goldSigner?["authority"] as? [String])
        let signature = meta["digital_signature"] as? [String: Any], goldSignature = gold["digital_signature"] as? [String: Any]
        for field in ["signer", "organization", "time"] {
            #expect(signature?[field] as? String == goldSignature?[field] as? String, "\(field)")
        }
        // The Markdown opens with the same fields for pandoc.
        #expect(extracted.markdown.hasPrefix("---\n"))
        #expect(extracted.markdown.contains("number: \"\(gold["number"] as? String ?? "")\""))
    }

    @Test("legal structure: the articles and chapter-like headings of the gold, in order", arguments: [decree, decision])
    func legalHeadings(_ name: String) throws {
        let out = Self.labels(Self.blocks(try Self.extract(name).json))
        let gold = Self.labels(try Self.gold(name, "legal")["blocks"] as? [[String: Any]] ?? [])
        #expect(out.articles == gold.articles)
        #expect(out.chapters == gold.chapters)
    }

    @Test("gazette furniture and hidden marks reach neither the title nor the blocks")
    func furnitureAndHiddenText() throws {
        for name in ["nghi-dinh-so-147-2026-nd-cp-469496", "quyet-dinh-so-333-qd-btc-469000", Self.decision] {
            let json = try Self.extract(name).json
            let texts = (json["title"] as? [String] ?? []) + Self.blocks(json).compactMap { $0["text"] as? String }
            #expect(!texts.contains { $0.contains("CÔNG BÁO/Số") || $0.contains("[daky]") || $0.contains("y]") })
            #expect(!texts.contains { $0.contains("năm 20264") })
        }
    }
    /// A scanned gazette whose first page has a printed running header over a scan that stops
    /// short of the page: the header's text layer is not the page's text, the scan is read by
    /// OCR and the notice's header comes out (before, the page kept its 40 header letters).
    @Test func aScanUnderAPrintedHeaderIsRead() throws {
        let pdf = SharedData.root.appendingPathComponent("pdfs/thong-bao-so-02-2023-tb-lpqt-39022.pdf").path
        let result = try BaocaoRunner.run(["extract", pdf, "--pages", "1", "--format", "json"], timeout: 600)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
        let meta = json["meta"] as? [String: Any] ?? [:]
        #expect(meta["type"] as? String == "THÔNG BÁO")
        #expect(meta["date"] as? String == "2023-01-13")
        #expect((meta["signer"] as? [String: Any])?["name"] as? String == "Nguyễn Lương Ngọc")
    }
}
