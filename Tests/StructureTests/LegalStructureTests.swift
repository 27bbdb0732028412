import DocumentModel
import Testing

@testable import Structure

@Suite("Legal structure")
struct LegalStructureTests {
    /// A short decree written for the test: chapters with their names on the next line, a
    /// section, articles with clauses and points, an article amending another text in
    /// quotes, the signature, and an annex holding a form with a closing of its own.
    static let decree = """
        CHÍNH PHỦ
        Số: 90/2025/NĐ-CP
        NGHỊ ĐỊNH
        Quy định về quản lý chợ nông thôn
        Căn cứ Luật Tổ chức Chính phủ;
        Chương I
        QUY ĐỊNH CHUNG
        Điều 1. Phạm vi điều chỉnh
        Nghị định này quy định về quản lý chợ ở xã.
        Điều 2. Đối tượng áp dụng
        1. Ủy ban nhân dân cấp xã.
        2. Ban quản lý chợ gồm:
        a) Trưởng ban;
        b) Các thành viên.
        Chương II
        TỔ CHỨC QUẢN LÝ
        Mục 1
        BAN QUẢN LÝ CHỢ
        Điều 3. Sửa đổi Nghị định số 02/2003/NĐ-CP
        1. Sửa đổi Điều 5 như sau:
        “Điều 5. Phân hạng chợ
        1. Chợ hạng một có trên 200 điểm kinh doanh.
        2. Chợ hạng hai có từ 100 điểm kinh doanh.”.
        2. Bãi bỏ Điều 9.
        Điều 4. Hiệu lực thi hành
        Nghị định này có hiệu lực từ ngày 01 tháng 01 năm 2026.
        TM. CHÍNH PHỦ
        THỦ TƯỚNG
        Lê Quang Huy
        Phụ lục I
        MẪU ĐƠN ĐĂNG KÝ KINH DOANH TẠI CHỢ
        (Kèm theo Nghị định số 90/2025/NĐ-CP)
        Số:..../ĐK-UBND
        I. THÔNG TIN NGƯỜI ĐĂNG KÝ
        1. Họ và tên: ....................
        Nơi nhận:
        - Như trên;
        NGƯỜI ĐĂNG KÝ
        """

    static var document: Document { PageFixtures.structureText(decree) }

    private func headings(_ document: Document) -> [String] {
        document.blocks.filter { $0.kind == .heading }.map { "\($0.level?.rawValue ?? -1) \($0.label ?? "") | \($0.text)" }
    }

    @Test("chapters, sections and articles are headings with their titles")
    func headings() {
        let headings = headings(Self.document).prefix(7)
        #expect(Array(headings) == [
            "1 Chương I | QUY ĐỊNH CHUNG", "3 Điều 1 | Phạm vi điều chỉnh", "3 Điều 2 | Đối tượng áp dụng",
            "1 Chương II | TỔ CHỨC QUẢN LÝ", "2 Mục 1 | BAN QUẢN LÝ CHỢ",
            "3 Điều 3 | Sửa đổi Nghị định số 02/2003/NĐ-CP", "3 Điều 4 | Hiệu lực thi hành",
        ])
    }

    @Test("clauses and points are labelled items with section paths")
    func items() {
        let items = Self.document.blocks.filter { $0.kind == .item && $0.label != nil }
        #expect(items.map { "\($0.level?.rawValue ?? -1) \($0.section) | \($0.text)" }.prefix(6) == [
            "4 Chương I/Điều 2/1 | Ủy ban nhân dân cấp xã.", "4 Chương I/Điều 2/2 | Ban quản lý chợ gồm:",
            "5 Chương I/Điều 2/2/a | Trưởng ban;", "5 Chương I/Điều 2/2/b | Các thành viên.",
            "4 Chương II/Mục 1/Điều 3/1 | Sửa đổi Điều 5 như sau:", "4 Chương II/Mục 1/Điều 3/2 | Bãi bỏ Điều 9.",
        ])
    }

    @Test("quoted amending text is paragraphs, not this decree's articles and clauses")
    func quotedAmendment() {
        let quoted = Self.document.blocks.filter { $0.text.hasPrefix("“Điều 5") || $0.text.hasPrefix("1. Chợ hạng") }
        #expect(quoted.count == 2)
        #expect(quoted.allSatisfy { $0.kind == .paragraph })
        #expect(!headings(Self.document).contains { $0.contains("Điều 5") })
    }

    @Test("the annex is a level-0 heading; its form's closing is annex content, not the decree's")
    func annex() throws {
        let document = Self.document
        let annex = try #require(document.blocks.first { $0.label == "Phụ lục I" })
        #expect(annex.level == .part)
        #expect(annex.text == "MẪU ĐƠN ĐĂNG KÝ KINH DOANH TẠI CHỢ")
        let closing = document.blocks.filter { $0.kind == .closing }.map(\.text)
        #expect(closing == ["TM. CHÍNH PHỦ", "THỦ TƯỚNG", "Lê Quang Huy"])
        let inAnnex = document.blocks.drop { $0.label != "Phụ lục I" }.dropFirst()
        #expect(inAnnex.allSatisfy { $0.section.hasPrefix("Phụ lục I") })
        // The form keeps a report's tree: its "I." is a heading of the annex.
        #expect(inAnnex.contains { $0.kind == .heading && $0.label == "I" && $0.section == "Phụ lục I/I" })
        #expect(document.meta?.signer?.name == "Lê Quang Huy")
        #expect(document.meta?.recipients == nil)
        #expect(document.meta?.number == "90/2025/NĐ-CP")
    }

    @Test("a report keeps its own tree, and its numbered paragraphs are not clauses")
    func reportStaysAReport() {
        let document = PageFixtures.structureText(
            """
            BÁO CÁO
            Tình hình thực hiện Điều 3 của Nghị quyết
            I. KẾT QUẢ
            1. Công tác tuyên truyền
            Điều 1. và Điều 2. của Quy chế đã được phổ biến.
            """)
        #expect(document.blocks.contains { $0.kind == .heading && $0.label == "I" && $0.level == .roman })
        #expect(document.blocks.contains { $0.kind == .heading && $0.label == "1" && $0.level == .number })
        #expect(!document.blocks.contains { $0.label?.hasPrefix("Điều") == true })
    }

    @Test func legalHeadingLabels() {
        #expect(LegalHeading("Điều 12a. Tên điều")?.label == "Điều 12a")
        #expect(LegalHeading("Điều 5 của Luật này") == nil)
        #expect(LegalHeading("CHƯƠNG IV. ĐIỀU KHOẢN THI HÀNH")?.text == "ĐIỀU KHOẢN THI HÀNH")
        #expect(LegalHeading("Mục tiêu chung") == nil)
        #expect(LegalHeading("PHẦN THỨ HAI")?.level == .part)
        #expect(LegalHeading("PHỤ LỤC II")?.kind == .annex)
        #expect(LegalHeading("Phụ lục II ban hành kèm theo Nghị định này") == nil)
    }
}
