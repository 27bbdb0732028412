import DocumentModel
import Figures
import Testing

@Suite struct TableFiguresTests {
    /// A table of petitions by district: two header rows, a group row, a total row.
    static let petitions = Table(
        label: "Biểu số 02", title: ["KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT ĐƠN NĂM 2025"], unit: "Đơn vị tính: đơn", headerRows: 2,
        rows: [
            ["STT", "Đơn vị", "Tổng số đơn tiếp nhận", "Khiếu nại", "Khiếu nại", "Tố cáo", "Tỷ lệ (%)"],
            ["STT", "Đơn vị", "Tổng số đơn tiếp nhận", "Đã giải quyết", "Đang giải quyết", "Phân loại", "Tỷ lệ (%)"],
            ["1", "Huyện An Lạc", "1.204", "31", "2", "5", "93,9"],
            ["2", "Huyện Bình Yên", "88", "-", "", "1", "100"],
            ["", "Tổng cộng", "1.292", "31", "2", "6", "94,1"],
        ],
        spans: [
            CellSpan(row: 0, column: 0, rowSpan: 2, columnSpan: 1), CellSpan(row: 0, column: 1, rowSpan: 2, columnSpan: 1),
            CellSpan(row: 0, column: 2, rowSpan: 2, columnSpan: 1), CellSpan(row: 0, column: 3, rowSpan: 1, columnSpan: 2),
            CellSpan(row: 0, column: 6, rowSpan: 2, columnSpan: 1),
        ])

    private func figures(of table: Table) -> [Figure] {
        let document = Document(
            source: SourceInfo(path: "t.pdf", sha256: "", pages: 6),
            blocks: [Block(kind: .table, text: "", section: "IV", pages: PageRange(6), table: table)])
        return FigureExtractor().figures(in: document, doc: "t")
    }

    @Test func cellsAreFiguresOfTheirColumnAndRow() throws {
        let found = figures(of: Self.petitions)
        // STT numbers are no figures; empty and "-" cells neither.
        #expect(!found.contains { $0.subject == "STT" })
        // Three rows of five figure columns, less the "-" and the empty cell.
        #expect(found.count == 3 * 5 - 2)
        let received = try #require(found.first { $0.scope == "Huyện An Lạc" && $0.value == 1204 })
        #expect(received.measure.rawValue == "don.tiep_nhan" && received.type.rawValue == "")
        #expect(received.unit == "đơn" && received.raw == "1.204")
        #expect(received.section == "Biểu số 02" && received.sectionTitle == "KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT ĐƠN NĂM 2025")
        #expect(received.subject == "Tổng số đơn tiếp nhận")
        #expect(received.sentence == "Huyện An Lạc / Tổng số đơn tiếp nhận")
        #expect(received.page == 6)
        // Merged parent and leaf together: "Khiếu nại - Đang giải quyết".
        let pending = try #require(found.first { $0.scope == "Tổng cộng" && $0.value == 2 })
        #expect(pending.measure.rawValue == "don.dang_giai_quyet" && pending.type.rawValue == "khieu_nai")
        #expect(pending.subject == "Khiếu nại - Đang giải quyết")
        #expect(found.first { $0.scope == "Huyện An Lạc" && $0.value == 31 }?.measure.rawValue == "don.da_giai_quyet")
        // A share is a figure in %, never a petition count.
        let share = try #require(found.first { $0.raw == "93,9" })
        #expect(share.unit == "%" && share.measure.rawValue == "" && share.value == 93.9)
    }

    /// "Tố cáo / Phân loại" says nothing of what happened; the title says "tiếp nhận".
    @Test func aColumnSilentOnItsPredicateTakesTheTitles() throws {
        let found = figures(of: Self.petitions)
        let denunciations = found.filter { $0.subject == "Tố cáo - Phân loại" }
        #expect(denunciations.count == 3)
        #expect(denunciations.allSatisfy { $0.measure.rawValue == "don.tiep_nhan" && $0.type.rawValue == "to_cao" })
    }

    /// Rows grouped under "I. KHIẾU NẠI", "II. TỐ CÁO" take the group's type.
    @Test func rowGroupsGiveTheType() throws {
        let table = Table(
            title: ["KẾT QUẢ GIẢI QUYẾT ĐƠN"], headerRows: 1,
            rows: [
                ["TT", "Nội dung", "Số đơn đã giải quyết"],
                ["I. KHIẾU NẠI", "I. KHIẾU NẠI", "I. KHIẾU NẠI"],
                ["1", "Cấp huyện", "14"],
                ["II. TỐ CÁO", "II. TỐ CÁO", "II. TỐ CÁO"],
                ["1", "Cấp huyện", "3"],
            ],
            spans: [CellSpan(row: 1, column: 0, rowSpan: 1, columnSpan: 3), CellSpan(row: 3, column: 0, rowSpan: 1, columnSpan: 3)])
        let found = figures(of: table)
        #expect(found.map(\.value) == [14, 3])
        #expect(found.map(\.type.rawValue) == ["khieu_nai", "to_cao"])
        #expect(found.allSatisfy { $0.measure.rawValue == "don.da_giai_quyet" && $0.scope == "Cấp huyện" })
    }

    /// A reception table: visits, people, crowds and cases, from headers and the title.
    @Test func receptionTables() throws {
        let table = Table(
            title: ["KẾT QUẢ TIẾP CÔNG DÂN"], headerRows: 2,
            rows: [
                ["TT", "Hình thức tiếp", "Số lượt tiếp", "Số người được tiếp", "Số vụ việc", "Đoàn đông người", "Đoàn đông người"],
                ["TT", "Hình thức tiếp", "Số lượt tiếp", "Số người được tiếp", "Số vụ việc", "Số đoàn", "Số người"],
                ["1", "Tiếp thường xuyên", "120", "135", "98", "2", "31"],
            ])
        let measures = figures(of: table).map(\.measure.rawValue)
        #expect(measures == ["tiep_cong_dan.luot", "tiep_cong_dan.nguoi", "vu_viec.tiep_nhan", "tiep_cong_dan.doan", "tiep_cong_dan.nguoi"])
    }

    /// "Số đoàn" with no "Đoàn đông người" over it counts delegations, not the citizens the
    /// title names ("TIẾP CÔNG DÂN"); "Số đoàn công dân" too, while "Số đoàn thanh tra" counts
    /// no one received.
    @Test func delegationColumnWithoutItsParentCountsDelegations() throws {
        let table = Table(
            title: ["KẾT QUẢ TIẾP CÔNG DÂN QUÝ III"], headerRows: 1,
            rows: [
                ["STT", "Đơn vị", "Số lượt", "Số người", "Số đoàn", "Số đoàn công dân", "Số đoàn thanh tra"],
                ["1", "Xã Khuổi Nậm", "44", "52", "3", "2", "1"],
            ])
        let measures = figures(of: table).map(\.measure.rawValue)
        #expect(measures.prefix(4) == ["tiep_cong_dan.luot", "tiep_cong_dan.nguoi", "tiep_cong_dan.doan", "tiep_cong_dan.doan"])
        #expect(measures.last != "tiep_cong_dan.doan")
    }

    @Test func dialogueTablesCountOpinionsNotTheirAnswers() {
        let table = Table(
            title: ["KẾT QUẢ ĐỐI THOẠI VỚI NHÂN DÂN"], headerRows: 2,
            rows: [
                ["TT", "Người chủ trì", "Số cuộc đối thoại", "Số lượt người tham dự", "Ý kiến, kiến nghị", "Ý kiến, kiến nghị"],
                ["TT", "Người chủ trì", "Số cuộc đối thoại", "Số lượt người tham dự", "Tổng số", "Đã trả lời, giải quyết"],
                ["1", "Chủ tịch UBND huyện", "6", "412", "58", "57"],
            ])
        let found = figures(of: table)
        #expect(found.map(\.measure.rawValue) == ["doi_thoai.cuoc", "doi_thoai.luot_tham_du", "doi_thoai.y_kien", ""])
        #expect(found.allSatisfy { $0.type.rawValue == "" })
    }

    /// A reception's tally in running text: people and cases go with the visits before them.
    @Test func receptionTallyInText() {
        let found = FiguresTests.figures("Toàn huyện đã tiếp 120 lượt với 135 người, 98 vụ việc.")
        #expect(found.map(\.measure.rawValue) == ["tiep_cong_dan.luot", "tiep_cong_dan.nguoi", "vu_viec.tiep_nhan"])
    }
}
