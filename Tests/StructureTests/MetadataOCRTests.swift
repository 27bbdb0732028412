import DocumentModel
import Testing

@testable import Structure

/// A header as OCR reads a scanned gazette: the number's "Đ" without its stroke, the day's
/// word misread, a month's digit read as a lookalike letter, the type's tones moved.
@Suite("Document metadata read from OCR")
struct MetadataOCRTests {
    @Test("number, place, date and type of a scanned header, where the OCR allows")
    func scannedHeader() throws {
        let document = PageFixtures.structureText(
            """
            BỘ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 212 /QD-BNV Hà Nội ngàp 17 tháng 0Ì nằm 2025
            QUYÉT ĐINH
            Về việc công nhận Hội Cựu giáo chức tỉnh
            Căn cứ Luật Cán bộ, công chức;
            """)
        let meta = try #require(document.meta)
        #expect(meta.number == "212/QĐ-BNV")
        #expect(meta.place == "Hà Nội")
        #expect(meta.date?.iso == "2025-01-17")
        #expect(meta.type == "QUYẾT ĐỊNH")
        #expect(meta.issuer == ["BỘ NỘI VỤ"])
    }

    @Test("only a code's parts written with Đ get it back")
    func codeParts() {
        #expect(NumberLine.restoringĐ("15/2026/ND-CP") == "15/2026/NĐ-CP")
        #expect(NumberLine.restoringĐ("88/KH-UBND") == "88/KH-UBND")
        #expect(NumberLine.restoringĐ("05/HDND-VP") == "05/HĐND-VP")
        #expect(NumberLine.restoringĐ("12/BC-DTN") == "12/BC-DTN")
    }

    @Test("a date's words and digits misread by one letter, and what stays unread")
    func dates() {
        #expect(PlaceDateLine("Hà Nội, ngày 06 tháng 4 năm 2026")?.date?.iso == "2026-04-06")
        #expect(PlaceDateLine("Hà Nội, ngay 6 thàng 4 năm 2026")?.date?.iso == "2026-04-06")
        #expect(PlaceDateLine("Huế, ngày 2O tháng l2 năm 2024")?.date?.iso == "2024-12-20")
        // Handwritten day and month OCR could not read: the year is what the line tells.
        #expect(PlaceDateLine("Hà Nội, ngày #@3 tháng !} năm 2026")?.date?.iso == "2026")
        #expect(PlaceDateLine("Ngân sách tháng 5 năm 2026") == nil)
        // Specks glued to the words; a year OCR garbled leaves the place.
        #expect(PlaceDateLine("Hà Nội, ngày‹21{ tháng01 năm 2026")?.date?.iso == "2026-01-21")
        let garbled = PlaceDateLine("Hà Nội, ngày‹2{ tháng0† năm A0226")
        #expect(garbled?.place == "Hà Nội")
        #expect(garbled != nil && garbled?.date == nil)
        #expect(PlaceDateLine("Hà Nội, ngày‹2{ thángØ{ năm046")?.place == "Hà Nội")
        #expect(PlaceDateLine("Trong tháng 5 năm nay, ngày làm việc tăng") == nil)
    }

    @Test("the archive copy closes the recipients with its dash lost")
    func archiveWithoutDash() {
        #expect(RecipientList.items(["- Các bộ, cơ quan ngang bộ;", "Lưu: VT, NN (2b).", "TM. CHÍNH PHỦ"])
            == ["Các bộ, cơ quan ngang bộ", "Lưu: VT, NN (2b)"])
        #expect(RecipientList.items(["- Như trên;", "Lưu trữ hồ sơ điện tử"]) == ["Như trên"])
    }
}
