import BaocaoTestSupport
import Foundation
import Testing

/// The headline use, the user's way: broken text (diacritics stripped, or OCR'd without the
/// Vietnamese model) goes through `extract` with the default options, and every output carries
/// the restored words; `figures` then reads petition figures from it.
@Suite("Restored text reaches every output")
struct RestoredOutputTests {
    static let formats = ["txt", "json", "pages", "md", "body", "csv"]

    /// One `extract` run over the seeds and the bench's stripped and English-model OCR texts,
    /// every format, default `--restore`. Run once; every test below reads its outputs.
    static let run: Result<String, any Error> = Result {
        let work = try Fixtures.temporaryDirectory()
        let inputs = (work as NSString).appendingPathComponent("in")
        try FileManager.default.createDirectory(atPath: inputs, withIntermediateDirectories: true)
        for name in SharedData.reportCases {
            for kind in ["stripped", "ocr-eng"] {
                try FileManager.default.copyItem(
                    at: SharedData.benchCase(name, "\(kind).txt"),
                    to: URL(fileURLWithPath: inputs).appendingPathComponent("\(name).\(kind).txt"))
            }
        }
        for seed in try SharedData.seeds() {
            try FileManager.default.copyItem(
                at: seed, to: URL(fileURLWithPath: inputs).appendingPathComponent(seed.lastPathComponent))
        }
        let out = (work as NSString).appendingPathComponent("out")
        let result = try BaocaoRunner.run(
            ["extract", inputs, "--out", out, "--format", formats.joined(separator: ","), "--quiet"], timeout: 900)
        guard result.status == 0 else {
            throw RunFailure(description: "extract exited \(result.status): \(result.stderr.prefix(2000))")
        }
        return out
    }

    struct RunFailure: Error, CustomStringConvertible { var description: String }

    /// The text a user reads in one output file of `stem`.
    static func text(of format: String, stem: String) throws -> String {
        let out = try run.get()
        func read(_ suffix: String) throws -> String {
            try String(contentsOfFile: (out as NSString).appendingPathComponent(stem + suffix), encoding: .utf8)
        }
        func json(_ suffix: String) throws -> [String: Any] {
            let data = try Data(contentsOf: URL(fileURLWithPath: (out as NSString).appendingPathComponent(stem + suffix)))
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw RunFailure(description: "\(stem)\(suffix) is not a JSON object")
            }
            return object
        }
        switch format {
        case "txt": return try read(".txt")
        case "md": return try read(".md")
        case "body": return try read(".body.txt")
        case "csv": return CSVTable(try read(".csv")).column("sentence").joined(separator: "\n")
        case "json":
            let document = try json(".json")
            let blocks = (document["blocks"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
            let notes = (document["footnotes"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
            return (blocks + notes).joined(separator: "\n")
        case "pages":
            let pages = try json(".pages.json")["pages"] as? [[String: Any]] ?? []
            return pages.flatMap { $0["lines"] as? [[String: Any]] ?? [] }.compactMap { $0["text"] as? String }
                .joined(separator: "\n")
        default: throw RunFailure(description: "no such format \(format)")
        }
    }

    /// Share of the output's words that the case's reference text uses. Broken text scores
    /// about 0.2 (most syllables lose their marks), restored text above 0.93.
    static func knownWordShare(_ text: String, reference: Set<String>) -> Double {
        let words = lowercaseWords(text)
        guard !words.isEmpty else { return 0 }
        return Double(words.filter(reference.contains).count) / Double(words.count)
    }

    @Test("stripped and English-model OCR text comes out restored in every format", arguments: SharedData.reportCases)
    func benchTexts(name: String) throws {
        let reference = Set(lowercaseWords(try String(contentsOf: SharedData.benchCase(name, "pages.txt"), encoding: .utf8)))
        for (kind, floor) in [("stripped", 0.95), ("ocr-eng", 0.88)] {
            for format in Self.formats {
                let share = Self.knownWordShare(try Self.text(of: format, stem: "\(name).\(kind)"), reference: reference)
                #expect(share >= floor, "\(name).\(kind) \(format): \(share) of the words are the reference's")
            }
        }
    }

    @Test("the seed read by Tesseract without the Vietnamese model comes out restored in every format")
    func englishModelSeed() throws {
        let seed = try #require(try SharedData.seeds().first { $0.lastPathComponent.hasPrefix("001_") })
        let stem = seed.deletingPathExtension().lastPathComponent
        for format in Self.formats {
            let words = Set(lowercaseWords(try Self.text(of: format, stem: stem)))
            for restored in ["nghị", "quyết", "thực", "hiện", "của", "đảng"] {
                #expect(words.contains(restored), "seed 001 \(format) lacks \(restored)")
            }
            // The broken forms of the same words are gone.
            for broken in ["quyét", "hién", "ciia"] {
                #expect(!words.contains(broken), "seed 001 \(format) still has \(broken)")
            }
        }
    }

    @Test("seeds in good Vietnamese come through every format with their own words")
    func goodSeeds() throws {
        for seed in try SharedData.seeds() where !seed.lastPathComponent.hasPrefix("001_") {
            let own = Set(lowercaseWords(try String(contentsOf: seed, encoding: .utf8)))
            let stem = seed.deletingPathExtension().lastPathComponent
            for format in Self.formats {
                let share = Self.knownWordShare(try Self.text(of: format, stem: stem), reference: own)
                #expect(share >= 0.98, "\(stem) \(format): only \(share) of the words are the seed's")
            }
        }
    }

    /// Petition figures of the gold, found in `figures`' CSV: (measure, value) pairs, a gold
    /// measure "a|b" accepting either and one without a dot accepting any measure under it.
    static func figureScores(gold: [[String: String]], found: [[String: String]]) -> (precision: Double, recall: Double) {
        let petitionPrefixes = ["don", "vu_viec", "tiep_cong_dan", "doi_thoai", "thanh_tra"]
        func isPetition(_ measure: String) -> Bool {
            petitionPrefixes.contains { measure == $0 || measure.hasPrefix($0 + ".") }
        }
        func accepts(_ goldMeasure: String, _ measure: String) -> Bool {
            goldMeasure.split(separator: "|").contains { option in
                option.contains(".") ? measure == option : (measure == option || measure.hasPrefix(option + "."))
            }
        }
        func value(_ text: String?) -> Double? { text.flatMap { Double($0.replacingOccurrences(of: ",", with: ".")) } }
        var unmatched = found.filter { isPetition($0["measure"] ?? "") }
        let rows = unmatched.count
        var hits = 0
        for row in gold {
            guard let wanted = value(row["value"]), let measure = row["measure"] else { continue }
            if let index = unmatched.firstIndex(where: { accepts(measure, $0["measure"] ?? "") && value($0["value"]) == wanted }) {
                hits += 1
                unmatched.remove(at: index)
            }
        }
        return (rows == 0 ? 0 : Double(hits) / Double(rows), gold.isEmpty ? 1 : Double(hits) / Double(gold.count))
    }

    @Test("figures reads petition figures from stripped and English-model OCR text")
    func figuresCommand() throws {
        let gold = try SharedData.goldFigures(of: "s000")
        for (kind, floor) in [("stripped", 0.95), ("ocr-eng", 0.6)] {
            let result = try BaocaoRunner.run(["figures", SharedData.benchCase("s000", "\(kind).txt").path], timeout: 300)
            #expect(result.status == 0)
            let scores = Self.figureScores(gold: gold, found: CSVTable(result.stdout).records)
            #expect(scores.precision >= 0.95, "s000.\(kind): precision \(scores.precision)")
            #expect(scores.recall >= floor, "s000.\(kind): recall \(scores.recall)")
        }
    }
}
