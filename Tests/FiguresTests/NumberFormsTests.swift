import DocumentModel
import Testing

@testable import Figures

@Suite("Vietnamese number forms")
struct NumberFormsTests {
    @Test("dots group thousands, commas mark decimals, zeros pad")
    func numerals() {
        #expect(VietnameseNumber.value(of: "3.547") == 3547)
        #expect(VietnameseNumber.value(of: "1.185,8") == 1185.8)
        #expect(VietnameseNumber.value(of: "14,26") == 14.26)
        #expect(VietnameseNumber.value(of: "01") == 1)
        #expect(VietnameseNumber.value(of: "37.380.020") == 37_380_020)
        #expect(VietnameseNumber.value(of: "1.2.3") == nil)
    }

    /// "mười hai đơn" was read as its last word, 2 (only one-word numbers were known).
    @Test("numbers in words of more than one word", arguments: [
        ("Ban đã tiếp nhận mười hai đơn tố cáo.", 12.0, "mười hai đơn"),
        ("Huyện đã giải quyết mười lăm vụ việc.", 15, "mười lăm vụ việc"),
        ("Trong quý, xã nhận hai mươi mốt đơn khiếu nại.", 21, "hai mươi mốt đơn"),
        ("Thanh tra tỉnh tiếp ba mươi tư lượt công dân.", 34, "ba mươi tư lượt công dân"),
        ("Sở đã nhận một trăm linh năm đơn kiến nghị.", 105, "một trăm linh năm đơn"),
        ("Ủy ban đã xử lý hai trăm ba mươi đơn.", 230, "hai trăm ba mươi đơn"),
        ("Ban đã tiếp nhận bảy vụ khiếu nại.", 7, "bảy vụ"),
    ])
    func spelledNumbers(sentence: String, value: Double, raw: String) throws {
        let figure = try #require(onlyFigure(sentence))
        #expect(figure.value == value)
        #expect(figure.raw == raw)
    }

    @Test("a lone 'một' is the article, and 'mười năm' is ten years")
    func spelledNonNumbers() {
        #expect(onlyFigure("Đây là một vụ việc phức tạp kéo dài.") == nil)
        #expect(onlyFigure("Sau mười năm, vụ việc đã được giải quyết.") == nil)
    }

    @Test("thousands with a unit")
    func thousands() throws {
        let figure = try #require(onlyFigure("Xã đã nhận 2.416 đơn trong năm."))
        #expect(figure.value == 2416)
        #expect(figure.unit == "đơn")
        #expect(figure.raw == "2.416 đơn")
    }

    @Test("a comma before three digits in a count of petitions separates thousands")
    func englishThousands() throws {
        let figure = try #require(onlyFigure("Toàn tỉnh tiếp nhận 1,025 đơn."))
        #expect(figure.value == 1025)
        #expect(onlyFigure("Diện tích tăng 1,025 ha.")?.value == 1.025)
    }

    @Test("decimal comma and a percent sign after a space")
    func percent() throws {
        let figure = try #require(onlyFigure("Tỷ lệ hộ nghèo còn 3,75 % dân số của xã."))
        #expect(figure.value == 3.75)
        #expect(figure.unit == "%")
    }

    @Test("a fraction counts value of denominator")
    func fraction() throws {
        let figure = try #require(onlyFigure("Huyện đã giải quyết xong 27/30 đơn của công dân."))
        #expect(figure.value == 27)
        #expect(figure.denominator == 30)
        #expect(figure.unit == "đơn")
    }

    @Test("a fraction followed by its share in parentheses")
    func fractionWithShare() {
        let found = figures("Có 2.210/2.210 (bằng 100%) thôn đã họp dân.")
        #expect(found.count == 2)
        #expect(found.first?.value == 2210)
        #expect(found.first?.denominator == 2210)
        #expect(found.first?.unit == "thôn")
        #expect(found.last?.value == 100)
        #expect(found.last?.unit == "%")
    }

    @Test("a range keeps its lower end as the value")
    func range() throws {
        let figure = try #require(onlyFigure("Thời gian xử lý hồ sơ giảm 15 - 20% so với trước."))
        #expect(figure.value == 15)
        #expect(figure.unit == "%")
        #expect(figure.raw == "15 - 20%")
    }

    @Test("a range with the percent sign on both ends is one figure")
    func percentRange() throws {
        let figure = try #require(onlyFigure("Phấn đấu 60% - 70% hộ dân tham gia."))
        #expect(figure.value == 60)
        #expect(figure.raw == "60% - 70%")
    }

    @Test("scale words multiply counts but stay in money units")
    func scales() {
        let found = figures(
            "Toàn huyện có trên 7 nghìn hộ trồng chè, thu 240 nghìn tấn, doanh thu 1.250,5 tỷ đồng và 86.400 triệu đồng tiền hỗ trợ."
        )
        #expect(found.values == [7000, 240_000, 1250.5, 86400])
        #expect(found.map(\.unit) == ["hộ", "tấn", "tỷ đồng", "triệu đồng"])
        #expect(found.first?.raw == "trên 7 nghìn hộ")
    }

    @Test("a unit glued to the numeral")
    func gluedUnit() throws {
        let figure = try #require(onlyFigure("Nhà màng rộng 12.300m² được xây mới."))
        #expect(figure.value == 12300)
        #expect(figure.unit == "m²")
        let hectares = try #require(onlyFigure("Có 45ha lúa bị ngập."))
        #expect(hectares.unit == "ha")
    }

    @Test("approximations keep their qualifier in the raw text", arguments: ["gần", "khoảng", "trên", "dưới"])
    func qualifiers(word: String) throws {
        let figure = try #require(onlyFigure("Hội nghị có \(word) 350 người dự."))
        #expect(figure.value == 350)
        #expect(figure.raw == "\(word) 350 người")
    }

    @Test("leading zeros pad small counts")
    func paddedCounts() throws {
        let figure = try #require(onlyFigure("Tổ công tác đã kiểm tra 06 vụ việc."))
        #expect(figure.value == 6)
        #expect(figure.unit == "vụ việc")
    }

    /// Restored OCR text puts a qualifier right after a figure whose unit it also reads as
    /// ("có 36 khoảng 2 người"); the two figures must not overlap (this crashed the run).
    @Test("a qualifier that closes one figure does not open the next")
    func qualifierBetweenTwoFigures() throws {
        let found = figures("Đảng bộ có 36 khoảng 1,9 triệu người.", "Có 36 khoảng 2 người.")
        #expect(found.values == [36, 1_900_000, 36, 2])
        #expect(found.map(\.raw) == ["36 khoảng", "1,9 triệu người", "36 khoảng", "2 người"])
    }
}
