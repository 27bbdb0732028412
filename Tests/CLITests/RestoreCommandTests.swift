import BaocaoTestSupport
import Foundation
import Testing

/// `baocao restore` as a user runs it: stdin or files in, the same lines and page breaks out.
@Suite struct RestoreCommandTests {
    static let stripped = "Da tiep nhan 1.234 don, giai quyet xong 1.102 don.\n\n\u{0C}Trong do co 41 don to cao.\n"

    @Test func strippedTextFromStdinComesBackAccentedWithItsBreaks() throws {
        let result = try BaocaoRunner.run(["restore", "--mode", "stripped"], stdin: Self.stripped)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Đã tiếp nhận 1.234 đơn, giải quyết xong 1.102 đơn."))
        #expect(result.stdout.contains("41 đơn tố cáo"))
        // Line breaks and the form feed where they were.
        #expect(result.stdout.unicodeScalars.filter { $0 == "\n" || $0 == "\u{0C}" }
            == Self.stripped.unicodeScalars.filter { $0 == "\n" || $0 == "\u{0C}" })
    }

    /// "uỷ", "hoà", "hoá" and "ủy", "hòa", "hóa" are both right: a word the restorer keeps is
    /// printed as the text wrote it (the bench's gold keeps its sources' placement, so moving
    /// the mark counted as an error), and a word it restores takes the one convention.
    @Test(arguments: ["auto", "post", "ocr"])
    func aKeptWordKeepsItsTonePlacement(_ mode: String) throws {
        let good = "Ban Thường vụ Huyện uỷ đã chỉ đạo làm tốt công tác hoà giải ở cơ sở, hoá giải mâu thuẫn.\n"
        let result = try BaocaoRunner.run(["restore", "--mode", mode], stdin: good)
        #expect(result.status == 0)
        #expect(result.stdout == good)
    }

    @Test func aRestoredWordTakesTheConventionNextToAKeptOne() throws {
        let result = try BaocaoRunner.run(["restore"], stdin: "Huyện uỷ chi dao cong tac hoa giai o co so.\n")
        #expect(result.stdout == "Huyện uỷ chỉ đạo công tác hòa giải ở cơ sở.\n")
    }

    /// A page header's "Số 412/Ngày" read by the English model: the capitalised word after the
    /// slash is restored; it was kept whole with the number as if it were a document code.
    @Test func aWordAfterASlashInAPageHeaderIsRestored() throws {
        let result = try BaocaoRunner.run(["restore", "--mode", "ocr"], stdin: "TIN KINH TE/S6 412/Ngay 03-8-2025\nXa da hoan thanh ké hoach nam 2025.\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("412/Ngày 03-8-2025"), "\(result.stdout)")
    }

    @Test func beamWidthIsCheckedAndUsed() throws {
        let refused = try BaocaoRunner.run(["restore", "--beam", "0"], stdin: Self.stripped)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--beam"))
        // A one-hypothesis decoder still restores a plain sentence.
        let narrow = try BaocaoRunner.run(["restore", "--mode", "stripped", "--beam", "1"], stdin: Self.stripped)
        #expect(narrow.status == 0)
        #expect(narrow.stdout.contains("tiếp nhận"))
    }

    /// A file `extract` reads, UTF-16 with its BOM, is read the same way here, not refused.
    @Test func aUTF16FileIsReadAsExtractReadsIt() throws {
        var data = Data([0xFF, 0xFE])
        for unit in Self.stripped.utf16 { data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        let file = try Fixtures.temporaryFile("utf16.txt", data)
        let result = try BaocaoRunner.run(["restore", "--mode", "stripped", file])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Đã tiếp nhận 1.234 đơn"))
        #expect(result.stderr.isEmpty)
    }

    @Test func aMissingFileIsOneLineAndTheOthersAreRestored() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let good = "\(directory)/bao-cao.txt"
        try Self.stripped.write(toFile: good, atomically: true, encoding: .utf8)
        let missing = "\(directory)/khong-co.txt"
        let result = try BaocaoRunner.run(["restore", "--mode", "stripped", missing, good])
        #expect(result.status != 0)
        #expect(result.stdout.contains("Đã tiếp nhận"))
        let errors = result.stderr.split(separator: "\n")
        #expect(errors.count == 1)
        #expect(errors.first?.contains(missing) == true)
    }

    /// A PDF, a picture or a folder given to `restore` is refused with its reason; an empty
    /// file is an empty text. (A PDF's bytes were restored as text: pages of junk, exit 0.)
    @Test func whatIsNotATextFileIsRefusedWithItsReason() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let pdf = "\(directory)/bao-cao.pdf", picture = "\(directory)/trang.png", empty = "\(directory)/rong.txt"
        try Data("%PDF-1.4\n1 0 obj << >> endobj\n".utf8).write(to: URL(fileURLWithPath: pdf))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]).write(to: URL(fileURLWithPath: picture))
        try Data().write(to: URL(fileURLWithPath: empty))
        for (file, reason) in [(pdf, "a PDF"), (picture, "a picture"), (directory, "it is a directory")] {
            let result = try BaocaoRunner.run(["restore", file])
            #expect(result.status != 0)
            #expect(result.stdout.isEmpty)
            let errors = result.stderr.split(separator: "\n")
            #expect(errors.count == 1 && errors[0].hasPrefix("baocao: \(file): ") && errors[0].contains(reason), "\(result.stderr)")
        }
        let nothing = try BaocaoRunner.run(["restore", empty])
        #expect(nothing.status == 0)
        #expect(nothing.stdout.isEmpty && nothing.stderr.isEmpty)
    }

    /// Headings in capitals, as each kind of broken text prints them (written for this test).
    @Test(arguments: [
        ("stripped", "PHAN THU NHAT\nI. DAC DIEM TINH HINH\nBAN THUONG VU HUYEN UY", "PHẦN THỨ NHẤT\nI. ĐẶC ĐIỂM TÌNH HÌNH\nBAN THƯỜNG VỤ HUYỆN ỦY"),
        ("ocr", "PHAN THU NHAT\nI- PAC PIEM TINH HINH\nBAN THUONG VU HUYEN UY", "PHẦN THỨ NHẤT\nI- ĐẶC ĐIỂM TÌNH HÌNH\nBAN THƯỜNG VỤ HUYỆN ỦY"),
        ("post", "PHÀN THỨ NHÁT\nKÉT QUẢ THỰC HIỆN NHIỆM VỤ\nBAN CHÁP HÀNH ĐẢNG BỘ", "PHẦN THỨ NHẤT\nKẾT QUẢ THỰC HIỆN NHIỆM VỤ\nBAN CHẤP HÀNH ĐẢNG BỘ"),
    ])
    func capitalHeadingsAreRestoredLikeLowerCaseText(mode: String, input: String, expected: String) throws {
        let result = try BaocaoRunner.run(["restore", "--mode", mode], stdin: input + "\n")
        #expect(result.status == 0)
        #expect(result.stdout == expected + "\n")
    }

    /// Tesseract's English model prints a vowel with two marks as "&" (written for this test
    /// in its style): "K&" for "Kế", "t&" for "tế", "c&p" for "cấp", "ho&c" for "hoặc". The
    /// rendered training pages showed "&" for only a few toned forms; every one must be readable.
    @Test func anAmpersandReadsAsAnyVowelWithTwoMarks() throws {
        let garbled = "K& hoach phat trien kinh t& - x& hoi cua tinh va c&p huyen ho&c c&p xa.\n"
        let result = try BaocaoRunner.run(["restore", "--mode", "ocr"], stdin: garbled)
        #expect(result.status == 0)
        #expect(result.stdout == "Kế hoạch phát triển kinh tế - xã hội của tỉnh và cấp huyện hoặc cấp xã.\n")
    }
}
