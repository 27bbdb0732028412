import BaocaoTestSupport
import Foundation
import Testing

/// Issue #20's wrong answers as a user meets them: `baocao figures` and `extract` on inputs
/// that read without a failure but into the wrong text (fixtures from scripts/make-hostile.py).
@Suite struct WrongAnswerCLITests {
    private func figureValues(_ name: String) throws -> [String] {
        let result = try BaocaoRunner.run(["figures", Fixtures.fixture("hostile/\(name)"), "--restore", "off"])
        #expect(result.status == 0, "\(result.stderr)")
        let table = CSVTable(result.stdout)
        let value = try #require(table.header.firstIndex(of: "value"))
        return table.rows.map { $0[value] }
    }

    /// The hidden line's 777 and 999 were counted as petition figures.
    @Test(arguments: ["wa-invisible-tr3.pdf", "wa-white-text.pdf"])
    func hiddenTextGivesNoFigures(name: String) throws {
        let values = try figureValues(name)
        #expect(values.contains("38"))
        #expect(!values.contains("777"))
        #expect(!values.contains("999"))
    }

    /// Each legacy text is read, with one note naming what it was converted from: a .VnTime
    /// text layer came out as "§· tiÕp nhËn" with no notice; CP1258 was read as TCVN3 ("Bá"
    /// became "Bỏ") under a notice naming TCVN3; a file of UTF-8 lines and TCVN3 lines had
    /// U+FFFD for every legacy letter.
    @Test(arguments: [
        ("wa-vntime.pdf", "Đã tiếp nhận 38 đơn khiếu nại và 12 đơn tố cáo của nhân dân.",
         "text layer converted from TCVN3 (ABC fonts such as .VnTime)"),
        ("wa-cp1258.txt", "Đã giải quyết xong 31 đơn, đạt tỷ lệ 81,6%.", "converted from CP1258"),
        ("wa-mixed-utf8-tcvn3.txt", "Trong quý III, Ban Tiếp công dân huyện đã tiếp 46 lượt công dân.",
         "converted from TCVN3, except 2 lines in UTF-8 kept as they are"),
    ])
    func legacyTextIsReadWithOneNote(name: String, line: String, note: String) throws {
        let input = Fixtures.fixture("hostile/\(name)")
        let result = try BaocaoRunner.run(["extract", input, "--restore", "off"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{FFFD}"))
        #expect(result.stdout.contains(line))
        #expect(result.stderr == "baocao: note: \(input): \(note)\n")
    }
}

/// Numbers past 2^53 lost their last digits in the CSV and the JSON.
@Suite struct BigNumberCLITests {
    @Test func figuresKeepEveryDigit() throws {
        let input = Fixtures.fixture("hostile/wa-big-numbers.txt")
        let result = try BaocaoRunner.run(["figures", input, "--restore", "off"])
        #expect(result.status == 0)
        let table = CSVTable(result.stdout)
        let value = try #require(table.header.firstIndex(of: "value"))
        let values = table.rows.map { $0[value] }
        #expect(values.contains("9007199254740993"))
        #expect(values.contains("123456789012345678901"))
        #expect(values.contains("12"))
    }

    @Test func documentJSONWritesTheDigitsAsANumber() throws {
        let input = Fixtures.fixture("hostile/wa-big-numbers.txt")
        let result = try BaocaoRunner.run(["extract", input, "--format", "json", "--restore", "off"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"value\": 9007199254740993,"))
        #expect(result.stdout.contains("\"value\": 123456789012345678901,"))
        // Still JSON, and the value still a number.
        let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let figures = document?["figures"] as? [[String: Any]] ?? []
        let nearest = try #require(Double("123456789012345678901"))
        #expect(figures.contains { ($0["value"] as? NSNumber)?.doubleValue == nearest })
    }
}
