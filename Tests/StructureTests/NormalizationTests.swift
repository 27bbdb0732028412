import DocumentModel
import Testing

@testable import Structure

@Suite struct NormalizationTests {
    @Test func hyphenationIsUndoneOnlyWhereItIsHyphenation() {
        #expect(LineJoiner.join("giai đoạn 2021-", "2025 của tỉnh") == "giai đoạn 2021-2025 của tỉnh")
        #expect(LineJoiner.join("Nghị quyết số 25-", "NQ/TW ngày") == "Nghị quyết số 25-NQ/TW ngày")
        #expect(LineJoiner.join("dịch Covid-", "19 đã") == "dịch Covid-19 đã")
        #expect(LineJoiner.join("phát triển kinh tế -", "xã hội") == "phát triển kinh tế - xã hội")
        #expect(LineJoiner.join("the infor-", "mation system") == "the information system")
        // Stripped text: "nguoi" and "quoc" are syllables that lost their marks, not word halves.
        #expect(LineJoiner.join("cua nguoi-", "dan") == "cua nguoi-dan")
        #expect(LineJoiner.join("ban quoc-", "gia") == "ban quoc-gia")
    }

    @Test func converterMarkupIsRemoved() {
        #expect(InlineMarkup("**Kết quả thực hiện**").text == "Kết quả thực hiện")
        #expect(InlineMarkup("**Kết quả thực hiện**").wholeBold)
        #expect(InlineMarkup("về “*Nâng cao hiệu quả*” công tác").text == "về “Nâng cao hiệu quả” công tác")
        #expect(InlineMarkup("tỷ lệ ($1.425/8.691 = 16,4\\%$) hộ").text == "tỷ lệ (1.425/8.691 = 16,4%) hộ")
        #expect(InlineMarkup("### I. KHÁI QUÁT").markdownHeading)
    }
}
