import DocumentModel
import Figures
import Testing

/// A table whose headers say only "Tổng số", "Đã giải quyết" takes what it counts from the words
/// around it: its caption, the sentence that introduces it, the section it stands in. Where
/// those words name something else (money, households, a plan) or several things, its cells
/// stay unmeasured.
@Suite struct TableSurroundingsTests {
    /// A table as a Markdown pipe or tab-separated text table reaches the figures: one header row.
    private func table(_ rows: [[String]], label: String? = nil, unit: String? = nil) -> Table {
        Table(label: label, unit: unit, headerRows: 1, rows: rows)
    }

    /// The figures of a document: an optional heading, an optional paragraph, then the table.
    private func figures(of table: Table, after paragraph: String? = nil, heading: (label: String, title: String)? = nil) -> [Figure] {
        var blocks: [Block] = []
        if let heading {
            blocks.append(Block(kind: .heading, text: heading.title, level: HeadingLevel(rawValue: 1), label: heading.label, pages: PageRange(2)))
        }
        if let paragraph { blocks.append(Block(kind: .paragraph, text: paragraph, pages: PageRange(2))) }
        blocks.append(Block(kind: .table, text: "", pages: PageRange(2), table: table))
        let document = Document(source: SourceInfo(path: "t.txt", sha256: "", pages: 2), blocks: blocks)
        return FigureExtractor().figures(in: document, doc: "t").filter { $0.sentence.contains(" / ") }
    }

    static let byType = [
        ["Phân loại", "Tổng số đơn", "Thuộc thẩm quyền", "Đã giải quyết", "Đang giải quyết"],
        ["Khiếu nại", "27", "20", "18", "2"],
        ["Tố cáo", "5", "4", "4", "0"],
        ["Kiến nghị, phản ánh", "33", "30", "29", "1"],
        ["Tổng cộng", "65", "54", "51", "3"],
    ]

    /// "Ban tiếp nhận 65 đơn, kết quả theo bảng sau:" names the thing and what happened to it;
    /// each status comes from its own header, each type from its row label.
    @Test func theIntroducingSentenceNamesWhatTheTableCounts() throws {
        let found = figures(of: table(Self.byType), after: "Trong quý III, Ban tiếp nhận 65 đơn, kết quả theo bảng sau:")
        #expect(found.count == 16)
        let complaints = found.filter { $0.type.rawValue == "khieu_nai" }
        #expect(complaints.map(\.measure.rawValue) == ["don.tiep_nhan", "don.thuoc_tham_quyen", "don.da_giai_quyet", "don.dang_giai_quyet"])
        #expect(complaints.map(\.value) == [27, 20, 18, 2])
        // A row label that is a type is no place.
        #expect(complaints.allSatisfy { $0.scope.isEmpty && $0.unit == "đơn" })
        #expect(found.filter { $0.type.rawValue == "kien_nghi_phan_anh" }.map(\.value) == [33, 30, 29, 1])
        #expect(found.filter { $0.type.rawValue == "to_cao" }.count == 4)
        let total = found.filter { $0.scope == "Tổng cộng" }
        #expect(total.map(\.measure.rawValue) == ["don.tiep_nhan", "don.thuoc_tham_quyen", "don.da_giai_quyet", "don.dang_giai_quyet"])
        #expect(total.allSatisfy { $0.type.rawValue == "" })
        // Read from the words around the table, not from its own headers: not the headers' level.
        let received = try #require(found.first { $0.value == 27 })
        #expect(received.confidence < 0.9)
    }

    /// A table right under the document's title: the title says what the whole report is about
    /// and points to its annexes ("chi tiết tại phụ lục"), so it lends nothing, not even to a
    /// column of money; a title line ending in a colon hands over as a sentence does.
    @Test func aTitleThatPointsToTheAnnexesIsNoIntroduction() {
        let money = table([["Nội dung", "Số hộ", "Số tiền"], ["Hỗ trợ nhà ở", "30", "250"], ["Hỗ trợ sinh kế", "16", "160"]])
        let byPlace = table([["Thôn", "Số lượng", "Đã xong"], ["Thôn Nà Lừa", "30", "25"], ["Thôn Khuổi Ít", "16", "16"]])
        func titled(_ table: Table, _ lines: [TitleLine]) -> [Figure] {
            let document = Document(
                source: SourceInfo(path: "t.txt", sha256: "", pages: 1), title: lines,
                blocks: [Block(kind: .table, text: "", pages: PageRange(1), table: table)])
            return FigureExtractor().figures(in: document, doc: "t").filter { $0.sentence.contains(" / ") }
        }
        let subject: [TitleLine] = ["BÁO CÁO", "Kết quả tiếp nhận, giải quyết đơn quý III năm 2026 (chi tiết tại phụ lục)"]
        for table in [money, byPlace] {
            let found = titled(table, subject)
            #expect(found.count == 4 && found.allSatisfy { $0.measure.rawValue == "" })
        }
        let handing = titled(byPlace, ["BÁO CÁO", "Trong quý III, Ban tiếp nhận 46 đơn, kết quả như sau:"])
        #expect(handing.map(\.measure.rawValue) == ["don.tiep_nhan", "don.da_giai_quyet", "don.tiep_nhan", "don.da_giai_quyet"])
    }

    /// A table about crime, accidents, fires or violations counts incidents ("Số vụ"), not
    /// petitions' cases, whatever "tiếp nhận" or "giải quyết" the words around it say: the
    /// caption, the section, the introducing sentence or the row labels name it with the words
    /// that say it of a sentence, and none names a complaint. Its numbers are still rows.
    @Test func aTableAboutCrimeGivesNoPetitionRows() {
        let offences = table([["Loại tội phạm", "Số vụ", "Đã giải quyết"], ["Trộm cắp tài sản", "19", "15"], ["Ma túy", "7", "7"]])
        let byPlace = table([["Địa bàn", "Số vụ", "Số vụ việc"], ["Xã Tà Lùng", "5", "5"], ["Xã Nà Pheo", "2", "2"]])
        let found = [
            // The row labels and the header say it.
            figures(of: offences, after: "Trong quý, Công an huyện đã tiếp nhận và giải quyết như sau:"),
            // The introducing sentence says it.
            figures(of: byPlace, after: "Trong quý, xảy ra các vụ tai nạn giao thông, đã giải quyết như sau:"),
            // The section says it.
            figures(of: byPlace, after: "Kết quả tiếp nhận và xử lý như sau:", heading: ("3.", "Xử phạt vi phạm hành chính")),
            figures(of: table([["Địa bàn", "Số vụ"], ["Xã Tà Lùng", "3"]], label: "Bảng 4. Tình hình cháy nổ"), after: "Đã tiếp nhận như sau:"),
            // Offences named without "tội phạm", fines without "vi phạm".
            figures(of: table([["Nội dung", "Số vụ"], ["Trộm cắp tài sản", "6"], ["Đánh bạc", "2"]]), after: "Trong quý, đã tiếp nhận như sau:"),
            figures(of: table([["Lĩnh vực", "Số vụ việc"], ["Xây dựng", "8"]], label: "Bảng 5. Kết quả xử phạt"), after: "Đã giải quyết như sau:"),
        ]
        #expect(found.map(\.count) == [4, 4, 4, 1, 2, 1])
        #expect(found.joined().allSatisfy { $0.measure.rawValue == "" })
        // The same table about complaints keeps its cases, even beside a row about crime.
        let complaints = figures(of: byPlace, after: "Trong quý, Ban đã tiếp nhận các vụ việc khiếu nại như sau:")
        #expect(complaints.map(\.measure.rawValue) == Array(repeating: "vu_viec.tiep_nhan", count: 4))
        let mixed = table([["Nội dung", "Số vụ việc"], ["Tố cáo hành vi vi phạm", "4"], ["Khiếu nại về đất đai", "9"]])
        #expect(figures(of: mixed, after: "Kết quả tiếp nhận như sau:").map(\.measure.rawValue) == ["vu_viec.tiep_nhan", "vu_viec.tiep_nhan"])
    }

    /// Money and land counted under a bare header ("Số tiền", "Diện tích (m2)", "Kinh phí") are
    /// no petitions, whatever the sentence before the table counts; nor are casualties ("Số người
    /// bị thương") persons received.
    @Test func moneyLandAndCasualtiesTakeNoPetitionMeasure() {
        let support = table([["Thôn", "Số đơn", "Số tiền", "Diện tích (m2)", "Kinh phí"], ["Thôn Bản Pjệt", "6", "140", "900", "35"]])
        let found = figures(of: support, after: "Trong quý, Ban đã tiếp nhận đơn như sau:")
        #expect(found.map(\.measure.rawValue) == ["don.tiep_nhan", "", "", ""])
        // A unit in brackets says what the column measures: "(ha)", "(m2)", "(đồng)"; "(đơn)" counts petitions.
        let declared = table([["Thôn", "Đất thu hồi (ha)", "Đất ở (m2)", "Hỗ trợ (đồng)", "Tổng số (đơn)"], ["Thôn Cốc Phường", "4", "320", "2500000", "9"]])
        #expect(figures(of: declared, after: "Trong quý, Ban đã tiếp nhận đơn như sau:").map(\.measure.rawValue) == ["", "", "", "don.tiep_nhan"])
        // A sentence that counts petitions about money still speaks for the table.
        let byPlace = table([["Thôn", "Số lượng", "Đã xong"], ["Thôn Nà Lừa", "30", "25"]])
        let aboutMoney = figures(of: byPlace, after: "Trong quý, Ban tiếp nhận 30 đơn khiếu nại về tiền bồi thường, kết quả như sau:")
        #expect(aboutMoney.map(\.measure.rawValue) == ["don.tiep_nhan", "don.da_giai_quyet"])
        let visits = table([["Đơn vị", "Số người", "Số người bị thương"], ["Trạm Khuổi Hin", "12", "3"]])
        let received = figures(of: visits, after: "Trong đợt mưa lũ, các đơn vị đã tiếp công dân như sau:")
        #expect(received.map(\.measure.rawValue) == ["tiep_cong_dan.nguoi", ""])
    }

    /// The same table after a sentence that does not hand over to it says nothing of its cells.
    @Test func aSentenceThatDoesNotIntroduceTheTableLendsNothing() {
        let found = figures(of: table(Self.byType), after: "Trong quý III, Ban tiếp nhận 65 đơn.")
        #expect(found.count == 16 && found.allSatisfy { $0.measure.rawValue == "" })
    }

    /// "Bảng 4. Tiếp công dân" on one line: the label carries the title.
    @Test func aLabelLineCarriesTheTitle() {
        let rows = [["Đơn vị", "Số lượt", "Số người", "Số vụ việc"], ["Phòng Tiếp dân", "73", "80", "41"]]
        let found = figures(of: table(rows, label: "Bảng 4. Tiếp công dân"))
        #expect(found.map(\.measure.rawValue) == ["tiep_cong_dan.luot", "tiep_cong_dan.nguoi", "vu_viec.tiep_nhan"])
        #expect(found.allSatisfy { $0.scope == "Phòng Tiếp dân" })
    }

    /// With no sentence before it, the section's title speaks for the table.
    @Test func theSectionTitleSpeaksWhenNothingNearerDoes() {
        let rows = [["Đơn vị", "Tổng số", "Đã giải quyết"], ["Xã Cát Vàng", "19", "16"]]
        let found = figures(of: table(rows), heading: ("2.", "Kết quả tiếp nhận, xử lý đơn"))
        #expect(found.map(\.measure.rawValue) == ["don.tiep_nhan", "don.da_giai_quyet"])
        #expect(found.allSatisfy { $0.scope == "Xã Cát Vàng" && $0.unit == "đơn" })
    }

    /// A section that names two things ("tiếp công dân, xử lý đơn thư") cannot say which one a
    /// bare "Tổng số" counts; nor can a sentence that counts visits and petitions both.
    @Test func wordsNamingSeveralThingsLendNothing() {
        let rows = [["Đơn vị", "Tổng số", "Đã giải quyết"], ["Xã Cát Vàng", "19", "16"]]
        let section = figures(of: table(rows), heading: ("II.", "Công tác tiếp công dân, xử lý đơn thư"))
        #expect(section.allSatisfy { $0.measure.rawValue == "" })
        let sentence = figures(
            of: table(rows), after: "Năm 2026, huyện tiếp 96 lượt công dân, nhận 40 đơn, cụ thể như sau:",
            heading: ("1.", "Kết quả tiếp nhận, xử lý đơn"))
        #expect(sentence.allSatisfy { $0.measure.rawValue == "" })
    }

    /// "Kết quả giải quyết đơn như sau:" over "Tổng số | Đã giải quyết | Đang giải quyết": the
    /// total is what the others break down, not one more resolved count.
    @Test func aSilentTotalIsNotWhatItsSiblingsName() {
        let rows = [["Loại đơn", "Tổng số", "Đã giải quyết", "Đang giải quyết"], ["Tố cáo", "9", "7", "2"]]
        let found = figures(of: table(rows), after: "Kết quả giải quyết đơn thư như sau:")
        #expect(found.map(\.measure.rawValue) == ["", "don.da_giai_quyet", "don.dang_giai_quyet"])
        #expect(found.dropFirst().allSatisfy { $0.type.rawValue == "to_cao" })
    }

    /// Money, households and plans stay unmeasured whatever the sentence before says.
    @Test func moneyHouseholdsAndPlansStayUnmeasured() {
        let intro = "Năm 2026, Sở tiếp nhận 52 đơn, kết quả như sau:"
        let money = figures(
            of: table([["Đơn vị", "Số tiền thu hồi (triệu đồng)", "Số hộ được hỗ trợ"], ["Xã Bến Lau", "480", "12"]]), after: intro)
        #expect(money.count == 2 && money.allSatisfy { $0.measure.rawValue == "" })
        let moneyByUnitLine = figures(
            of: table([["Đơn vị", "Năm 2025", "Năm 2026"], ["Xã Bến Lau", "310", "365"]], unit: "Đơn vị tính: triệu đồng"),
            after: intro)
        #expect(moneyByUnitLine.count == 2 && moneyByUnitLine.allSatisfy { $0.measure.rawValue == "" })
        let households = figures(
            of: table([["Đơn vị", "Tổng số", "Đã giải quyết"], ["Xã Bến Lau", "44", "40"]]),
            after: "Các hộ bị thu hồi đất theo bảng sau:", heading: ("1.", "Kết quả tiếp nhận, xử lý đơn"))
        #expect(households.count == 2 && households.allSatisfy { $0.measure.rawValue == "" })
        let plan = figures(
            of: table([["Loại đơn", "Thực hiện năm 2026", "Kế hoạch năm 2027"], ["Khiếu nại", "30", "25"]]), after: intro)
        #expect(plan.map(\.measure.rawValue) == ["don.tiep_nhan", ""])
        let planSection = figures(
            of: table([["Đơn vị", "Tổng số"], ["Xã Bến Lau", "20"]]), after: intro, heading: ("III.", "Nhiệm vụ năm 2027"))
        #expect(planSection.allSatisfy { $0.measure.rawValue == "" })
    }

    /// Only a label that is nothing but a type is a type; "Khiếu nại về đất đai tại xã Bến Lau"
    /// stays the row's label.
    @Test func aRowLabelIsATypeOnlyWhenItIsNothingElse() {
        let rows = [["Nội dung", "Tổng số đơn"], ["Khiếu nại về đất đai tại xã Bến Lau", "11"], ["2. Tố cáo", "3"]]
        let found = figures(of: table(rows), after: "Ban đã tiếp nhận 14 đơn, như sau:")
        #expect(found.map(\.measure.rawValue) == ["don.tiep_nhan", "don.tiep_nhan"])
        #expect(found.map(\.scope) == ["Khiếu nại về đất đai tại xã Bến Lau", ""])
        #expect(found.map(\.type.rawValue) == ["", "to_cao"])
    }
}
