import DocumentModel
import Testing

@testable import Structure

/// A legal text as OCR reads a scan of it: label words with lost or moved marks, a roman
/// numeral's strokes read as "l" or "1", a clause's "1." as "l." and a point's "a)" as "a}".
@Suite("Legal structure read from OCR")
struct LegalOCRTests {
    @Test("label words with lost or moved marks are still the units, under their own spelling")
    func labelWordsRead() {
        #expect(LegalHeading("Diéu 5. Phạm vi điều chỉnh")?.label == "Điều 5")
        #expect(LegalHeading("Điêu 12. Hiệu lực")?.label == "Điều 12")
        #expect(LegalHeading("DIEU 3. TRÁCH NHIỆM")?.label == "ĐIỀU 3")
        #expect(LegalHeading("Chuơng II")?.label == "Chương II")
        #expect(LegalHeading("CHUONG III. TỔ CHỨC THỰC HIỆN")?.label == "CHƯƠNG III")
        #expect(LegalHeading("Muc 2")?.label == "Mục 2")
        #expect(LegalHeading("Phân thứ hai")?.label == "Phần thứ hai")
        #expect(LegalHeading("PHU LUC II")?.label == "PHỤ LỤC II")
        // As printed, the label keeps its own spelling and case.
        #expect(LegalHeading("CHƯƠNG IV. ĐIỀU KHOẢN THI HÀNH")?.label == "CHƯƠNG IV")
    }

    @Test("a word with a hat or hook the label lacks is another word")
    func otherWordsStayText() {
        #expect(LegalHeading("Mức 1: Hỗ trợ toàn bộ chi phí") == nil)
        #expect(LegalHeading("Mực 2. nước dâng") == nil)
        #expect(LegalHeading("Chuông 1. Báo động") == nil)
    }

    @Test("numerals whose strokes OCR misreads")
    func numerals() {
        #expect(LegalHeading("Chương Il")?.label == "Chương II")
        #expect(LegalHeading("Chương 1V")?.label == "Chương IV")
        #expect(LegalHeading("Điều l. Phạm vi điều chỉnh")?.label == "Điều 1")
        #expect(LegalHeading("Điều 1l. Hiệu lực")?.label == "Điều 11")
        #expect(LegalWord.numeral("12") == "12")
        #expect(LegalWord.numeral("l2") == "12")
        #expect(LegalWord.numeral("1a") == "1a")
        #expect(LegalWord.numeral("Ha") == nil)
    }

    @Test("a decree read by OCR keeps its articles, clauses and points")
    func decreeFromOCR() {
        let document = PageFixtures.structureText(
            """
            CHÍNH PHỦ
            Số: 31/2026/NĐ-CP
            NGHỊ ĐỊNH
            Quy định về bến khách ngang sông
            Căn cứ Luật Giao thông đường thủy nội địa;
            Chuơng I
            QUY ĐỊNH CHUNG
            Diéu l. Phạm vi điều chỉnh
            Nghị định này quy định về bến khách ngang sông.
            Diéu 2. Điều kiện hoạt động
            l. Bến phải có phao cứu sinh.
            2. Người lái phương tiện phải có:
            a} Bằng thuyền trưởng;
            b] Giấy chứng nhận sức khỏe.
            Mức 1: phạt cảnh cáo.
            TM. CHÍNH PHỦ
            THỦ TƯỚNG
            Lê Quang Huy
            """)
        let headings = document.blocks.filter { $0.kind == .heading }.map { "\($0.label ?? "") | \($0.text)" }
        #expect(headings == [
            "Chương I | QUY ĐỊNH CHUNG", "Điều 1 | Phạm vi điều chỉnh", "Điều 2 | Điều kiện hoạt động",
        ])
        let items = document.blocks.filter { $0.kind == .item }.map { "\($0.section) | \($0.text)" }
        #expect(items == [
            "Chương I/Điều 2/1 | Bến phải có phao cứu sinh.", "Chương I/Điều 2/2 | Người lái phương tiện phải có:",
            "Chương I/Điều 2/2/a | Bằng thuyền trưởng;", "Chương I/Điều 2/2/b | Giấy chứng nhận sức khỏe.",
        ])
        #expect(document.blocks.contains { $0.kind == .paragraph && $0.text == "Mức 1: phạt cảnh cáo." })
    }

    @Test("only a clause's or point's numbering is read again")
    func itemRepairs() {
        #expect(LegalItem.repaired("l. Bến phải có phao") == "1. Bến phải có phao")
        #expect(LegalItem.repaired("1l. Hiệu lực") == "11. Hiệu lực")
        #expect(LegalItem.repaired("a} Bằng thuyền trưởng") == "a) Bằng thuyền trưởng")
        #expect(LegalItem.repaired("c©) Doanh nghiệp") == "c) Doanh nghiệp")
        #expect(LegalItem.repaired("1. Đã đúng") == nil)
        #expect(LegalItem.repaired("và) không") == nil)
        #expect(LegalItem.repaired("là. Không") == nil)
        #expect(LegalItem.repaired("A} Không phải điểm") == nil)
    }

    @Test("a point's label OCR misread is the one due after the last")
    func pointsDue() {
        let document = PageFixtures.structureText(
            """
            QUỐC HỘI
            Luật số: 12/2026/QH15
            LUẬT
            Đường thủy nội địa
            Điều 1. Phạm vi điều chỉnh
            Luật này quy định về đường thủy nội địa.
            Điều 2. Quyền của thuyền viên
            1. Thuyền viên có các quyền sau đây:
            a) Được trang bị bảo hộ lao động;
            b) Được nghỉ phép năm;
            e) Được khám sức khỏe định kỳ;
            đ) Được đào tạo nghiệp vụ;
            đd) Được hưởng phụ cấp đi biển;
            e) Được bảo hiểm tai nạn;
            ø) Được từ chối lệnh trái pháp luật;
            h) Được khiếu nại;
            ¡) Được về nước khi hết hợp đồng.
            2. Thuyền viên có nghĩa vụ sau đây:
            a) Chấp hành lệnh thuyền trưởng.
            """)
        let points = document.blocks.filter { $0.kind == .item && $0.level == .point }.map { $0.label ?? "" }
        #expect(points == ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "a"])
        #expect(LegalItem.duePoint("e) Được nghỉ", after: "b")?.label == "c")
        #expect(LegalItem.duePoint("c) Đúng", after: "b") == nil)
        #expect(LegalItem.duePoint("a) Danh sách mới", after: "c") == nil)
        #expect(LegalItem.duePoint("k) Bỏ qua", after: "c") == nil)
    }

    @Test("a speck before the first chapter, and an article's first clause read as a roman I")
    func firstChapterAndClause() {
        let document = PageFixtures.structureText(
            """
            BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
            Số: 07/2026/TT-BTNMT
            THÔNG TƯ
            Quy định kỹ thuật quan trắc mặn
            Căn cứ Luật Tài nguyên nước;
            - Chương I
            QUY ĐỊNH CHUNG
            Điều 1. Phạm vi điều chỉnh
            I. Thông tư này quy định kỹ thuật quan trắc độ mặn.
            2. Thông tư này không áp dụng cho nước ngầm.
            Điều 2. Nội dung đề án
            I. MỤC TIÊU
            1. Quan trắc 200 điểm.
            2. Cảnh báo sớm cho 12 xã.
            II. NHIỆM VỤ
            """)
        let headings = document.blocks.filter { $0.kind == .heading }.map { $0.label ?? "" }
        #expect(headings == ["Chương I", "Điều 1", "Điều 2"])
        let clauses = document.blocks.filter { $0.kind == .item && $0.level == .clause }.map(\.section)
        #expect(clauses == ["Chương I/Điều 1/1", "Chương I/Điều 1/2", "Chương I/Điều 2/1", "Chương I/Điều 2/2"])
        #expect(document.blocks.contains { $0.kind == .paragraph && $0.text == "I. MỤC TIÊU" })
    }
}
