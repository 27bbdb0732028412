import DocumentModel
import Testing
@testable import Structure

/// Page tables as ingestion gives them, put into documents.
@Suite struct TableStructureTests {
    /// A grid of `rows`, each a list of cell texts; "<" merges a cell with the one on its
    /// left, "^" with the one above.
    static func pageTable(_ rows: [[String]], top: Double = 200, left: Double = 72, lines: Range<Int>) -> PageTable {
        let columns = rows.map(\.count).max() ?? 0
        let width = 60.0, height = 20.0
        var cells: [TableCell] = []
        for (r, row) in rows.enumerated() {
            for (c, text) in row.enumerated() where text != "<" && text != "^" {
                var columnSpan = 1, rowSpan = 1
                while c + columnSpan < row.count, row[c + columnSpan] == "<" { columnSpan += 1 }
                while r + rowSpan < rows.count, rows[r + rowSpan][c] == "^" { rowSpan += 1 }
                let box = Box(
                    x: left + Double(c) * width, y: top + Double(r) * height, width: Double(columnSpan) * width,
                    height: Double(rowSpan) * height)
                cells.append(TableCell(row: r, column: c, rowSpan: rowSpan, columnSpan: columnSpan, text: text, box: box))
            }
        }
        return PageTable(
            box: Box(x: left, y: top, width: Double(columns) * width, height: Double(rows.count) * height),
            rowCount: rows.count, columnCount: columns, columnEdges: (0...columns).map { left + Double($0) * width },
            cells: cells, lines: lines, ruled: true)
    }

    static let header = [["STT", "Đơn vị", "Khiếu nại", "<"], ["^", "^", "Đã giải quyết", "Đang giải quyết"]]

    /// A laid-out page: `above` lines, then the table's row lines, then `below` lines.
    /// `left` moves the table's columns; `plainText` and `unnamed` make it a text page's table.
    static func page(
        _ number: Int, above: [String], table rows: [[String]], below: [String] = [], left: Double = 72, plainText: Bool? = nil,
        unnamed: [Int]? = nil
    ) -> Page {
        var layout = LayoutPage(number: number)
        for text in above { layout.body(text, full: false, bold: true) }
        var lines = layout.page.lines
        var table = pageTable(rows, top: 60 + Double(above.count) * 18.2, left: left, lines: lines.count..<(lines.count + rows.count))
        table.plainText = plainText
        table.unnamedColumns = unnamed
        lines += rows.map { Line(text: $0.joined(separator: "\t")) }
        var rest = LayoutPage(number: number)
        for text in below { rest.body(text) }
        lines += rest.page.lines.map { line in
            var line = line
            line.box?.y += 600
            return line
        }
        return Page(number: number, width: 595.3, height: 841.9, source: .text, lines: lines, tables: [table])
    }

    private func tables(_ document: Document) -> [Table] {
        document.blocks.compactMap(\.table)
    }

    @Test func aTableTakesItsCaptionAndHeader() throws {
        let rows = Self.header + [["1", "Huyện A", "12", "3"], ["", "Tổng cộng", "12", "3"]]
        let document = PageFixtures.structure([
            Self.page(1, above: ["Biểu số 01", "KẾT QUẢ GIẢI QUYẾT ĐƠN", "(Kèm theo Báo cáo số 12/BC-UBND)", "Đơn vị tính: đơn"], table: rows)
        ])
        let table = try #require(tables(document).first)
        #expect(table.label == "Biểu số 01")
        #expect(table.title == ["KẾT QUẢ GIẢI QUYẾT ĐƠN"])
        #expect(table.subtitle == "(Kèm theo Báo cáo số 12/BC-UBND)")
        #expect(table.unit == "Đơn vị tính: đơn")
        #expect(table.headerRows == 2)
        #expect(table.rows[0] == ["STT", "Đơn vị", "Khiếu nại", "Khiếu nại"])
        #expect(table.rows[1] == ["STT", "Đơn vị", "Đã giải quyết", "Đang giải quyết"])
        #expect(table.rows[3] == ["", "Tổng cộng", "12", "3"])
        #expect(Set(table.spans) == [
            CellSpan(row: 0, column: 0, rowSpan: 2, columnSpan: 1), CellSpan(row: 0, column: 1, rowSpan: 2, columnSpan: 1),
            CellSpan(row: 0, column: 2, rowSpan: 1, columnSpan: 2),
        ])
        // The caption lines are the table's, not paragraphs of their own.
        #expect(!document.blocks.contains { $0.text.contains("Biểu số") || $0.text.contains("KẾT QUẢ") })
        #expect(!document.title.contains { $0.text.contains("KẾT QUẢ") })
        let block = try #require(document.blocks.first { $0.kind == .table })
        #expect(block.pages == PageRange(1) && block.text.isEmpty)
    }

    /// An annex's label, title and note make the annex's heading in the text; the table under
    /// it has them as its caption all the same.
    @Test func anAnnexKeepsItsHeadingAndLendsItToItsTable() throws {
        var body = LayoutPage(number: 1)
        body.body("Huyện đã giải quyết 12 đơn khiếu nại (chi tiết tại Phụ lục 01).")
        let rows = Self.header + [["1", "Huyện A", "12", "3"]]
        let annex = Self.page(2, above: ["Phụ lục 01", "KẾT QUẢ GIẢI QUYẾT ĐƠN", "(Kèm theo Báo cáo số 12/BC-UBND)"], table: rows)
        let document = PageFixtures.structure([body.page, annex])
        let table = try #require(tables(document).first)
        #expect(table.label == "Phụ lục 01")
        #expect(table.title == ["KẾT QUẢ GIẢI QUYẾT ĐƠN"])
        #expect(table.subtitle == "(Kèm theo Báo cáo số 12/BC-UBND)")
        let index = try #require(document.blocks.firstIndex { $0.kind == .table })
        let above = document.blocks[..<index].map(\.text).joined(separator: "\n")
        #expect(above.contains("Phụ lục 01") && above.contains("KẾT QUẢ GIẢI QUYẾT ĐƠN"))
        #expect(!document.title.contains { $0.text.contains("KẾT QUẢ") })
    }

    /// A table continued on the next page with its header printed again is one table.
    @Test func aTableBrokenAcrossPagesIsOne() throws {
        let first = Self.header + [["1", "Huyện A", "12", "3"]]
        let second = Self.header + [["2", "Huyện B", "7", "-"], ["", "Tổng cộng", "19", "3"]]
        let document = PageFixtures.structure([
            Self.page(1, above: ["Biểu số 02"], table: first), Self.page(2, above: [], table: second),
        ])
        let found = tables(document)
        #expect(found.count == 1)
        let table = try #require(found.first)
        #expect(table.rows.count == 5)
        #expect(table.rows.map { $0[1] } == ["Đơn vị", "Đơn vị", "Huyện A", "Huyện B", "Tổng cộng"])
        #expect(table.spans.allSatisfy { $0.row < 2 })
        #expect(document.blocks.first { $0.kind == .table }?.pages == PageRange(first: 1, last: 2))
    }

    /// OCR read the first row's number as a letter ("l" for "1"), so the header runs a row
    /// too long; the next page repeats only the real header row, which still goes.
    @Test func aRepeatedHeaderGoesWhenTheHeaderRanLong() throws {
        let header = [["TT", "Văn bản", "Kết quả"]]
        let first = header + [["l", "Thông tư số 12/2020/TT-BTC", "Phù hợp"], ["2", "Thông tư số 7/2023/TT-BTC", "Phù hợp"]]
        let second = [["TT", "Văn bản", "Kết quả"], ["3", "Thông tư số 58/2021/TT-BTC", "Phù hợp"]]
        let document = PageFixtures.structure([
            Self.page(1, above: ["Phụ lục"], table: first), Self.page(2, above: [], table: second),
        ])
        let table = try #require(tables(document).first)
        #expect(tables(document).count == 1)
        #expect(table.headerRows == 2)
        #expect(table.rows.map { $0[0] } == ["TT", "l", "2", "3"])
    }

    /// A cell's text broken by the page: the next page's first row, empty in the first column
    /// and going on in lower case, is the rest of the last row; a row of its own is not.
    @Test func aRowBrokenByThePageIsJoined() throws {
        let header = [["TT", "Văn bản", "Kết quả"]]
        let first = header + [["1", "Thông tư số 12/2020/TT-BTC", "Phù hợp"], ["2", "Thông tư số 7/2023/TT-BTC quy định", "Phù hợp,"]]
        let second = header + [["", "phương pháp tính", "tiếp tục có hiệu lực"], ["3", "Thông tư số 58/2021/TT-BTC", "Phù hợp"], ["", "Tổng cộng", "3"]]
        let document = PageFixtures.structure([
            Self.page(1, above: ["Phụ lục"], table: first), Self.page(2, above: [], table: second),
        ])
        let table = try #require(tables(document).first)
        #expect(table.rows.map { $0[1] } == [
            "Văn bản", "Thông tư số 12/2020/TT-BTC", "Thông tư số 7/2023/TT-BTC quy định phương pháp tính",
            "Thông tư số 58/2021/TT-BTC", "Tổng cộng",
        ])
        #expect(table.rows[2][2] == "Phù hợp, tiếp tục có hiệu lực")
    }

    /// pdftotext sets a text page's columns by that page's text: the next page's part stands
    /// off the last, its header read otherwise ("Khiếu nại Đã giải" run together), and
    /// still continues it (as many columns, figures in the same ones); its header goes as a
    /// repeat (most of its words are the first part's) and leaves no column unnamed.
    @Test func aTextTableOffItsColumnsOnTheNextPageIsOne() throws {
        let first = [["STT", "Đơn vị", "Khiếu nại", "Khiếu nại"], ["STT", "Đơn vị", "Đã giải quyết", "Đang giải quyết"], ["1", "Xã Khe Lau", "12", "3"]]
        let second = [["STT", "Đơn vị", "Khiếu nại Đã giải", "quyết Đang giải quyết"], ["2", "Xã Pù Lìu", "7", "-"], ["3", "Xã Nậm Chà", "4", "1"]]
        let document = PageFixtures.structure([
            Self.page(1, above: ["Biểu số 05"], table: first, plainText: true),
            Self.page(2, above: [], table: second, left: 110, plainText: true, unnamed: [2, 3]),
        ])
        let found = tables(document)
        #expect(found.count == 1)
        let table = try #require(found.first)
        #expect(table.rows.map { $0[1] } == ["Đơn vị", "Đơn vị", "Xã Khe Lau", "Xã Pù Lìu", "Xã Nậm Chà"])
        #expect(table.unnamedColumns == nil)
    }

    /// A text table on the next page off the last one's columns, with figures in other
    /// columns, is another table.
    @Test func aTextTableWithFiguresElsewhereIsAnother() {
        let first = [["STT", "Đơn vị", "Số đơn", "Ghi chú"], ["1", "Xã Khe Lau", "12", "Đã xong"], ["2", "Xã Pù Lìu", "7", "Đã xong"]]
        let second = [["STT", "Nội dung", "Ghi chú", "Số đơn"], ["1", "Tiếp dân", "Định kỳ", "4"], ["2", "Đối thoại", "Đột xuất", "2"]]
        let document = PageFixtures.structure([
            Self.page(1, above: ["Biểu số 06"], table: first, plainText: true),
            Self.page(2, above: [], table: second, left: 110, plainText: true),
        ])
        #expect(tables(document).count == 2)
    }

    /// Other columns on the next page, or text between: two tables.
    @Test func differentColumnsMakeTwoTables() {
        let first = Self.header + [["1", "Huyện A", "12", "3"]]
        let second = [["TT", "Nội dung", "Số lượng"], ["1", "Hội nghị", "4"]]
        let document = PageFixtures.structure([
            Self.page(1, above: ["Biểu số 02"], table: first), Self.page(2, above: ["Biểu số 03"], table: second),
        ])
        #expect(tables(document).count == 2)
        #expect(tables(document).map(\.label) == ["Biểu số 02", "Biểu số 03"])
    }

    @Test func headerEndsAtDataOrAGroupRow() {
        func header(_ rows: [[String]]) -> Int {
            HeaderRows.count(in: FlatGrid(Self.pageTable(rows, lines: 0..<rows.count), page: 1))
        }
        #expect(header(Self.header + [["1", "Huyện A", "12", "3"]]) == 2)
        // A row numbering the columns belongs to the header.
        #expect(header([["TT", "Chỉ tiêu", "Kỳ trước"], ["A", "B", "1"], ["1", "Số người", "12"]]) == 2)
        // A group heading merged across the table ends it.
        #expect(header([["Stt", "Tên chỉ tiêu", "Lộ trình"], ["01. Tổng hợp", "<", "<"], ["01", "Chỉ số", "A"]]) == 1)
        // No numbers and nothing bold: no header.
        #expect(header([["Mẫu số 01", "Giấy phép"], ["Mẫu số 02", "Văn bản"]]) == 0)
    }

    @Test func captionsReadAsPrinted() throws {
        let wrapped = try #require(TableCaption(lines: [
            "PHỤ LỤC I", "DANH MỤC CHỈ TIÊU", "(Ban hành kèm theo Thông tư số 01/2025/TT-BKHĐT", "của Bộ trưởng)",
        ]))
        #expect(wrapped.label == "PHỤ LỤC I")
        #expect(wrapped.subtitle == "(Ban hành kèm theo Thông tư số 01/2025/TT-BKHĐT của Bộ trưởng)")
        // OCR specks around a label, a mark misread.
        #expect(TableCaption(lines: ["¬ - Biếu số 01/TCD n :"])?.label == "Biếu số 01/TCD")
        // A numbered heading or a signature line is no caption.
        #expect(TableCaption(lines: ["III. KẾT QUẢ THỰC HIỆN"]) == nil)
        #expect(TableCaption(lines: ["TM. ỦY BAN NHÂN DÂN"]) == nil)
        #expect(TableCaption(lines: ["Bảng 1:", "Năm 2024 có nhiều thay đổi."]) == nil)
    }
}
