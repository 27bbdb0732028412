import BaocaoTestSupport
import Foundation
import Testing

/// A report written as text with a table of each kind (Markdown pipes, tab-separated,
/// semicolon-separated, columns aligned with spaces) through `extract` and `figures`, the
/// user's way: table blocks in the JSON, tables in the Markdown and the workbook, and the cells
/// as figures under their row label and column header, never read again from the prose.
@Suite("Tables in text inputs through extract and figures")
struct TextTableCLITests {
    static let input = Fixtures.fixture("text-tables-report.txt")

    static func extract() throws -> String {
        let out = try Fixtures.temporaryDirectory()
        let result = try BaocaoRunner.run(["extract", input, "--out", out, "--format", "json,md,xlsx", "--quiet"], timeout: 300)
        try #require(result.status == 0, "\(result.stderr)")
        return out
    }

    @Test func everyKindIsATableBlockAndNoParagraph() throws {
        let out = try Self.extract()
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(out)/text-tables-report.json"))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let blocks = document["blocks"] as? [[String: Any]] ?? []
        let tables = blocks.filter { $0["kind"] as? String == "table" }
        let rows = tables.map { $0["rows"] as? [[String]] ?? [] }
        #expect(tables.count == 4)
        #expect(rows.first?.first == ["STT", "Đơn vị", "Số lượt tiếp", "Số đơn nhận"])
        #expect(rows.first?.contains(["2", "Xã Gò Sen | Bến Đá", "98", "31"]) == true)
        #expect(rows.dropFirst().first?.contains(["Tố cáo", "12", "10", "2"]) == true)
        #expect(rows.dropFirst(2).first?.contains(["Xã Gò Sen", "3", "87"]) == true)
        #expect(rows.last?.contains(["2", "Xã Gò Sen (gồm cả các thôn sáp nhập năm 2025)", "12", "12", "100"]) == true)
        #expect(tables.first?["label"] as? String == "Bảng 1. Tiếp công dân theo đơn vị")
        #expect(tables.allSatisfy { $0["header_rows"] as? Int == 1 })
        // A text table has no place on a printed page: no cell boxes.
        #expect(tables.allSatisfy { (($0["cell_boxes"] as? [[Any]]) ?? []).joined().allSatisfy { $0 is NSNull } })
        // No table row is read as prose as well.
        let prose = blocks.filter { $0["kind"] as? String != "table" }.compactMap { $0["text"] as? String }.joined(separator: "\n")
        for cell in ["Bến Đá", "Kiến nghị, phản ánh", "Đồi Mây;5;140", "83,3", "sáp nhập năm 2025", "Số lượt người tham dự"] {
            #expect(!prose.contains(cell), "\(cell) in the prose")
        }
        #expect(prose.contains("Các đơn còn lại đang được xác minh; dự kiến giải quyết xong"))
        #expect(prose.contains("Lò Văn Khởi"))

        let markdown = try String(contentsOfFile: "\(out)/text-tables-report.md", encoding: .utf8)
        #expect(markdown.contains("Xã Gò Sen \\| Bến Đá") || markdown.contains("Xã Gò Sen | Bến Đá"))
        #expect(markdown.contains("| Kiến nghị, phản ánh | 44 | 30 | 14 |"))
        let workbook = try Data(contentsOf: URL(fileURLWithPath: "\(out)/text-tables-report.xlsx"))
        #expect(workbook.prefix(2) == Data("PK".utf8))
    }

    @Test func tableCellsAreFiguresWithRowLabelAndColumnHeader() throws {
        let result = try BaocaoRunner.run(["figures", Self.input], timeout: 300)
        try #require(result.status == 0, "\(result.stderr)")
        let rows = CSVTable(result.stdout).records
        let visits = rows.filter { $0["measure"] == "tiep_cong_dan.luot" && $0["scope"] == "Xã Suối Bạc" }
        #expect(visits.map { $0["value"] } == ["120"])
        #expect(visits.first?["subject"] == "Số lượt tiếp")
        let dialogues = rows.filter { $0["measure"] == "doi_thoai.cuoc" }
        #expect(dialogues.map { $0["value"] } == ["4", "3", "5"])
        // The semicolon table's numbers are figures of its cells, not of a sentence.
        #expect(!rows.contains { ($0["sentence"] ?? "").contains("Xã Gò Sen;3;87") })
        // The prose figures stay, read once.
        #expect(rows.filter { $0["measure"] == "tiep_cong_dan.luot" && $0["value"] == "318" && $0["scope"] == "huyện" }.count == 1)
    }

    /// A text table's header as pdftotext sets it: two cells' first lines run together ("Đã
    /// giải Đang giải") are still two columns, resolved and pending; a column whose header
    /// words could not be placed without a guess gives its figures no measure, not even the
    /// one the table's title would suggest.
    @Test func headerWordsPlacedByTheirLinesAndUnplaceableColumnsNameNothing() throws {
        let result = try BaocaoRunner.run(["figures", Fixtures.fixture("text-tables-header.txt")], timeout: 300)
        try #require(result.status == 0, "\(result.stderr)")
        let rows = CSVTable(result.stdout).records
        let resolved = rows.filter { $0["section"] == "Phụ lục 06" && $0["measure"] == "don.da_giai_quyet" }
        #expect(resolved.map { $0["value"] } == ["31", "20", "12"])
        #expect(resolved.first?["subject"] == "Đã giải quyết")
        let pending = rows.filter { $0["section"] == "Phụ lục 06" && $0["measure"] == "don.dang_giai_quyet" }
        #expect(pending.map { $0["value"] } == ["14", "11", "8"])
        let unplaced = rows.filter { $0["section"] == "Phụ lục 07" && ($0["measure"] ?? "").isEmpty }
        #expect(unplaced.compactMap { $0["value"] } == ["31", "14", "20", "11", "12", "8"])
        #expect(unplaced.allSatisfy { ($0["subject"] ?? "").isEmpty })
        #expect(rows.filter { $0["section"] == "Phụ lục 07" && $0["measure"] == "don.tiep_nhan" }.map { $0["value"] } == ["45", "31", "20"])
    }

    /// A dense header pdftotext set several characters left of its figures is read by its
    /// drift: each column's figures get the measure of the header over them, visits as
    /// visits and people as people.
    @Test func driftedHeaderNamesItsFigures() throws {
        let result = try BaocaoRunner.run(["figures", Fixtures.fixture("text-tables-drift.txt")], timeout: 300)
        try #require(result.status == 0, "\(result.stderr)")
        let rows = CSVTable(result.stdout).records.filter { $0["section"] == "Phụ lục 08" }
        let visits = rows.filter { $0["measure"] == "tiep_cong_dan.luot" }
        #expect(visits.map { $0["value"] } == ["120", "98", "75", "61"])
        #expect(visits.first?["subject"] == "Lượt")
        let people = rows.filter { $0["measure"] == "tiep_cong_dan.nguoi" && $0["subject"] == "Người" }
        #expect(people.map { $0["value"] } == ["131", "104", "80", "70"])
        let cases = rows.filter { $0["measure"] == "vu_viec.tiep_nhan" }
        #expect(cases.map { $0["value"] } == ["96", "81", "66", "50"])
        #expect(cases.allSatisfy { $0["subject"] == "Vụ việc" })
        #expect(!rows.contains { ($0["measure"] ?? "").isEmpty })
        // "Số đoàn" counts delegations, not the citizens the title names.
        let delegations = rows.filter { $0["measure"] == "tiep_cong_dan.doan" }
        #expect(delegations.map { $0["value"] } == ["2", "1", "3", "1"])
        #expect(delegations.allSatisfy { $0["subject"] == "Số đoàn" })
    }

    /// A dense header pdftotext squeezed left of its figures by a different amount in each
    /// cell ("Khiếu Tố nghị," one space apart over figures ten characters right of it) is read
    /// by the order of its cells: every column is named, the types go to their own columns, the
    /// merged cells ("Chia theo loại đơn", "Kết quả xử lý cuối kỳ") head the columns under them,
    /// and the columns within competence and pending get their measures.
    @Test func denseHeaderIsReadByTheOrderOfItsCells() throws {
        let result = try BaocaoRunner.run(["figures", Fixtures.fixture("text-tables-dense-header.txt")], timeout: 300)
        try #require(result.status == 0, "\(result.stderr)")
        let rows = CSVTable(result.stdout).records.filter { $0["section"] == "Phụ lục 09" }
        func values(_ measure: String, _ type: String = "") -> [String] {
            rows.filter { $0["measure"] == measure && $0["type"] == type }.compactMap { $0["value"] }
        }
        #expect(values("don.tiep_nhan") == ["64", "41", "27", "35", "167"])
        #expect(values("don.tiep_nhan", "khieu_nai") == ["5", "2", "1", "8"])
        #expect(values("don.tiep_nhan", "to_cao") == ["2", "3", "1", "6"])
        #expect(values("don.tiep_nhan", "kien_nghi_phan_anh") == ["57", "38", "25", "33", "153"])
        #expect(values("don.thuoc_tham_quyen") == ["40", "29", "18", "30", "117"])
        #expect(values("don.da_giai_quyet") == ["36", "29", "15", "28", "108"])
        #expect(values("don.dang_giai_quyet") == ["4", "3", "2", "9"])
        #expect(rows.first { $0["value"] == "36" }?["subject"] == "Kết quả xử lý cuối kỳ - Đã giải quyết")
        // Only the shares are left without a measure.
        #expect(rows.filter { ($0["measure"] ?? "").isEmpty }.allSatisfy { $0["unit"] == "%" })
    }

    /// Header words stacked over one column (a group's name over its first sub-column's words)
    /// came out in an order a dictionary gave, which changes from process to process: the same
    /// file gave "Khiếu nại Đã giải quyết" in one run and "Đã giải quyết Khiếu nại" in the next.
    /// Every run must write the same bytes, the upper line's words first.
    @Test func stackedHeaderWordsReadTheSameInEveryRun() throws {
        let input = Fixtures.fixture("text-tables-stacked-header.txt")
        var outputs = Set<String>()
        for _ in 0..<8 {
            let result = try BaocaoRunner.run(["figures", input], timeout: 300)
            try #require(result.status == 0, "\(result.stderr)")
            outputs.insert(result.stdout)
        }
        #expect(outputs.count == 1)
        let rows = CSVTable(outputs.first ?? "").records
        // "Khiếu nại" and "Tố cáo" each head the two columns under them ("Tố cáo" stands
        // between its two, over neither): a header row of their own, the types of both columns.
        #expect(rows.first { $0["value"] == "31" }?["subject"] == "Khiếu nại - Đã giải quyết")
        let complaints = rows.filter { $0["type"] == "khieu_nai" }
        #expect(complaints.filter { $0["measure"] == "don.dang_giai_quyet" }.map { $0["value"] } == ["4", "3", "2", "1", "10"])
        let denunciations = rows.filter { $0["type"] == "to_cao" }
        #expect(denunciations.filter { $0["measure"] == "don.da_giai_quyet" }.map { $0["value"] } == ["12", "9", "10", "7", "38"])
        #expect(denunciations.filter { $0["measure"] == "don.dang_giai_quyet" }.map { $0["value"] } == ["2", "1", "3", "2", "8"])
        #expect(!rows.contains { ($0["measure"] ?? "").isEmpty })
    }

    /// Tables whose headers say only "Số đơn", "Đã giải quyết", "Số lượt", read through
    /// `figures` the user's way: the sentence that introduces the first ("… tiếp nhận 71 đơn,
    /// kết quả theo bảng sau:") and the caption of the second ("Bảng 2. Tiếp công dân") say what
    /// they count; a row label that is a type gives the type; a table of money and households
    /// under a sentence that counts nothing stays unmeasured.
    @Test func aTableTakesItsMeaningFromTheWordsAroundIt() throws {
        let result = try BaocaoRunner.run(["figures", Fixtures.fixture("table-context-report.txt")], timeout: 300)
        try #require(result.status == 0, "\(result.stderr)")
        let rows = CSVTable(result.stdout).records.filter { ($0["sentence"] ?? "").contains(" / ") }
        let complaints = rows.filter { $0["type"] == "khieu_nai" }
        #expect(complaints.map { $0["measure"] ?? "" } == ["don.tiep_nhan", "don.thuoc_tham_quyen", "don.da_giai_quyet", "don.dang_giai_quyet"])
        #expect(complaints.map { $0["value"] ?? "" } == ["39", "30", "26", "4"])
        #expect(complaints.allSatisfy { ($0["scope"] ?? "").isEmpty })
        #expect(rows.filter { $0["type"] == "kien_nghi_phan_anh" }.map { $0["value"] ?? "" } == ["25", "22", "21", "1"])
        let total = rows.filter { $0["scope"] == "Tổng cộng" }
        #expect(total.map { $0["measure"] ?? "" } == ["don.tiep_nhan", "don.thuoc_tham_quyen", "don.da_giai_quyet", "don.dang_giai_quyet"])
        #expect(total.allSatisfy { ($0["type"] ?? "").isEmpty })
        // The tab-separated table under its caption line.
        let reception = rows.filter { $0["scope"] == "Xã Lũng Hồ" && $0["section"] == "Bảng 2. Tiếp công dân" }
        #expect(reception.map { $0["measure"] ?? "" } == ["tiep_cong_dan.luot", "tiep_cong_dan.nguoi", "vu_viec.tiep_nhan"])
        // Money and households: no meaning.
        let support = rows.filter { ($0["subject"] ?? "").hasPrefix("Số tiền") || ($0["subject"] ?? "").hasPrefix("Số hộ") }
        #expect(support.count == 4 && support.allSatisfy { ($0["measure"] ?? "").isEmpty })
    }

    /// Tables about crime, traffic accidents and fines (a Markdown table, a table aligned with
    /// spaces, a Markdown table of violations) under sentences that say "tiếp nhận" and "giải
    /// quyết" count incidents, offenders and money, not petitions: every cell is a row and none
    /// has a petition measure. The petition table after them keeps its own, and its columns of
    /// money and land take nothing from the sentence that introduces it.
    @Test func tablesAboutCrimeAndMoneyGiveNoPetitionRows() throws {
        let result = try BaocaoRunner.run(["figures", Fixtures.fixture("table-not-petitions-report.txt")], timeout: 300)
        try #require(result.status == 0, "\(result.stderr)")
        let rows = CSVTable(result.stdout).records.filter { ($0["sentence"] ?? "").contains(" / ") }
        let crime = rows.filter { ["1", "2", "3"].contains($0["section"] ?? "") }
        // No silent drop: 3 rows x 3 columns, 3 x 4 (spaced), 2 x 2.
        #expect(crime.count == 9 + 12 + 4)
        #expect(crime.allSatisfy { ($0["measure"] ?? "").isEmpty }, "\(crime.filter { !($0["measure"] ?? "").isEmpty })")
        #expect(crime.filter { $0["scope"] == "Xã Pác Ngà" }.map { $0["value"] ?? "" } == ["3", "1", "6", "70"])
        let petitions = rows.filter { $0["section"] == "4" }
        #expect(petitions.map { $0["measure"] ?? "" } == ["vu_viec.tiep_nhan", "don.da_giai_quyet", "", "", "vu_viec.tiep_nhan", "don.da_giai_quyet", "", ""])
        #expect(petitions.map { $0["value"] ?? "" } == ["5", "4", "210", "640", "3", "3", "60", "150"])
    }

    /// Cells written as shares ("58/71" under "Đã giải quyết/Thuộc thẩm quyền", "12/15" under
    /// "Đã giải quyết") were dropped without a row; each is one figure, the part with its whole,
    /// as "đã giải quyết 58/71 đơn" is in a sentence. A column of dates ("Ngày báo cáo": "5/12")
    /// takes no meaning from the sentence before the table and gives no share. A label that
    /// carries its title on its line ("Bảng 2. Kết quả giải quyết vụ việc khiếu nại", over 40
    /// characters) is the table's label, not a paragraph whose "2" is a figure.
    @Test func sharesInCellsAreFiguresWithTheirWhole() throws {
        let result = try BaocaoRunner.run(["figures", Fixtures.fixture("table-shares.md")], timeout: 300)
        try #require(result.status == 0, "\(result.stderr)")
        let rows = CSVTable(result.stdout).records
        let resolved = rows.filter { $0["measure"] == "don.da_giai_quyet" }
        #expect(resolved.map { $0["value"] } == ["58", "40", "30"])
        #expect(resolved.map { $0["denominator"] } == ["71", "44", "39"])
        #expect(!rows.contains { ($0["raw"] ?? "").hasSuffix("/12") })
        #expect(!rows.contains { ($0["measure"] ?? "").hasPrefix("don.thuoc") })
        let cases = rows.filter { $0["measure"] == "vu_viec.da_giai_quyet" }
        #expect(cases.map { $0["value"] } == ["12", "9"])
        #expect(cases.map { $0["denominator"] } == ["15", "9"])
        #expect(cases.allSatisfy { $0["section"] == "Bảng 2. Kết quả giải quyết vụ việc khiếu nại" })
        #expect(!rows.contains { $0["scope"] == "Bảng" })
    }
}
