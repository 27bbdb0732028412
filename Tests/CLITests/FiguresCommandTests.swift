import BaocaoTestSupport
import Foundation
import Testing

@Suite("baocao figures")
struct FiguresCommandTests {
    static let report = """
        BÁO CÁO
        Kết quả công tác tiếp công dân quý I

        I. KẾT QUẢ THỰC HIỆN

        1. Công tác tiếp công dân, giải quyết đơn thư

        Trong quý, Ban Tiếp công dân huyện đã tiếp 45 lượt công dân. Cấp xã tiếp nhận 120 đơn, đã giải quyết xong 98/120 đơn, đạt 81,7%.

        """

    @Test("one CSV for the inputs, with the contract's header, petition measures and a BOM for --excel")
    func csvForExcel() throws {
        let directory = try Fixtures.temporaryDirectory()
        let input = (directory as NSString).appendingPathComponent("quy1.txt")
        try Self.report.write(toFile: input, atomically: true, encoding: .utf8)
        let csv = (directory as NSString).appendingPathComponent("figures.csv")
        let result = try BaocaoRunner.run(["figures", input, "--csv", csv, "--excel", "--restore", "off"])
        #expect(result.status == 0)
        let data = try Data(contentsOf: URL(fileURLWithPath: csv))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let lines = String(decoding: data.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines.first == "doc,page,section,section_title,footnote,measure,type,scope,value,denominator,unit,subject,raw,sentence,confidence")
        let measures = lines.dropFirst().compactMap { $0.split(separator: ",").dropFirst(5).first.map(String.init) }
        #expect(Array(measures.prefix(3)) == ["tiep_cong_dan.luot", "don.tiep_nhan", "don.da_giai_quyet"])
        #expect(lines.contains { $0.contains(",98,120,đơn,") })
    }

    /// A folder was refused ("it is a directory") while `extract` walks it: the user with a
    /// folder of reports had to list every file.
    @Test("a folder gives its documents, each named by its path, walked as extract walks it")
    func folderOfReports() throws {
        let directory = try Fixtures.temporaryDirectory()
        let reports = (directory as NSString).appendingPathComponent("bao-cao")
        try FileManager.default.createDirectory(atPath: reports + "/2025", withIntermediateDirectories: true)
        try Self.report.write(toFile: reports + "/quy1.txt", atomically: true, encoding: .utf8)
        try Self.report.replacingOccurrences(of: "120 đơn", with: "75 đơn")
            .write(toFile: reports + "/2025/quy2.txt", atomically: true, encoding: .utf8)
        try "không phải báo cáo".write(toFile: reports + "/ghi-chu.docx", atomically: true, encoding: .utf8)
        let empty = (directory as NSString).appendingPathComponent("trong")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let result = try BaocaoRunner.run(["figures", reports, "--restore", "off"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.components(separatedBy: "\r\n").filter { $0.contains("don.tiep_nhan") }
        #expect(rows.count == 2)
        #expect(rows.contains { $0.hasPrefix("\(reports)/quy1.txt,") && $0.contains(",120,") })
        #expect(rows.contains { $0.hasPrefix("\(reports)/2025/quy2.txt,") && $0.contains(",75,") })
        // A folder without documents is one line and a failure; the other inputs still give rows.
        let both = try BaocaoRunner.run(["figures", empty, reports, "--restore", "off"])
        #expect(both.status != 0)
        #expect(both.stderr.split(separator: "\n") == ["baocao: \(empty): no documents in this directory"])
        #expect(both.stdout.components(separatedBy: "\r\n").filter { $0.contains("don.tiep_nhan") }.count == 2)
    }

    @Test("a document JSON is read without running the pipeline again")
    func documentJSON() throws {
        let directory = try Fixtures.temporaryDirectory()
        let input = (directory as NSString).appendingPathComponent("doc.json")
        let document = """
            {"schema":"baocao.document/1","source":{"path":"x.pdf","sha256":"","pages":1},"title":[],
             "blocks":[{"kind":"paragraph","text":"Huyện đã tiếp nhận 64 đơn[^1].","section":"","pages":[2]}],
             "footnotes":[{"number":1,"text":"Cấp xã 40 đơn; cấp huyện 24 đơn.","page":2}],"furniture":[],"figures":[]}
            """
        try document.write(toFile: input, atomically: true, encoding: .utf8)
        let result = try BaocaoRunner.run(["figures", input])
        #expect(result.status == 0)
        let rows = result.stdout.components(separatedBy: "\r\n").filter { $0.contains("don.tiep_nhan") }
        #expect(rows.count == 3)
        #expect(rows.last?.contains(",1,don.tiep_nhan,") == true)
    }
}

@Suite("baocao figures on gazettes")
struct GazetteFiguresTests {
    /// Decrees, decisions and laws are full of dates, document codes, "đơn vị", page headers and
    /// road numbers, and count no petition: not one of their rows may carry a petition measure.
    @Test("no petition figure in the gazettes")
    func noPetitionFigures() throws {
        let gazettes = try SharedData.gazettes()
        #expect(gazettes.count >= 25)
        let directory = try Fixtures.temporaryDirectory()
        let csv = (directory as NSString).appendingPathComponent("gazettes.csv")
        let result = try BaocaoRunner.run(["figures", "--ocr", "never", "--csv", csv] + gazettes.map(\.path))
        #expect(result.status == 0)
        let table = CSVTable(try String(contentsOfFile: csv, encoding: .utf8))
        #expect(table.records.count > 500)
        let petitions = table.records.filter { !($0["measure"] ?? "").isEmpty }
        #expect(petitions.isEmpty, "\(petitions.prefix(5).map { "\($0["raw"] ?? ""): \($0["measure"] ?? "")" })")
    }
}
