import BaocaoTestSupport
import Foundation
import Testing
@testable import Ingest

@Suite struct TextEncodingTests {
    /// Sentences of the kind old reports hold, written for these tests.
    static let sentences = [
        "Báo cáo kết quả tiếp công dân, giải quyết khiếu nại, tố cáo năm 2023.",
        "Đến nay đã giải quyết được 45/52 đơn thư, đạt tỷ lệ 86,5%.",
        "Ông Nguyễn Văn Hùng, Chánh Thanh tra huyện, ký thay Chủ tịch.",
        "Ăn quả nhớ kẻ trồng cây; Ơn nghĩa ấy người dân ghi nhớ mãi.",
    ]

    // MARK: Unicode forms without a mark or with UTF-32's

    /// UTF-16 without a byte order mark was taken for TCVN3 (its zero bytes are no letters).
    @Test(arguments: sentences)
    func utf16WithoutAMarkIsReadByItsZeroBytes(sentence: String) {
        let little = sentence.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big = sentence.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(TextDecoder.decode(little) == DecodedText(text: sentence, decoding: TextDecoding(encoding: .utf16LittleEndian)))
        #expect(TextDecoder.decode(big) == DecodedText(text: sentence, decoding: TextDecoding(encoding: .utf16BigEndian)))
    }

    /// UTF-32 with its mark was read as UTF-16 (the marks start alike).
    @Test(arguments: sentences)
    func utf32WithItsMarkIsUTF32(sentence: String) {
        let values = sentence.unicodeScalars.map(\.value)
        let little: [UInt8] = [0xFF, 0xFE, 0, 0] + values.flatMap { value in (0..<4).map { UInt8(value >> (8 * $0) & 0xFF) } }
        let big: [UInt8] = [0, 0, 0xFE, 0xFF] + values.flatMap { value in (0..<4).reversed().map { UInt8(value >> (8 * $0) & 0xFF) } }
        #expect(TextDecoder.decode(little) == DecodedText(text: sentence, decoding: TextDecoding(encoding: .utf32LittleEndian)))
        #expect(TextDecoder.decode(big) == DecodedText(text: sentence, decoding: TextDecoding(encoding: .utf32BigEndian)))
    }

    @Test func carriageReturnsAloneEndLines() throws {
        let file = try Fixtures.temporaryFile("mac.txt", Data("Dòng một\rDòng hai\r\nDòng ba\n".utf8))
        let page = try TextPageReader(path: file).read(page: 0)
        guard case .ready(let read) = page else {
            Issue.record("a text page is ready at once")
            return
        }
        #expect(read.lines.map(\.text) == ["Dòng một", "Dòng hai", "Dòng ba"])
    }

    // MARK: Legacy Vietnamese encodings

    @Test func tcvn3BytesFromTheChart() {
        // "Hµ Néi" is the classic look of TCVN3 read as Latin-1; § is Đ, Ò is ề, Ö is ệ.
        let bytes: [UInt8] = [
            0x48, 0xB5, 0x20, 0x4E, 0xE9, 0x69, 0x2C, 0x20, 0xA7, 0x69, 0xD2, 0x75, 0x20, 0x35,
            0x20, 0x56, 0x69, 0xD6, 0x74,
        ]
        let decoded = TextDecoder.decode(bytes)
        #expect(decoded.text == "Hà Nội, Điều 5 Việt")
        #expect(decoded.decoding == TextDecoding(encoding: .tcvn3))
        #expect(decoded.decoding.notice == "converted from TCVN3")
    }

    @Test func tcvn3HeadingInTheCapitalFontComesOutInCapitals() {
        // The all-capital font reuses the lowercase codes: "B¸O C¸O KÕT QU¶ ë X·" is the heading
        // below, then a line in the ordinary font and a capital word amid small ones.
        let bytes: [UInt8] = [
            0x42, 0xB8, 0x4F, 0x20, 0x43, 0xB8, 0x4F, 0x20, 0x4B, 0xD5, 0x54, 0x20, 0x51, 0x55, 0xB6,
            0x20, 0xEB, 0x20, 0x58, 0xB7, 0x0A, 0x4B, 0xD5, 0x74, 0x20, 0x71, 0x75, 0xB6, 0x20,
            0x48, 0xB5, 0x20, 0x4B, 0xD5, 0x54, 0x0A,
        ]
        let decoded = TextDecoder.decode(bytes)
        #expect(decoded.text == "BÁO CÁO KẾT QUẢ Ở XÃ\nKết quả Hà KẾT\n")
        #expect(decoded.decoding.encoding == .tcvn3)
    }

    @Test func vniBytesFromTheChart() {
        // Base letter, then the mark byte: "Vieät" is Việt, "ñöôïc" is được.
        let bytes = Array("Vieät Nam: Thaønh phoá Hoà Chí Minh ñaõ ñöôïc".unicodeScalars.map { UInt8($0.value) })
        let decoded = TextDecoder.decode(bytes)
        #expect(decoded.text == "Việt Nam: Thành phố Hồ Chí Minh đã được")
        #expect(decoded.decoding.encoding == .vni)
        #expect(decoded.decoding.notice == "converted from VNI")
    }

    @Test(arguments: sentences)
    func tcvn3Sentences(_ sentence: String) throws {
        let decoded = TextDecoder.decode(try LegacyEncoder.tcvn3(sentence))
        #expect(decoded.text == sentence)
        #expect(decoded.decoding.encoding == .tcvn3)
    }

    @Test(arguments: sentences + ["ỦY BAN NHÂN DÂN TỈNH: BÁO CÁO ĐỘT XUẤT VỀ VIỆC ĐÊ ĐIỀU."])
    func vniSentences(_ sentence: String) throws {
        let decoded = TextDecoder.decode(try LegacyEncoder.vni(sentence))
        #expect(decoded.text == sentence)
        #expect(decoded.decoding.encoding == .vni)
    }

    /// CP1258 was read as TCVN3 (its bytes above 0x80 are letters in both), with a notice
    /// but wrong letters.
    @Test(arguments: sentences + ["ỦY BAN NHÂN DÂN TỈNH: BÁO CÁO ĐỘT XUẤT VỀ VIỆC ĐÊ ĐIỀU."])
    func cp1258Sentences(_ sentence: String) throws {
        let decoded = TextDecoder.decode(try LegacyEncoder.cp1258(sentence))
        #expect(decoded.text == sentence)
        #expect(decoded.decoding == TextDecoding(encoding: .cp1258))
        #expect(decoded.decoding.notice == "converted from CP1258")
    }

    @Test func everyVietnameseLetterSurvivesCP1258() throws {
        for letter in LegacyEncoder.allVietnameseLetters {
            let bytes = try LegacyEncoder.cp1258(String(letter))
            #expect(CP1258Table.decode(bytes[...]) == String(letter), "\(letter) as \(bytes)")
        }
    }

    /// A UTF-8 report with a TCVN3 passage pasted in came out with U+FFFD for every legacy
    /// letter: each line is now read in what it is, and the notice says so.
    @Test func mixedUTF8AndTCVN3LinesAreEachReadInTheirOwn() throws {
        let utf8Lines = [Self.sentences[0], Self.sentences[2]]
        let legacyLines = [Self.sentences[1], Self.sentences[3]]
        let bytes = Array(utf8Lines[0].utf8) + [0x0A] + (try LegacyEncoder.tcvn3(legacyLines[0])) + [0x0A]
            + Array(utf8Lines[1].utf8) + [0x0A] + (try LegacyEncoder.tcvn3(legacyLines[1])) + [0x0A]
        let decoded = TextDecoder.decode(bytes)
        #expect(decoded.text == [utf8Lines[0], legacyLines[0], utf8Lines[1], legacyLines[1], ""].joined(separator: "\n"))
        #expect(!decoded.text.contains("\u{FFFD}"))
        #expect(decoded.decoding == TextDecoding(encoding: .tcvn3, unicodeLines: 2))
        #expect(decoded.decoding.notice == "converted from TCVN3, except 2 lines in UTF-8 kept as they are")
    }

    @Test func everyVietnameseLetterSurvivesVNI() throws {
        for letter in LegacyEncoder.allVietnameseLetters {
            let bytes = try LegacyEncoder.vni(String(letter))
            #expect(VNITable.decode(bytes[...]) == String(letter), "\(letter) as \(bytes)")
        }
    }

    @Test func tcvn3TableHoldsTheLowercaseLettersAndSevenCapitals() {
        let letters = LegacyEncoder.allVietnameseLetters
        let lowercase = letters.filter { $0.isLowercase && !$0.isASCII }
        let table = Set(TCVN3Table.letters.values)
        #expect(lowercase.count == 67)
        #expect(lowercase.allSatisfy(table.contains))
        #expect(Set(table.filter(\.isUppercase)) == Set<Character>(["Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"]))
        #expect(TCVN3Table.letters.count == 67 + 7 + 1)
        #expect(TCVN3Table.letters.values.allSatisfy { $0.unicodeScalars.count == 1 })  // precomposed, so NFC
    }

    @Test func legacyTextStoredAsLatin1CharactersIsConverted() {
        let tcvn3 = TextDecoder.decode(Array("Thµnh phè Hµ Néi".utf8))
        #expect(tcvn3.text == "Thành phố Hà Nội")
        #expect(tcvn3.decoding.encoding == .tcvn3)
        let vni = TextDecoder.decode(Array("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam".utf8))
        #expect(vni.text == "Cộng hòa xã hội chủ nghĩa Việt Nam")
        #expect(vni.decoding.encoding == .vni)
    }

    // MARK: Unicode text is never taken for a legacy encoding

    @Test func asciiStaysUTF8() {
        let decoded = TextDecoder.decode(Array("Report 2023: 45 of 52 cases closed (86.5%).\n\u{0C}Page 2\r\n".utf8))
        #expect(decoded.text == "Report 2023: 45 of 52 cases closed (86.5%).\n\u{0C}Page 2\r\n")
        #expect(decoded.decoding == TextDecoding(encoding: .utf8))
        #expect(decoded.decoding.notice == nil)
    }

    @Test(arguments: sentences + ["Cà Mau có mía, cá và dừa.", "Bà Tâm bán cá ở chợ Bến Thành."])
    func utf8VietnameseStaysUTF8(_ sentence: String) {
        let decoded = TextDecoder.decode(Array(sentence.utf8))
        #expect(decoded.text == sentence)
        #expect(decoded.decoding == TextDecoding(encoding: .utf8))
    }

    @Test func symbolsAloneDoNotMakeUTF8Legacy() {
        // In TCVN3, ÷ (0xF7) would be ữ; a measurement line must stay as written.
        let line = "Dài: (1200 ÷ 1800) mm, 25°C ± 2°"
        let decoded = TextDecoder.decode(Array(line.utf8))
        #expect(decoded.text == line)
        #expect(decoded.decoding.encoding == .utf8)
        #expect(TextDecoder.decode(Array("Dài (500 ÷ 800) mm".utf8)).decoding.encoding == .utf8)
    }

    @Test func decomposedUTF8ComesOutComposed() {
        let decoded = TextDecoder.decode(Array("Nghị quyết".decomposedStringWithCanonicalMapping.utf8))
        #expect(decoded.text.unicodeScalars.elementsEqual("Nghị quyết".precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(decoded.decoding.encoding == .utf8)
    }

    // MARK: Invalid UTF-8, byte order marks, UTF-16

    @Test func invalidUTF8IsReplacedAndCounted() {
        // A stray 0xFF, a lone continuation byte and a sequence cut short at the end.
        let bytes = Array("Kết ".utf8) + [0xFF] + Array("quả ".utf8) + [0x80] + Array("công tác".utf8) + [0xE1, 0xBA]
        let decoded = TextDecoder.decode(bytes)
        #expect(decoded.text == "Kết \u{FFFD}quả \u{FFFD}công tác\u{FFFD}")
        #expect(decoded.decoding == TextDecoding(encoding: .utf8, replacedSequences: 3))
        #expect(decoded.decoding.notice == "3 invalid UTF-8 byte sequences replaced")
        #expect(TextDecoding(encoding: .utf8, replacedSequences: 1).notice == "1 invalid UTF-8 byte sequence replaced")
    }

    @Test func westernLatin1IsNotTakenForVietnamese() {
        let bytes = Array("Le caf\u{E9} cr\u{E8}me co\u{FB}te 3 \u{80}".unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
        let decoded = TextDecoder.decode(bytes)
        #expect(decoded.decoding == TextDecoding(encoding: .utf8, replacedSequences: 4))
        #expect(decoded.text == "Le caf\u{FFFD} cr\u{FFFD}me co\u{FFFD}te 3 \u{FFFD}")
    }

    @Test func utf8ByteOrderMarkIsDropped() {
        let decoded = TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array(Self.sentences[0].utf8))
        #expect(decoded.text == Self.sentences[0])
        #expect(decoded.decoding == TextDecoding(encoding: .utf8WithBOM))
        #expect(decoded.decoding.notice == nil)
    }

    @Test(arguments: [false, true])
    func utf16WithByteOrderMark(bigEndian: Bool) {
        let text = Self.sentences.joined(separator: "\n") + " 📄"
        let decoded = TextDecoder.decode(LegacyEncoder.utf16(text, bigEndian: bigEndian))
        #expect(decoded.text == text)
        #expect(decoded.decoding == TextDecoding(encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian))
        #expect(decoded.decoding.notice == nil)
    }

    @Test func brokenUTF16IsReplacedAndCounted() {
        // "Đơn" then an unpaired high surrogate, then a dangling odd byte.
        let bytes: [UInt8] = [0xFF, 0xFE, 0x10, 0x01, 0xA1, 0x01, 0x6E, 0x00, 0x3D, 0xD8, 0x20, 0x00, 0x41]
        let decoded = TextDecoder.decode(bytes)
        #expect(decoded.text == "Đơn\u{FFFD} \u{FFFD}")
        #expect(decoded.decoding == TextDecoding(encoding: .utf16LittleEndian, replacedSequences: 2))
        #expect(decoded.decoding.notice == "2 invalid UTF-16 code units replaced")
    }

    // MARK: Through the reader

    @Test func readerReportsTheConversion() throws {
        let text = Self.sentences[0] + "\n" + Self.sentences[1] + "\n"
        let path = try Fixtures.temporaryFile("cu.txt", Data(try LegacyEncoder.tcvn3(text)))
        let reader = try InputOpener.open(path, options: IngestOptions())
        #expect(reader.notices == ["converted from TCVN3"])
        guard case .ready(let page) = try reader.read(page: 0) else {
            Issue.record("text pages are ready at once")
            return
        }
        #expect(page.lines.map(\.text) == Array(Self.sentences[0...1]))
    }

    @Test func utf16FileWithoutTextExtensionIsText() throws {
        let path = try Fixtures.temporaryFile("bao-cao", Data(LegacyEncoder.utf16("Trang một\r\nDòng hai", bigEndian: false)))
        #expect(try InputOpener.detect(path) == .text)
        let reader = try InputOpener.open(path, options: IngestOptions())
        #expect(reader.notices.isEmpty)
        guard case .ready(let page) = try reader.read(page: 0) else {
            Issue.record("text pages are ready at once")
            return
        }
        #expect(page.lines.map(\.text) == ["Trang một", "Dòng hai"])
    }
}
