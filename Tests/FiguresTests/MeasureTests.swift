import DocumentModel
import Testing

@testable import Figures

@Suite("Petition measures")
struct MeasureTests {
    @Test(
        "each measure from a sentence that says it",
        arguments: [
            ("Trong quý, Ban Tiếp công dân tiếp nhận 215 đơn của công dân.", "don.tiep_nhan"),
            ("Số đơn thuộc thẩm quyền giải quyết của huyện là 64 đơn.", "don.thuoc_tham_quyen"),
            ("Năm nay huyện phải giải quyết 70 đơn, cả đơn cũ chuyển sang.", "don.phai_giai_quyet"),
            ("Các xã đã giải quyết xong 58 đơn.", "don.da_giai_quyet"),
            ("Hiện còn 12 đơn đang được xem xét.", "don.dang_giai_quyet"),
            ("Trong kỳ, công dân phản ánh 33 vụ việc về đất đai.", "vu_viec.tiep_nhan"),
            ("Đến nay đã giải quyết xong 09 vụ.", "vu_viec.da_giai_quyet"),
            ("Huyện xây dựng phương án giải quyết đối với 04 vụ việc.", "vu_viec.dang_giai_quyet"),
            ("Tổ công tác rà soát 17 vụ việc phức tạp.", "vu_viec"),
            ("Chủ tịch UBND huyện đã tiếp 48 lượt công dân.", "tiep_cong_dan.luot"),
            ("Năm nay đã tổ chức 36 cuộc tiếp xúc, đối thoại với nhân dân.", "doi_thoai.cuoc"),
            ("Qua đối thoại có 2.150 lượt người tham dự.", "doi_thoai.luot_tham_du"),
            ("Tại các buổi đối thoại có 412 lượt ý kiến phát biểu.", "doi_thoai.y_kien"),
            ("Thanh tra huyện triển khai 05 cuộc thanh tra trách nhiệm tiếp công dân, giải quyết khiếu nại.", "thanh_tra.cuoc"),
        ])
    func measure(sentence: String, expected: String) throws {
        let figure = try #require(onlyFigure(sentence))
        #expect(figure.measureColumn == expected)
    }

    @Test("counts of other things carry no measure")
    func otherCounts() {
        let found = figures("Huyện có 21 xã, 3.400 hộ nghèo và 12 cuộc họp dân về quy hoạch; 900 lượt khách tham quan.")
        #expect(found.count == 4)
        #expect(found.allSatisfy { $0.measureColumn.isEmpty })
    }

    @Test("a bare \"vụ\" of crime or accidents is not a case of a complaint")
    func crimeIsNotACase() throws {
        let figure = try #require(onlyFigure("Trong kỳ xảy ra 03 vụ tai nạn giao thông."))
        #expect(figure.unit == "vụ")
        #expect(figure.measureColumn == "")
    }

    @Test("trips and tourists are not citizens received")
    func tripsAreNotVisits() {
        let found = figures("Khu du lịch đón tiếp 2.300 lượt khách; hãng đã tiếp tục 14 lượt bay.")
        #expect(found.allSatisfy { $0.measureColumn.isEmpty })
    }

    @Test("cases of violations are not complaint cases, even beside complaints in one sentence")
    func violationCases() {
        let found = figures("Lực lượng chức năng phát hiện 31 vụ việc vi phạm hành chính; tiếp nhận 12 vụ việc khiếu nại.")
        #expect(found.map(\.measureColumn) == ["", "vu_viec.tiep_nhan"])
    }

    @Test("a change between periods is not a count")
    func change() {
        let found = figures("Năm nay huyện tiếp nhận 96 đơn, giảm 11 đơn so với năm trước.")
        #expect(found.map(\.measureColumn) == ["don.tiep_nhan", ""])
    }

    @Test("inspections count in any field once done, never when planned")
    func inspectionsDoneNotPlanned() {
        #expect(onlyFigure("Thanh tra tỉnh sẽ thực hiện 40 cuộc thanh tra về đất đai.")?.measureColumn == "")
        #expect(onlyFigure("Thanh tra tỉnh đã thực hiện 40 cuộc thanh tra về đất đai.")?.measureColumn == "thanh_tra.cuoc")
        #expect(
            onlyFigure("Thanh tra huyện tiến hành 03 cuộc thanh tra trách nhiệm giải quyết khiếu nại, tố cáo.")?.measureColumn
                == "thanh_tra.cuoc")
    }

    @Test("attendance and opinions need a dialogue to be dialogue measures")
    func attendanceNeedsDialogue() {
        let found = figures("Lớp tập huấn thu hút 300 lượt người tham gia với 45 lượt ý kiến.")
        #expect(found.allSatisfy { $0.measureColumn.isEmpty })
    }

    @Test("a breakdown in parentheses takes its measure and types from labels")
    func breakdown() {
        let found = figures("Cấp xã tiếp nhận 61 đơn (trong đó: khiếu nại: 07 đơn, tố cáo: 04 đơn, kiến nghị, phản ánh: 50 đơn).")
        #expect(found.map(\.measureColumn) == Array(repeating: "don.tiep_nhan", count: 4))
        #expect(found.map(\.typeColumn) == ["", "khieu_nai", "to_cao", "kien_nghi_phan_anh"])
        #expect(found.first?.scope == "Cấp xã")
    }

    @Test("a type label misread by OCR still names its type")
    func typeLabelWithOCRMarks() {
        let found = figures("Xã tiếp nhận 30 đơn (trong đó: tỐ cáo: 04 đơn, kiến nghị, phẩn ánh 26 đơn).")
        #expect(found.map(\.typeColumn) == ["", "to_cao", "kien_nghi_phan_anh"])
    }

    @Test("a type written after the unit, and none when two types are named")
    func typesAfterUnit() {
        let single = figures("Huyện đã giải quyết xong 08 đơn tố cáo.")
        #expect(single.first?.typeColumn == "to_cao")
        let mixed = figures("Trên địa bàn có 06 vụ việc khiếu nại, tố cáo đông người.")
        #expect(mixed.first?.typeColumn == "")
        #expect(mixed.first?.measureColumn == "vu_viec")
    }

    @Test("an enumeration carries its predicate to figures that omit it")
    func enumeration() {
        let found = figures("Cấp huyện tiếp nhận 120 đơn; cấp xã 340 đơn.")
        #expect(found.map(\.measureColumn) == ["don.tiep_nhan", "don.tiep_nhan"])
        #expect(found.map(\.scope) == ["Cấp huyện", "cấp xã"])
    }

    @Test("visits without a verb count as receptions in a paragraph about receiving citizens")
    func visitsFromParagraph() {
        let found = figures("Lãnh đạo xã tiếp công dân định kỳ. Cả năm toàn xã 215 lượt, trong đó cấp xã 150 lượt.")
        #expect(found.map(\.measureColumn) == ["tiep_cong_dan.luot", "tiep_cong_dan.luot"])
    }
}
