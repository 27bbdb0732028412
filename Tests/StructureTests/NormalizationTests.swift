import DocumentModel
import Testing

@testable import Structure

@Suite struct NormalizationTests {
    @Test func tonesSitOnTheFirstVowelOfOpenRhymes() {
        #expect(TonePlacement.apply("hoà giải, thuỷ lợi, uỷ ban, khoẻ mạnh") == "hòa giải, thủy lợi, ủy ban, khỏe mạnh")
        #expect(TonePlacement.apply("Uỷ ban nhân dân, Hoà Bình") == "Ủy ban nhân dân, Hòa Bình")
    }

    @Test func tonesAfterQuAndClosedRhymesStay() {
        #expect(TonePlacement.apply("quý, quỹ, hoàn thành, thuyết, khuya") == "quý, quỹ, hoàn thành, thuyết, khuya")
    }

    @Test func textIsComposed() {
        let decomposed = "Vie\u{0302}\u{0323}t Nam"
        #expect(TextNormalizer.normalize(decomposed) == "Việt Nam")
    }

    @Test func splitSyllablesAreRejoined() {
        #expect(TextNormalizer.normalize("09 huy ện, 01 thành ph ố") == "09 huyện, 01 thành phố")
        #expect(TextNormalizer.normalize("K ết lu ận của Ban") == "Kết luận của Ban")
        #expect(TextNormalizer.normalize("ng ười dân và các c ấp") == "người dân và các cấp")
    }

    @Test func realNeighboursStaySeparate() {
        let text = "cho ông ấy ở lại, và ủy ban, tổ chức ăn uống, thu ước tính"
        #expect(TextNormalizer.normalize(text) == text)
    }

    @Test func hyphenationIsUndoneOnlyWhereItIsHyphenation() {
        #expect(LineJoiner.join("giai đoạn 2021-", "2025 của tỉnh") == "giai đoạn 2021-2025 của tỉnh")
        #expect(LineJoiner.join("Nghị quyết số 25-", "NQ/TW ngày") == "Nghị quyết số 25-NQ/TW ngày")
        #expect(LineJoiner.join("dịch Covid-", "19 đã") == "dịch Covid-19 đã")
        #expect(LineJoiner.join("phát triển kinh tế -", "xã hội") == "phát triển kinh tế - xã hội")
        #expect(LineJoiner.join("the infor-", "mation system") == "the information system")
    }

    @Test func typographicQuotesAndDashesAreKept() {
        let text = "phong trào “Dân vận khéo” – năm 2023"
        #expect(TextNormalizer.normalize(text) == text)
    }

    @Test func converterMarkupIsRemoved() {
        #expect(InlineMarkup("**Kết quả thực hiện**").text == "Kết quả thực hiện")
        #expect(InlineMarkup("**Kết quả thực hiện**").wholeBold)
        #expect(InlineMarkup("về “*Nâng cao hiệu quả*” công tác").text == "về “Nâng cao hiệu quả” công tác")
        #expect(InlineMarkup("tỷ lệ ($1.425/8.691 = 16,4\\%$) hộ").text == "tỷ lệ (1.425/8.691 = 16,4%) hộ")
        #expect(InlineMarkup("### I. KHÁI QUÁT").markdownHeading)
    }
}
