import BaocaoTestSupport
import Foundation
import Testing

/// The bench's table cases through `extract`, the user's way: their annex tables come out as
/// table blocks matching the gold grids, in every text format, and their cells as figures.
@Suite("Annex tables through extract")
struct TableCLITests {
    struct RunFailure: Error, CustomStringConvertible { var description: String }

    /// `extract` of `t001`/`t002` in one `kind` (`digital.pdf`, `scanned.pdf`), every format.
    static func extract(_ kind: String) throws -> String {
        let out = try Fixtures.temporaryDirectory()
        let inputs = ["t001", "t002"].map { SharedData.benchCase($0, kind).path }
        let result = try BaocaoRunner.run(
            ["extract"] + inputs + ["--out", out, "--format", "txt,json,md,body,csv", "--quiet"], timeout: 900)
        guard result.status == 0 else { throw RunFailure(description: "extract exited \(result.status): \(result.stderr)") }
        return out
    }

    static let digital = Result { try extract("digital.pdf") }
    static let scanned = Result { try extract("scanned.pdf") }

    static func json(_ path: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw RunFailure(description: "\(path) is not a JSON object")
        }
        return object
    }

    static func tables(_ document: [String: Any]) -> [[[String]]] {
        (document["blocks"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "table" }
            .map { ($0["rows"] as? [[String]]) ?? [] }
    }

    /// Equal non-empty cells over all tables, paired in order, rows by index: F1 and whether
    /// every table has the gold's shape.
    static func compare(_ name: String, in out: String, kind: String) throws -> (f1: Double, shapes: Bool) {
        let gold = tables(try json(SharedData.benchCase(name, "gold.json").path))
        let found = tables(try json("\(out)/\(name).\(kind).json"))
        #expect(found.count == gold.count, "\(name): \(found.count) tables, gold \(gold.count)")
        var equal = 0
        var shapes = true
        for (g, o) in zip(gold, found) {
            shapes = shapes && g.count == o.count && g.map(\.count) == o.map(\.count)
            for (gr, or) in zip(g, o) { equal += zip(gr, or).filter { !$0.0.isEmpty && $0.0 == $0.1 }.count }
        }
        let goldCells = gold.joined().joined().filter { !$0.isEmpty }.count
        let foundCells = found.joined().joined().filter { !$0.isEmpty }.count
        let precision = Double(equal) / Double(max(foundCells, 1)), recall = Double(equal) / Double(max(goldCells, 1))
        return (2 * precision * recall / max(precision + recall, 1e-9), shapes)
    }

    /// Petition figures of the tables against the gold rows `where=table`: (measure, type, value).
    static func figureScores(_ name: String, in out: String, kind: String) throws -> (precision: Double, recall: Double) {
        let gold = try SharedData.goldFigures(of: name).filter { $0["where"] == "table" }
        let csv = try String(contentsOfFile: "\(out)/\(name).\(kind).csv", encoding: .utf8)
        let rows = CSVTable(csv).records.filter { row in
            let measure = row["measure"] ?? ""
            let fromTable = row["sentence"] == [row["scope"] ?? "", row["subject"] ?? ""].filter { !$0.isEmpty }.joined(separator: " / ")
            return fromTable && !measure.isEmpty
        }
        var unmatched = rows.map { ($0["measure"] ?? "", $0["type"] ?? "", Double($0["value"] ?? "") ?? -1) }
        var hits = 0
        for g in gold {
            let value = Double((g["value"] ?? "").replacingOccurrences(of: ".", with: "")) ?? -2
            if let index = unmatched.firstIndex(where: { $0.0 == g["measure"] && $0.1 == g["type"] && $0.2 == value }) {
                unmatched.remove(at: index)
                hits += 1
            }
        }
        return (Double(hits) / Double(max(rows.count, 1)), Double(hits) / Double(max(gold.count, 1)))
    }

    @Test(arguments: ["t001", "t002"])
    func digitalTablesMatchTheGold(_ name: String) throws {
        let out = try Self.digital.get()
        let (f1, shapes) = try Self.compare(name, in: out, kind: "digital")
        #expect(f1 >= 0.97, "cell F1 \(f1)")
        #expect(shapes)
        let (precision, recall) = try Self.figureScores(name, in: out, kind: "digital")
        #expect(precision >= 0.95 && recall >= 0.95, "figures P \(precision) R \(recall)")
    }

    @Test(arguments: ["t001", "t002"])
    func scannedTablesMatchTheGold(_ name: String) throws {
        let out = try Self.scanned.get()
        let (f1, shapes) = try Self.compare(name, in: out, kind: "scanned")
        #expect(f1 >= 0.92, "cell F1 \(f1)")
        #expect(shapes)
        let found = Self.tables(try Self.json("\(out)/\(name).scanned.json"))
        #expect(!found.joined().joined().contains { $0.contains("|") }, "a rule read as a bar")
        // Cells are restored as the page's lines are: OCR's "Tống số", "thấm quyền" read right.
        #expect(found.joined().joined().contains("Tổng số đơn tiếp nhận"))
        let (precision, recall) = try Self.figureScores(name, in: out, kind: "scanned")
        #expect(precision >= 0.95 && recall >= 0.95, "figures P \(precision) R \(recall)")
    }

    /// `figures` reads the table blocks back from the document JSON: the same figures.
    @Test func figuresReadTablesFromDocumentJSON() throws {
        let out = try Self.digital.get()
        let csv = "\(out)/from-json.csv"
        let result = try BaocaoRunner.run(["figures", "\(out)/t001.digital.json", "--csv", csv])
        #expect(result.status == 0, "\(result.stderr)")
        let fromJSON = CSVTable(try String(contentsOfFile: csv, encoding: .utf8))
        let extracted = CSVTable(try String(contentsOfFile: "\(out)/t001.digital.csv", encoding: .utf8))
        #expect(fromJSON.rows.count == extracted.rows.count)
        // `extract` adds the document's number and date after the contract's columns; `figures`
        // writes the contract's alone. Past the file name, the contract's columns are the same.
        let contract = fromJSON.header.count
        #expect(extracted.header == fromJSON.header + ["number", "date"])
        #expect(fromJSON.rows.map { $0.dropFirst() } == extracted.rows.map { $0.prefix(contract).dropFirst() })
        #expect(extracted.column("sentence").filter { $0.hasSuffix(" / Tiếp công dân - Lượt") }.count == 13)
    }

    /// The text formats read the tables row by row: page text with a tab between cells, Markdown
    /// as pipe tables, body text as tab-separated rows.
    @Test func textFormatsReadTablesRowByRow() throws {
        let out = try Self.digital.get()
        let txt = try String(contentsOfFile: "\(out)/t001.digital.txt", encoding: .utf8)
        let pages = txt.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        #expect(pages[4].contains("5\tHuyện Tân Hòa\t305\t352\t270\t45\t38\t2\t41"))
        let md = try String(contentsOfFile: "\(out)/t001.digital.md", encoding: .utf8)
        #expect(md.contains("| STT | Đơn vị | Tiếp công dân / Lượt | Tiếp công dân / Người |"))
        #expect(md.contains("| 5 | Huyện Tân Hòa | 305 | 352 | 270 | 45 | 38 | 2 | 41 |"))
        let body = try String(contentsOfFile: "\(out)/t002.digital.body.txt", encoding: .utf8)
        #expect(body.contains("\nBiểu số 02/XLĐ\nKẾT QUẢ TIẾP NHẬN, XỬ LÝ ĐƠN THƯ 6 THÁNG ĐẦU NĂM 2025\nĐơn vị tính: đơn\n"))
        #expect(body.contains("\n30\tThị trấn Nông trường Sông Bôi\t25\t3\t2\t20\t25\t25\t-\t100\n"))
    }
    /// pandoc, the Markdown reader users convert with, takes the pipe tables as tables: every
    /// annex table of t001/t002 with its rows, the header rows joined into one.
    @Test(.enabled(if: Fixtures.tool("pandoc") != nil, "pandoc is not installed (make test installs it)"))
    func pandocReadsTheMarkdownTables() throws {
        let out = try Self.digital.get()
        for name in ["t001", "t002"] {
            let markdown = "\(out)/\(name).digital.md"
            let result = try BaocaoRunner.run(
                ["-f", "markdown", "-t", "html", markdown], executable: try #require(Fixtures.tool("pandoc")))
            #expect(result.status == 0, "\(result.stderr)")
            let html = result.stdout
            let gold = Self.tables(try Self.json(SharedData.benchCase(name, "gold.json").path))
            let goldHeaders = (try Self.json(SharedData.benchCase(name, "gold.json").path)["blocks"] as? [[String: Any]] ?? [])
                .filter { $0["kind"] as? String == "table" }.map { $0["header_rows"] as? Int ?? 0 }
            let tables = html.components(separatedBy: "<table").dropFirst()
            #expect(tables.count == gold.count, "\(name): pandoc read \(tables.count) tables")
            for ((table, rows), header) in zip(zip(tables, gold), goldHeaders) {
                let body = table.components(separatedBy: "</table>")[0]
                #expect(body.components(separatedBy: "<tr").count - 1 == rows.count - header + 1)
                #expect(body.components(separatedBy: "<th>").count + body.components(separatedBy: "<th ").count - 2 == rows[0].count)
            }
        }
    }
}
