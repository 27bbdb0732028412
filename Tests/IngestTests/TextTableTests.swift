import DocumentModel
import Testing
@testable import Ingest

/// Tables in the lines of a text page: Markdown pipes, tab- and semicolon-separated blocks,
/// columns aligned with spaces; and text that only looks a little like them.
@Suite struct TextTableTests {
    private func rows(_ lines: [String]) -> [[[String]]] {
        TextTableFinder.tables(in: lines).map(\.rows)
    }

    @Test func pipeTableWithDelimiterRowEscapedPipeAndRaggedRow() throws {
        let lines = [
            "Bảng 1. Tiếp công dân",
            "| STT | Đơn vị | Số lượt | Số đơn |",
            "|---|:---|---:|:-:|",
            "| 1 | Xã Suối Bạc | 120 | 45 |",
            "| 2 | Xã Gò Sen \\| Bến Đá | 98 |",
            "Các số liệu trên tính đến ngày 30/9.",
        ]
        let tables = TextTableFinder.tables(in: lines)
        let table = try #require(tables.first)
        #expect(tables.count == 1)
        #expect(table.lines == 1..<5)
        #expect(table.markedHeaderRows == 1)
        #expect(
            table.rows == [
                ["STT", "Đơn vị", "Số lượt", "Số đơn"], ["1", "Xã Suối Bạc", "120", "45"], ["2", "Xã Gò Sen | Bến Đá", "98", ""],
            ])
    }

    @Test func pipeRowsWithoutDelimiterNeedThreeLinesOpeningWithAPipe() {
        let table = ["| Xã Suối Bạc | 12 |", "| Xã Gò Sen | 7 |", "| **Tổng cộng** | 19 |"]
        #expect(rows(table) == [[["Xã Suối Bạc", "12"], ["Xã Gò Sen", "7"], ["Tổng cộng", "19"]]])
        #expect(rows(["| Phần thứ hai", "Nội dung báo cáo gồm hai phần."]).isEmpty)
        #expect(rows(["Hồ sơ lưu tại Văn phòng | bản chính", "và bản sao | lưu tại Thanh tra"]).isEmpty)
    }

    @Test func tabSeparatedBlockGoesOnOverOneBlankLine() throws {
        let lines = [
            "Phụ lục 02",
            "Loại đơn\tSố đơn\tĐã giải quyết",
            "Khiếu nại\t40\t31",
            "",
            "Tố cáo\t12\t10",
            "Kiến nghị\t44\t30",
            "",
            "",
            "Phần tiếp theo của báo cáo.",
        ]
        let table = try #require(TextTableFinder.tables(in: lines).first)
        #expect(table.lines == 1..<6)
        #expect(table.rows.count == 4)
        #expect(table.rows[2] == ["Tố cáo", "12", "10"])
    }

    @Test func semicolonBlockWithAColumnOfNumbers() {
        let lines = ["Đơn vị;Số cuộc;Số người", "Xã Suối Bạc;4;112", "Xã Gò Sen;3;87", "Thị trấn Đồi Mây;5;140;"]
        #expect(rows(lines) == [[["Đơn vị", "Số cuộc", "Số người"], ["Xã Suối Bạc", "4", "112"], ["Xã Gò Sen", "3", "87"], ["Thị trấn Đồi Mây", "5", "140"]]])
    }

    /// Semicolons in sentences and lists: no column of numbers, or no two lines alike.
    @Test func proseWithSemicolonsIsNoTable() {
        #expect(
            rows([
                "Trong quý, huyện đã tiếp 318 lượt; nhận 96 đơn; giải quyết 71 đơn.",
                "Các xã đã rà soát 12 vụ việc; đối thoại 4 cuộc; hòa giải thành 3 vụ.",
                "Thanh tra huyện kiểm tra 2 cuộc; kiến nghị 1 tập thể; nhắc nhở 5 cá nhân.",
            ]).isEmpty)
        #expect(rows(["- Xã Suối Bạc: 12 đơn;", "- Xã Gò Sen: 7 đơn;", "- Thị trấn Đồi Mây: 9 đơn;", "- Lưu: VT."]).isEmpty)
        #expect(rows(["Ghi nhận: 1; 2; 3", "Tổng hợp: 4; 5", "Kết luận: 6; 7; 8; 9"]).isEmpty)
    }

    @Test func spaceAlignedColumnsWithWrappedLabelAndTotal() throws {
        let lines = [
            "Phụ lục 04",
            "KẾT QUẢ GIẢI QUYẾT ĐƠN",
            "                                      Số đơn      Đã giải",
            "TT   Đơn vị                            thuộc        quyết      Tỷ lệ (%)",
            " 1   Xã Suối Bạc                         18           15         83,3",
            " 2   Xã Gò Sen (gồm cả các thôn",
            "     sáp nhập năm 2025)                  12           12        100",
            " 3   Thị trấn Đồi Mây                    10            4         40,0",
            "     Tổng cộng                           40           31         77,5",
            "",
            "Các đơn còn lại đang được xác minh.",
        ]
        let table = try #require(TextTableFinder.tables(in: lines).first)
        #expect(table.lines == 2..<9)
        #expect(
            table.rows == [
                ["TT", "Đơn vị", "Số đơn thuộc", "Đã giải quyết", "Tỷ lệ (%)"],
                ["1", "Xã Suối Bạc", "18", "15", "83,3"],
                ["2", "Xã Gò Sen (gồm cả các thôn sáp nhập năm 2025)", "12", "12", "100"],
                ["3", "Thị trấn Đồi Mây", "10", "4", "40,0"],
                ["", "Tổng cộng", "40", "31", "77,5"],
            ])
    }

    /// pdftotext sets a row's figures on the middle line of its wrapped label, and a dash for
    /// nothing centred where numbers stand right.
    @Test func labelsWrappedAroundTheFiguresAndCentredDashes() throws {
        let lines = [
            "TT         Nơi tiếp                       Lượt       Người     Đoàn",
            "  Ban Tiếp công dân huyện tiếp",
            "1                                          196         231        3",
            "  thường xuyên",
            "  Chủ tịch UBND huyện tiếp",
            "2                                           41          67    -",
            "  định kỳ",
            "3 Các xã, thị trấn                         452         497        1",
        ]
        let table = try #require(TextTableFinder.tables(in: lines).first)
        #expect(
            table.rows.dropFirst() == [
                ["1", "Ban Tiếp công dân huyện tiếp thường xuyên", "196", "231", "3"],
                ["2", "Chủ tịch UBND huyện tiếp định kỳ", "41", "67", "-"],
                ["3", "Các xã, thị trấn", "452", "497", "1"],
            ])
    }

    @Test func numberedListsSignatureBlocksAndSpacedSentencesAreNoTables() {
        #expect(
            rows([
                "1. Tiếp tục tiếp công dân định kỳ.", "2. Đôn đốc giải quyết 9 đơn còn lại.",
                "3. Báo cáo kết quả trước ngày 15/10/2026.",
            ]).isEmpty)
        #expect(
            rows([
                "Nơi nhận:                                  TM. ỦY BAN NHÂN DÂN",
                "- Thanh tra tỉnh;                          CHỦ TỊCH",
                "- Huyện ủy;",
                "- Lưu: VT, 02 bản.                          (Đã ký)",
                "                                           Lò Văn Khởi",
            ]).isEmpty)
        #expect(
            rows([
                "Năm  2026,  huyện  tiếp  318  lượt  công  dân  đến  trình  bày.",
                "Số  đơn  nhận  là  96  đơn,  giảm  so  với  cùng  kỳ  năm  trước.",
                "Đã  giải  quyết  71  đơn,  đạt  tỷ  lệ  cao  hơn  kế  hoạch  đặt  ra.",
            ]).isEmpty)
    }

    /// The page's lines: a table's lines give way to its rows, one line each, cells tab-separated.
    @Test func spliceReplacesTheTableLinesWithItsRows() throws {
        let texts = ["Bảng 1", "| A | Số |", "|---|---|", "| Xã Suối Bạc | 12 |", "Hết."]
        let (lines, tables) = TextTableFinder.splice(texts)
        #expect(lines.map(\.text) == ["Bảng 1", "A\tSố", "Xã Suối Bạc\t12", "Hết."])
        let table = try #require(tables.first)
        #expect(table.lines == 1..<3)
        #expect(table.plainText == true)
        #expect(table.rowCount == 2 && table.columnCount == 2)
        #expect(table.cells.filter(\.bold).map(\.text) == ["A", "Số"])
    }
}

extension TextTableTests {
    /// Two aligned tables with three short lines and no blank line between: the second's
    /// header stops where the first ends, and the page's lines come out whole (a header
    /// reaching into the table above used to crash the splice).
    @Test func adjacentAlignedTablesDoNotOverlap() {
        let table = [
            "Đơn vị            Lượt     Đơn",
            "Xã Suối Bạc        120      45",
            "Xã Gò Sen           98      31",
            "Xã Bến Đá          100      20",
        ]
        let texts = table + ["số liệu quý trước", "được tổng hợp lại", "như sau"] + table
        let tables = TextTableFinder.tables(in: texts)
        #expect(tables.count == 2)
        for (first, second) in zip(tables, tables.dropFirst()) { #expect(first.lines.upperBound <= second.lines.lowerBound) }
        let (lines, _) = TextTableFinder.splice(texts)
        #expect(lines.count == tables.reduce(texts.count) { $0 - $1.lines.count + $1.rows.count })
    }
}

/// The header of a table aligned with spaces, rebuilt from where its words stand (SpacedHeader).
extension TextTableTests {
    /// A piece centred over two cells apart from each other is a merged cell: a header row of
    /// its own, its text in both columns; the columns under nothing repeat their own header.
    @Test func mergedCellOverTwoColumnsIsAHeaderRowOfItsOwn() throws {
        let lines = [
            "                                          Đoàn đông người",
            "STT   Đơn vị                  Số lượt    Số đoàn   Số người",
            " 1    Xã Suối Bạc                 120          2         31",
            " 2    Xã Gò Sen                    98          1         12",
            " 3    Xã Bến Đá                   100          3         40",
        ]
        let table = try #require(TextTableFinder.tables(in: lines).first)
        #expect(
            Array(table.rows.prefix(3)) == [
                ["STT", "Đơn vị", "Số lượt", "Đoàn đông người", "Đoàn đông người"],
                ["STT", "Đơn vị", "Số lượt", "Số đoàn", "Số người"],
                ["1", "Xã Suối Bạc", "120", "2", "31"],
            ])
        #expect(table.unnamedColumns.isEmpty)
    }

    /// The first lines of two neighbouring cells that pdftotext ran together ("Đã giải Đang
    /// giải" over "quyết | quyết") stand off the middle of the lines below: no merged cell, each
    /// word goes to the cell it stands over, one line under the other.
    @Test func neighbouringCellsRunTogetherAreNoMergedCell() throws {
        let lines = [
            "STT   Đơn vị                  Số đơn   Đã giải Đang giải",
            "                                  nhận    quyết      quyết",
            " 1    Xã Suối Bạc                 45        31       14",
            " 2    Xã Gò Sen                   31        20       11",
            " 3    Xã Bến Đá                   20        12        8",
        ]
        let table = try #require(TextTableFinder.tables(in: lines).first)
        #expect(table.rows.first == ["STT", "Đơn vị", "Số đơn nhận", "Đã giải quyết", "Đang giải quyết"])
        #expect(table.rows.dropFirst().first == ["1", "Xã Suối Bạc", "45", "31", "14"])
    }

    /// A word over the border of two cells, overlapping both alike ("lý" of "Đã xử lý Chưa xử
    /// lý"), could be either's: neither column gets words of that piece, and both are unnamed.
    @Test func wordOverTheBorderOfTwoCellsLeavesBothUnnamed() throws {
        let lines = [
            "STT   Đơn vị                  Số đơn   Đã xử lý Chưa xử lý",
            " 1    Xã Suối Bạc                 45        31        14",
            " 2    Xã Gò Sen                   31        20        11",
            " 3    Xã Bến Đá                   20        12         8",
        ]
        let table = try #require(TextTableFinder.tables(in: lines).first)
        #expect(table.rows.first == ["STT", "Đơn vị", "Số đơn", "", ""])
        #expect(table.unnamedColumns == [3, 4])
        #expect(table.pageTable(at: 0..<4).unnamedColumns == [3, 4])
    }

    /// The last line of a header, right above the first row ("quyết" of "Đang giải quyết"),
    /// stands where no label starts: it is the header's, not the first row's label, and makes
    /// no column of its own.
    @Test func headerLineRightAboveTheFirstRowStaysInTheHeader() throws {
        let lines = [
            "                                                                                   Vụ việc đông",
            "                                        Đơn            Kết quả giải quyết",
            "                                                                                      người",
            "                                       thuộc",
            "TT                 Địa bàn                                   Đang",
            "                                       thẩm        Đã giải                       Số    Số",
            "                                       quyền                  giải    Tỷ lệ (%)",
            "                                                   quyết                         vụ   người",
            "                                                             quyết",
            " 1     Thị trấn Bến Liễu                   55           27         28       49,1    1     10",
            " 2     Xã Phú Lạc Hạ                       56           29         27       51,8 -      -",
            " 3     Xã Nà Khoang                        49           43          6       87,8    3     63",
        ]
        let table = try #require(TextTableFinder.tables(in: lines).first)
        let header = table.rows.prefix { $0.first == "TT" }
        #expect(header.last?.prefix(6) == ["TT", "Địa bàn", "Đơn thuộc thẩm quyền", "Đã giải quyết", "Đang giải quyết", "Tỷ lệ (%)"])
        #expect(table.rows.dropFirst(header.count).first == ["1", "Thị trấn Bến Liễu", "55", "27", "28", "49,1", "1", "10"])
    }

    /// Row labels set left and the figures after them leave a gap that is either's: they
    /// meet at its middle, so a header word in the gap ("đơn" of "đơn nhận") is the figures'
    /// and no longer over two cells at once, which left the labels' column unnamed.
    @Test func headerWordsInTheGapAfterTheLabelsAreTheFiguresOwn() throws {
        let lines = [
            "                                                         Chia theo loại đơn",
            "                                                                                   Đơn đủ",
            "                                             Tổng số                     Kiến",
            "STT                  Đơn vị                                                       điều kiện",
            "                                            đơn nhận Khiếu nại Tố        nghị,",
            "                                                                cáo                 xử lý",
            "                                                                       phản ánh",
            " 1     Xã Suối Mây                                 38        1      2          35         34",
            " 2     Xã Đồng Vạn                                 27       10   -             17         21",
            " 3     Xã Gò Nhãn                                  42        9      4          29         38",
        ]
        let table = try #require(TextTableFinder.tables(in: lines).first)
        let header = table.rows.prefix { $0.first == "STT" }
        #expect(header.last?[1] == "Đơn vị")
        #expect(header.last?[2].hasSuffix("đơn nhận") == true)
        #expect(!table.unnamedColumns.contains(1) && !table.unnamedColumns.contains(2))
        #expect(table.rows.dropFirst(header.count).first == ["1", "Xã Suối Mây", "38", "1", "2", "35", "34"])
        // "nhận Khiếu nại Tố" over figures set a few characters right of it reads two ways under
        // two drifts ("nhận Khiếu | nại Tố cáo", "Khiếu nại | Tố cáo"): neither is taken, and
        // the columns it cannot place stay unnamed.
        #expect(table.unnamedColumns == [4, 5])
    }

    /// One line of a cell is no wider than the cell: "nhận Khiếu nại" over a column of two
    /// digit figures holds its neighbour's word, so that column names nothing.
    @Test func headerLineWiderThanItsCellLeavesTheColumnUnnamed() throws {
        let lines = [
            "STT   Đơn vị                    Số đơn nhận Khiếu nại",
            " 1    Xã Suối Bạc                     45        31",
            " 2    Xã Gò Sen                       31        20",
            " 3    Xã Bến Đá                       20        12",
        ]
        let table = try #require(TextTableFinder.tables(in: lines).first)
        #expect(table.rows.first == ["STT", "Đơn vị", "Số đơn", ""])
        #expect(table.unnamedColumns == [3])
    }

    /// A dense header pdftotext set six characters left of its figures, the last cells one
    /// space apart: moved by one drift, every cell stands over its figures and reads whole, so
    /// the columns are named; unmoved, the cells fall between columns.
    @Test func headerSetOffItsFiguresIsReadByOneDrift() throws {
        let lines = [
            "STT   Đơn vị               Lượt   Người  Vụ việc Số đoàn Số người",
            " 1    Xã Khe Lau                 120     131      96       2      40",
            " 2    Xã Pù Lìu                   98     104      81       1      37",
            " 3    Xã Nậm Chà                  75      80      66       3      29",
            " 4    Xã Bãi Sậy                  61      70      50       1      22",
        ]
        let table = try #require(TextTableFinder.tables(in: lines).first)
        #expect(table.rows.first == ["STT", "Đơn vị", "Lượt", "Người", "Vụ việc", "Số đoàn", "Số người"])
        #expect(table.unnamedColumns.isEmpty)
        #expect(table.rows.dropFirst().first == ["1", "Xã Khe Lau", "120", "131", "96", "2", "40"])
    }
}

/// Headers read by the order of their cells (OrderedHeader) where their places cannot name
/// the columns.
extension TextTableTests {
    /// A dense header squeezed left of its figures by a different amount in each cell: its
    /// lines paired in order build each cell, cells run together one space apart ("Khiếu Tố
    /// nghị,", "thẩm Đã giải Đang") are told apart by the lines under them, and as many cells as
    /// columns head the columns in order; the merged cells head the columns under them.
    @Test func denseHeaderIsReadByTheOrderOfItsCells() throws {
        let lines = [
            "                                          Chia theo loại                   Kết quả xử lý",
            "                               Số đơn          đơn                Đơn         cuối kỳ",
            "                               nhận                 Kiến          thuộc                                  Tỷ lệ",
            "STT          Xã",
            "                               trong  Khiếu Tố nghị,              thẩm Đã giải Đang                        (%)",
            "                                 kỳ                               quyền quyết    giải",
            "                                       nại    cáo phản",
            "                                                                                  quyết",
            "                                                     ánh",
            " 1   Xã Bản Pheo                    64        5        2       57         40      36                 4        90,0",
            " 2   Xã Suối Ngàn                   41   -             3       38         29      29       -                100",
            " 3   Xã Đồi Gianh                   27        2    -           25         18      15                 3        83,3",
            " 4   Xã Nà Mò                       35        1        1       33         30      28                 2        93,3",
        ]
        let table = try #require(TextTableFinder.tables(in: lines).first)
        #expect(table.unnamedColumns.isEmpty)
        #expect(
            Array(table.rows.prefix(3)) == [
                [
                    "STT", "Xã", "Số đơn nhận trong kỳ", "Chia theo loại đơn", "Chia theo loại đơn", "Chia theo loại đơn",
                    "Đơn thuộc thẩm quyền", "Kết quả xử lý cuối kỳ", "Kết quả xử lý cuối kỳ", "Tỷ lệ (%)",
                ],
                [
                    "STT", "Xã", "Số đơn nhận trong kỳ", "Khiếu nại", "Tố cáo", "Kiến nghị, phản ánh", "Đơn thuộc thẩm quyền",
                    "Đã giải quyết", "Đang giải quyết", "Tỷ lệ (%)",
                ],
                ["1", "Xã Bản Pheo", "64", "5", "2", "57", "40", "36", "4", "90,0"],
            ])
    }

    /// A heading over three columns stands right over the middle one's header, the words under
    /// it a few lines down: it heads all three (its own header row), and the middle column is
    /// not named by the heading's words run into its own.
    @Test func headingOverThreeColumnsHeadsAllThree() throws {
        let lines = [
            "                                              Khiếu nại                            Tố cáo",
            "                      Tổng số",
            "                                    Thuộc                               Thuộc",
            "STT   Đơn vị          đơn nhận                Đã giải     Đang giải               Đã giải     Đang giải",
            "                                    thẩm                                thẩm",
            "                                                quyết       quyết                   quyết       quyết",
            "                                    quyền                               quyền",
            " 1   Xã Lũng Phìn           52          12          10           2           5           4           1",
            " 2   Xã Sà Phìn             47           9           9           -           3           2           1",
            " 3   Xã Má Lé               38           6           5           1           4           4           -",
        ]
        let table = try #require(TextTableFinder.tables(in: lines).first)
        #expect(
            Array(table.rows.prefix(2)) == [
                ["STT", "Đơn vị", "Tổng số đơn nhận", "Khiếu nại", "Khiếu nại", "Khiếu nại", "Tố cáo", "Tố cáo", "Tố cáo"],
                [
                    "STT", "Đơn vị", "Tổng số đơn nhận", "Thuộc thẩm quyền", "Đã giải quyết", "Đang giải quyết", "Thuộc thẩm quyền",
                    "Đã giải quyết", "Đang giải quyết",
                ],
            ])
        #expect(table.rows.dropFirst(2).first == ["1", "Xã Lũng Phìn", "52", "12", "10", "2", "5", "4", "1"])
    }
}
