import BaocaoTestSupport
import Foundation
import Testing

/// The xlsx output read back by another program (openpyxl, through scripts/xlsx-dump.py):
/// numbers are numeric cells, text stays text as written, a frozen header, a sheet per table.
@Suite("Spreadsheets that open right", .enabled(if: PythonRunner.isAvailable, "python3 is not installed"))
struct SpreadsheetTests {
    struct Dump: Decodable {
        struct SheetDump: Decodable {
            var name: String
            var freeze: String?
            var widths: [Double]
            var rows: [[Cell]]
        }
        var sheets: [SheetDump]
    }

    /// ["n", 512.36, "General"], ["s", "23,7%", "General"], ["", null, "General"].
    struct Cell: Decodable {
        var type: String
        var number: Double?
        var text: String?
        var format: String

        init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            type = try container.decode(String.self)
            number = type == "n" ? try container.decode(Double.self) : nil
            text = type == "s" ? try container.decode(String.self) : nil
            if type == "" { _ = try container.decodeNil() }
            format = try container.decode(String.self)
        }
    }

    static func dump(_ path: String) throws -> Dump {
        try JSONDecoder().decode(Dump.self, from: Data(try PythonRunner.run("scripts/xlsx-dump.py", [path]).utf8))
    }

    static func json(_ path: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any] ?? [:]
    }

    /// "1.286" → 1286, "91,0" → 91, "95,6%" → 0.956: the plain Vietnamese numerals of a table
    /// cell; nil for anything else (left unchecked).
    static func plainNumeral(_ cell: String) -> Double? {
        guard cell.wholeMatch(of: /[0-9]{1,3}(\.[0-9]{3})*(,[0-9]+)?%?/) != nil else { return nil }
        let percent = cell.hasSuffix("%")
        let digits = cell.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
            .replacingOccurrences(of: "%", with: "")
        return Double(digits).map { percent ? $0 / 100 : $0 }
    }

    @Test("extract --format xlsx of a report with annex tables: figures and tables as numbers")
    func extractWorkbook() throws {
        let out = try Fixtures.temporaryDirectory()
        let input = SharedData.benchCase("t001", "digital.pdf").path
        let result = try BaocaoRunner.run(["extract", input, "--out", out, "--format", "json,xlsx", "--quiet"], timeout: 600)
        try #require(result.status == 0, "\(result.stderr)")
        let document = try Self.json("\(out)/t001.digital.json")
        let workbook = try Self.dump("\(out)/t001.digital.xlsx")
        let figures = document["figures"] as? [[String: Any]] ?? []
        let tables = (document["blocks"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "table" }
        try #require(!figures.isEmpty && !tables.isEmpty)

        let sheet = workbook.sheets[0]
        #expect(sheet.name == "figures")
        #expect(sheet.freeze == "A2")
        #expect(sheet.rows[0].compactMap(\.text).suffix(2) == ["number", "date"])
        #expect(sheet.rows.count == figures.count + 1)
        let header = sheet.rows[0].compactMap(\.text)
        let value = try #require(header.firstIndex(of: "value")), page = try #require(header.firstIndex(of: "page"))
        let raw = try #require(header.firstIndex(of: "raw"))
        for (row, figure) in zip(sheet.rows.dropFirst(), figures) {
            #expect(row[value].type == "n" && row[value].number == figure["value"] as? Double)
            #expect(row[page].type == "n" && row[page].number == (figure["page"] as? Int).map(Double.init))
            // The raw text as the document printed it: "23,7%" is no number here.
            #expect(row[raw].type == "s" && row[raw].text == figure["raw"] as? String)
        }
        #expect(sheet.widths.allSatisfy { $0 >= 8 && $0 <= 63 })

        #expect(workbook.sheets.count == 1 + tables.count)
        var numbers = 0
        for (table, tableSheet) in zip(tables, workbook.sheets.dropFirst()) {
            let headerRows = table["header_rows"] as? Int ?? 0
            let rows = table["rows"] as? [[String]] ?? []
            if headerRows > 0 { #expect(tableSheet.freeze == "A\(headerRows + 1)") }
            for (index, (cells, row)) in zip(rows, tableSheet.rows).enumerated() {
                for (cell, read) in zip(cells, row) where !cell.isEmpty {
                    if index >= headerRows, let expected = Self.plainNumeral(cell) {
                        #expect(read.type == "n", "\(tableSheet.name): '\(cell)' should be a number")
                        #expect(abs((read.number ?? .nan) - expected) < 1e-9, "\(tableSheet.name): '\(cell)'")
                        if cell.hasSuffix("%") { #expect(read.format.hasSuffix("%")) }
                        numbers += 1
                    } else if !cell.contains(where: \.isNumber) {
                        #expect(read.text == cell)
                    }
                }
            }
        }
        #expect(numbers > 20)
    }

    @Test("figures --xlsx holds the CSV's rows, numeric columns as numbers")
    func figuresWorkbook() throws {
        let out = try Fixtures.temporaryDirectory()
        let result = try BaocaoRunner.run(
            ["figures", Fixtures.digitalPDF, "--csv", "\(out)/f.csv", "--xlsx", "\(out)/f.xlsx"], timeout: 300)
        try #require(result.status == 0, "\(result.stderr)")
        let csv = CSVTable(try String(contentsOfFile: "\(out)/f.csv", encoding: .utf8))
        let sheet = try Self.dump("\(out)/f.xlsx").sheets[0]
        #expect(sheet.rows[0].compactMap(\.text) == csv.header)
        #expect(sheet.rows.count == csv.rows.count + 1)
        let numeric: Set<String> = ["page", "footnote", "value", "denominator", "confidence"]
        for (row, fields) in zip(sheet.rows.dropFirst(), csv.rows) {
            for (column, (cell, field)) in zip(csv.header, zip(row, fields)) {
                if field.isEmpty {
                    #expect(cell.type == "")
                } else if numeric.contains(column) {
                    #expect(cell.type == "n" && cell.number == Double(field), "\(column): \(field)")
                } else {
                    #expect(cell.type == "s" && cell.text == field, "\(column): \(field)")
                }
            }
        }
    }
}
