import BaocaoTestSupport
import Testing
@testable import Diacritics

/// Repairs made on English-model OCR text before decoding, on lines written for these tests.
struct ChannelTextRepairTests {
    @Test(arguments: [
        ("của co’ quan nhà nước", "của cơ quan nhà nước"),
        ("KẾT QUẢ THU'C HIỆN", "KẾT QUẢ THƯC HIỆN"),
        ("Nghị quyết số 25-NO/TW ngày", "Nghị quyết số 25-NQ/TW ngày"),
        ("theo Nghị định 09/ND-CP,", "theo Nghị định 09/NĐ-CP,"),
        ("tình hình cOng tác", "tình hình cong tác"),
        ("KINH TE - XA HoI", "KINH TE - XA HOI"),
    ])
    func repairsWhatTheShapeMakesCertain(input: String, expected: String) {
        #expect(OCRTextRepair.apply(input) == expected)
    }

    @Test func apostropheBeforeALetterThatCannotFollowAHornAlsoSplits() {
        #expect(OCRTextRepair.apply("tu’s6 liệu") == "tư s6 liệu")
    }

    @Test func keepsLineBreaksFormFeedsAndCodes() {
        let text = "Ban Chấp hành\n25-KL/TW\u{0C}trang 2\n\n1.1. QĐ-TTg"
        #expect(OCRTextRepair.apply(text) == text)
    }

    @Test func symbolsInsideWordsBecomeLettersAndComeBack() {
        let repaired = OCRTextRepair.apply("d6i v&i ngu@i dân & R")
        let scalars = Array(repaired.unicodeScalars)
        let words = TextPieces.split(scalars, gluingDigits: true).filter { $0.kind == .word }.map {
            String(String.UnicodeScalarView(scalars[$0.range]))
        }
        #expect(words.map(OCRTextRepair.restoringSymbols) == ["d6i", "v&i", "ngu@i", "dân", "R"])
        #expect(repaired.contains(" & "), "a lone symbol stays a symbol")
    }

    @Test func namePartsJoinedByAnApostropheKeepTheirCapitals() throws {
        #expect(OCRTextRepair.unmixedCase("M'Drak") == "M'Drak")
        #expect(OCRTextRepair.unmixedCase("H'MoNG") == "H'MONG")
        #expect(OCRTextRepair.unmixedCase("H'Mong") == "H'Mong")
        #expect(OCRTextRepair.unmixedCase("THU'C") == "THU'C")
        #expect(OCRTextRepair.apply("cOng tac, THU'C hien, co' quan") == "cong tac, THƯC hien, cơ quan")
        let restorer = try #require(NameReadingTests.restorer)
        let output = restorer.restore("Doan cong tac den xa Ea H'Leo va huyen Cu M'Gar.\n", mode: .ocr)
        #expect(output.contains("H'Leo") && output.contains("M'Gar"), "\(output)")
    }

    @Test func theCentSignIsALetterEvenAlone() {
        // Vietnamese reports never write "¢": alone or beside a digit it is a misread word.
        let repaired = OCRTextRepair.apply("họp ¢ xóm, làng ¢6 giếng & ao")
        let scalars = Array(repaired.unicodeScalars)
        let words = TextPieces.split(scalars, gluingDigits: true).filter { $0.kind == .word }.map {
            String(String.UnicodeScalarView(scalars[$0.range]))
        }
        #expect(words.map(OCRTextRepair.restoringSymbols) == ["họp", "¢", "xóm", "làng", "¢6", "giếng", "ao"])
        #expect(OCRTokenGuard.verdict(for: "¢") == .syllable)
        #expect(OCRTokenGuard.verdict(for: "¢6") == .syllable)
    }

    @Test func theModelReadsALoneCentSignAsAWord() throws {
        let restorer = try #require(NameReadingTests.restorer)
        let output = restorer.restore("Cuoc hop ¢ thon Dong duoc to chuc vao thang 3.\nLang ¢6 nhieu gieng nuoc.\n", mode: .ocr)
        #expect(!output.contains("¢"), "\(output)")
        #expect(output.contains("họp ở thôn"), "\(output)")
        #expect(output.contains("Làng có nhiều"), "\(output)")
    }
}

/// Section numbers of report headings that Tesseract's Vietnamese model misread.
struct RomanHeadingRepairTests {
    @Test(arguments: [
        ("L TỔNG QUAN\nnội dung\n_IL NHIỆM VỤ\n", "I TỔNG QUAN\nnội dung\n_II NHIỆM VỤ\n"),
        ("l. MỤC TIÊU\nlI. GIẢI PHÁP", "I. MỤC TIÊU\nII. GIẢI PHÁP"),
        ("I. TÌNH HÌNH\nsố liệu\nII. KẾT QUẢ\ncác việc\u{0C}II. TỒN TẠI\nhạn chế\nIV. KIẾN NGHỊ",
         "I. TÌNH HÌNH\nsố liệu\nII. KẾT QUẢ\ncác việc\u{0C}III. TỒN TẠI\nhạn chế\nIV. KIẾN NGHỊ"),
        ("V. ĐÁNH GIÁ\nV, PHƯƠNG HƯỚNG\nVII. ĐỀ XUẤT", "V. ĐÁNH GIÁ\nVI, PHƯƠNG HƯỚNG\nVII. ĐỀ XUẤT"),
    ])
    func headingNumeralsAreRead(input: String, expected: String) {
        expectRewrite(input, expected, by: RomanHeadingRepair.apply)
    }

    @Test(arguments: [
        // A numeral inside a sentence, a repeated number not between two apart, words that are no numerals.
        "xã loại II. Xã loại II được hỗ trợ\nII. KẾT QUẢ\nIII. TỒN TẠI",
        "I. MỞ ĐẦU\nII. NỘI DUNG\nII. NỘI DUNG\nIII. KẾT LUẬN",
        "LV. ĐIỂM\nXL, HẠNG\nLUẬT ĐẤT ĐAI\nl. thứ nhất\nL Tổng",
    ])
    func otherLinesStay(input: String) {
        expectRewrite(input, input, by: RomanHeadingRepair.apply)
    }
}

/// A word of one letter that Tesseract's Vietnamese model read twice.
struct DoubledLetterRepairTests {
    @Test(arguments: [
        ("các tổ chức Ởở địa phương", "các tổ chức ở địa phương"),
        ("loa phát thanh Ởở\nTHÔN BẢN", "loa phát thanh ở\nTHÔN BẢN"),
        ("đã đi Ởở, rồi về", "đã đi ở, rồi về"),
    ])
    func aCapitalAndItsSmallLetterAreOneSmallLetter(input: String, expected: String) {
        expectRewrite(input, expected, by: DoubledLetterRepair.apply)
    }

    @Test(arguments: ["Ởở đầu câu", "VĂN BẢN Ởở đây", "đường Oo1", "tên Ởởa", "hai chữ ởỞ", "chữ Aa"])
    func otherTokensStay(input: String) {
        expectRewrite(input, input, by: DoubledLetterRepair.apply)
    }
}

/// A table's column rule read as a marked capital I glued to the cell's first word.
struct TableRuleRepairTests {
    @Test(arguments: [
        ("12 ÌThôn Vĩnh Hạ 41 3| 38", "12 Thôn Vĩnh Hạ 41 3| 38"),
        ("3_ÍCác Trưởng phòng 17 15", "3_Các Trưởng phòng 17 15"),
        ("| ỈĐã xong |ÌĐang làm", "| Đã xong |Đang làm"),
    ])
    func aMarkedCapitalIBeforeACapitalisedSyllableIsTheRule(input: String, expected: String) {
        expectRewrite(input, expected, by: TableRuleRepair.apply)
    }

    @Test(arguments: [
        "Ì ạch leo dốc",                // a syllable of its own
        "IXã và IIThôn",                // unmarked: a Roman numeral may be glued
        "ÌXÃ VĨNH HẠ",                  // capitals throughout
        "mã ÌTx2 ở đây",                // a code
        "hòÌThôn",                      // inside a word
        "ÌXyz trong bảng",              // no syllable after it
    ])
    func otherTokensStay(input: String) {
        expectRewrite(input, input, by: TableRuleRepair.apply)
    }
}

/// Latin letters that Vietnamese never writes, which Tesseract's Vietnamese model puts in words.
struct ForeignLetterRepairTests {
    @Test(arguments: [
        ("bên cho vay giao tài sản chø bên vay theø hợp đồng", "bên cho vay giao tài sản cho bên vay theo hợp đồng"),
        ("việc cảï tạo ñày", "việc cải tạo này"),
        ("ỦY BAN NHÂN DÂN TỈNH LÄO CAI, BÖ", "ỦY BAN NHÂN DÂN TỈNH LAO CAI, BO"),
        // The eth is drawn as "Đ": that letter even alone, as an initial.
        ("Phụ lục 07/ÐK của Sở, ðoàn kiểm tra", "Phụ lục 07/ĐK của Sở, đoàn kiểm tra"),
        ("ông Ð. V. Khải và bà ð. Lụa", "ông Đ. V. Khải và bà đ. Lụa"),
    ])
    func aForeignLetterIsItsLetterWithoutTheMark(input: String, expected: String) {
        expectRepair(input, expected, by: ForeignLetterRepair.apply)
    }

    @Test(arguments: ["Đảng bộ tỉnh Quảng Ninh: ửng hộ, ưu tiên", "ống Ø 20 và 30°C", "Straße, æ, 大", "cột 10 ñ 402"])
    func vietnameseLettersLoneSignsAndOthersStay(input: String) {
        expectRepair(input, input, by: ForeignLetterRepair.apply)
    }
}

/// Two syllables Tesseract's Vietnamese model read without the space between them, on the
/// model built from `TinyModel`'s sentences.
struct GluedSyllableRepairTests {
    static func repaired(_ text: String) throws -> String {
        let model = try #require(TinyModel.shared)
        var scalars = Array(text.unicodeScalars)
        GluedSyllableRepair.apply(&scalars, model: model)
        return String(String.UnicodeScalarView(scalars))
    }

    @Test(arguments: [
        ("Ủy ban tỉnh báocáo kết quả", "Ủy ban tỉnh báo cáo kết quả"),
        ("việc giảiquyết, khiếu nại\nđơn thư", "việc giải quyết, khiếu nại\nđơn thư"),
        ("Báocáo của tỉnh", "Báo cáo của tỉnh"),
        // A syllable of one letter opens the token.
        ("quy chế dân chủ ởcơ sở", "quy chế dân chủ ở cơ sở"),
        // The first syllable's mark misread where two cells sit close: the decoder reads it.
        ("Tỉnh | Đătiếp | Đấtiếp | lượt", "Tỉnh | Đă tiếp | Đấ tiếp | lượt"),
    ])
    func twoSyllablesThatGoTogetherGetTheirSpaceBack(input: String, expected: String) throws {
        #expect(try Self.repaired(input) == expected)
    }

    @Test(arguments: [
        "người dân đồng tình",          // syllables already
        "quyếtdân",                     // two known syllables the model never saw together
        "online và internet",           // no mark: a foreign word
        "BáoCáo của tỉnh",              // a capital inside: a name may be written so
        "mã 12giảiquyết",               // glued to a digit: a code
        "giảiquyết-",                   // cut by a line-end hyphen
        "lănh đạo tỉnh",                // a misread syllable, not "lă" and the letters "nh"
        "tỉnh Đắk Nông",                // a name
        "Tỉnh đătiếq lượt",             // no syllable after the misread one
        "tỉnh đăa lượt",                // a lone letter after it
    ])
    func otherTokensStay(input: String) throws {
        #expect(try Self.repaired(input) == input)
    }
}

/// Page numbers at the tops of pages that Tesseract's Vietnamese model misread.
struct PageNumberRepairTests {
    @Test(arguments: [
        ("7\nmột\u{0C}Đ\n\nhai\u{0C}9\nba", "7\nmột\u{0C}8\n\nhai\u{0C}9\nba"),
        ("\n 11\nmột\u{0C}  19 \nhai\u{0C}13\nba\u{0C}", "\n 11\nmột\u{0C}  12 \nhai\u{0C}13\nba\u{0C}"),
        ("9\na\u{0C}l\nb\u{0C}11\nc", "9\na\u{0C}10\nb\u{0C}11\nc"),
    ])
    func aMisreadNumberBetweenItsNeighboursIsTheirMiddle(input: String, expected: String) {
        expectRewrite(input, expected, by: PageNumberRepair.apply)
    }

    @Test(arguments: [
        "7\nmột\u{0C}8\nhai\u{0C}9\nba",          // already right
        "7\nmột\u{0C}Đ\nhai\u{0C}10\nba",         // neighbours not two apart
        "7\nmột\u{0C}Đây là\nhai\u{0C}9\nba",     // a first line of words
        "7\nmột\u{0C}Đ\nhai",                     // no page after
        "7\nmột\u{0C}ABCD\nhai\u{0C}9\nba",       // too long for a page number
    ])
    func otherPagesStay(input: String) {
        expectRewrite(input, input, by: PageNumberRepair.apply)
    }
}

/// Footnote numbers at a page's foot that Tesseract's Vietnamese model read as a letter.
struct FootnoteNumberRepairTests {
    @Test(arguments: [
        ("văn bản\n5Thông qua hội nghị\ncác cấp.\nGNghị quyết về\nbNăm 2021", "văn bản\n5Thông qua hội nghị\ncác cấp.\n6Nghị quyết về\n7Năm 2021"),
        ("9Kế hoạch số 2\nlĐến nay", "9Kế hoạch số 2\n10Đến nay"),
    ])
    func aLetterBelowFootnoteNIsFootnoteNPlusOne(input: String, expected: String) {
        expectRewrite(input, expected, by: FootnoteNumberRepair.apply)
    }

    @Test(arguments: [
        "GNghị quyết ở đầu trang\n5Thông qua",          // no footnote above it
        "5Thông qua\u{0C}GNghị quyết sang trang",        // the footnote above is on another page
        "5Thông qua\niPhone và eKYC\nTTg ký\nANGHỊ",   // no capitalised syllable after one letter
        "5Thông qua\nG Nghị quyết",                    // a space after the letter
    ])
    func otherLinesStay(input: String) {
        expectRewrite(input, input, by: FootnoteNumberRepair.apply)
    }
}

/// A repair of OCR text that may change the number of scalars (a numeral one letter longer,
/// a doubled letter dropped): line breaks and form feeds keep their number.
private func expectRewrite(_ input: String, _ expected: String, by repair: (inout [Unicode.Scalar]) -> Void) {
    var scalars = Array(input.unicodeScalars)
    repair(&scalars)
    let output = String(String.UnicodeScalarView(scalars))
    #expect(output == expected)
    #expect(output.filter { $0 == "\n" || $0 == "\u{0C}" }.count == input.filter { $0 == "\n" || $0 == "\u{0C}" }.count)
}

/// A repair of OCR text in place, one scalar for one, so that word boxes keep their place.
private func expectRepair(_ input: String, _ expected: String, by repair: (inout [Unicode.Scalar]) -> Void) {
    var scalars = Array(input.unicodeScalars)
    repair(&scalars)
    #expect(String(String.UnicodeScalarView(scalars)) == expected)
    #expect(scalars.count == input.unicodeScalars.count, "one scalar for one: word boxes keep their place")
}

/// The square of an area unit that Tesseract's Vietnamese model read as "?".
struct SquareUnitRepairTests {
    @Test(arguments: [
        ("diện tích 3.895 km?; gồm", "diện tích 3.895 km²; gồm"),
        ("hiến 151.024 m? đất ở", "hiến 151.024 m² đất ở"),
        ("rộng 45m?.", "rộng 45m²."),
        ("thu hồi 2.108 m° đất nông nghiệp", "thu hồi 2.108 m² đất nông nghiệp"),
        ("nhà kính 7.120 mỶ; vườn", "nhà kính 7.120 m²; vườn"),
    ])
    func aQuestionMarkOnAnAreaUnitAfterANumberIsItsSquare(input: String, expected: String) {
        expectRepair(input, expected, by: SquareUnitRepair.apply)
    }

    @Test(arguments: ["Có ai hỏi gì không?", "bao nhiêu m?", "đi 5 kg?", "số km?a", "cách 7 km?5", "nhiệt độ 30° C", "góc 45°", "thế kỷ 20", "năm 20 kỷ", "có 3 mỷa"])
    func otherQuestionMarksStay(input: String) {
        expectRepair(input, input, by: SquareUnitRepair.apply)
    }
}

/// The "1" of a document code that Tesseract's Vietnamese model read as "i" or "l".
struct CodeDigitRepairTests {
    @Test(arguments: [
        ("theo Pháp lệnh số 21/2009/PL-UBTVQHI1 ngày", "theo Pháp lệnh số 21/2009/PL-UBTVQH11 ngày"),
        ("Luật số 15/2018/QHl4.", "Luật số 15/2018/QH14."),
        ("Nghị quyết 05/2011/NQ-HĐNDi2", "Nghị quyết 05/2011/NQ-HĐND12"),
    ])
    func aLetterBetweenCapitalsAndADigitIsAOne(input: String, expected: String) {
        expectRepair(input, expected, by: CodeDigitRepair.apply)
    }

    @Test(arguments: ["Hi1 là tên một mẫu máy", "xã Hoà Bình l2 hộ", "Kế hoạch số 12/KH-UBND", "ĐẠI HỘI1 ĐẢNG BỘ",
                      "mẫu Ki2", "mã -Ki2", "số 3/Bl2"])
    func otherLettersStay(input: String) {
        expectRepair(input, input, by: CodeDigitRepair.apply)
    }
}
