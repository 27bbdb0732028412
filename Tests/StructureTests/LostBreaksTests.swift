import DocumentModel
import Testing

@testable import Structure

/// A text scraped from a web page or copied out of a PDF viewer holds a whole report or
/// article on one line. Its headings, list items and paragraphs must come out as the laid-out
/// text gives them; a long paragraph that is one paragraph must stay one.
@Suite struct LostBreaksTests {
    /// A district inspectorate's report, laid out.
    static let report = """
        THANH TRA HUYỆN PHÚ KHÊ

        BÁO CÁO
        Kết quả công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2026

        I. TIẾP CÔNG DÂN

        Năm 2026, Thanh tra huyện đã tiếp 284 lượt công dân với 201 vụ việc. Lãnh đạo huyện tiếp định kỳ 24 buổi.

        II. GIẢI QUYẾT ĐƠN THƯ

        1. Tiếp nhận đơn

        Trong năm tiếp nhận 416 đơn, trong đó:

        - Khiếu nại: 133 đơn.
        - Tố cáo: 27 đơn.

        2. Về giải quyết tố cáo

        Tổng số phải giải quyết là 19 vụ việc. Đã giải quyết 15 vụ việc; còn 4 vụ việc đang xác minh.

        III. PHƯƠNG HƯỚNG NĂM 2027

        Tiếp tục rà soát các vụ việc tồn đọng.
        """

    /// The same report as a scrape gives it: every prose line joined into one.
    static var flattened: String {
        report.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    @Test func aFlattenedReportHasTheSectionsAndParagraphsOfTheLaidOutOne() {
        let laidOut = PageFixtures.structureText(LostBreaksTests.report)
        let flat = PageFixtures.structureText(LostBreaksTests.flattened)
        #expect(flat.blocks.map(\.kind) == laidOut.blocks.map(\.kind))
        #expect(flat.blocks.map(\.text) == laidOut.blocks.map(\.text))
        #expect(flat.blocks.map(\.section) == laidOut.blocks.map(\.section))
        #expect(flat.title.map(\.text).joined(separator: " ") == laidOut.title.map(\.text).joined(separator: " "))
        let headings = flat.blocks.filter { $0.kind == .heading }
        #expect(headings.map(\.label) == ["I", "II", "1", "2", "III"])
        #expect(headings.map(\.text).contains("Về giải quyết tố cáo"))
    }

    @Test func headingsInCapitalsAndSentenceCaseEndWhereTheirFirstParagraphStarts() {
        let pieces = LostBreaks.pieces(
            of: "Quý III, phường nhận 52 đơn. II. KẾT QUẢ GIẢI QUYẾT Phường đã giải quyết 40 đơn. 3. Tiếp công dân định kỳ Chủ tịch phường tiếp 12 lượt công dân.")
        #expect(
            pieces == [
                "Quý III, phường nhận 52 đơn.", "II. KẾT QUẢ GIẢI QUYẾT", "Phường đã giải quyết 40 đơn.", "3. Tiếp công dân định kỳ",
                "Chủ tịch phường tiếp 12 lượt công dân.",
            ])
    }

    @Test func aHeadingInSentenceCaseEndsWhereItsFirstSubheadingStarts() {
        let line = "Năm nay ngành nhận 310 đơn. III. Tiếp nhận và giải quyết đơn khiếu nại, tố cáo 1. Khiếu nại Trong năm nhận 96 đơn khiếu nại. 2. Tố cáo Tiếp nhận 21 đơn tố cáo."
        #expect(
            LostBreaks.pieces(of: line) == [
                "Năm nay ngành nhận 310 đơn.", "III. Tiếp nhận và giải quyết đơn khiếu nại, tố cáo", "1. Khiếu nại",
                "Trong năm nhận 96 đơn khiếu nại.", "2. Tố cáo", "Tiếp nhận 21 đơn tố cáo.",
            ])
    }

    @Test func aNewsArticleKeepsItsListItemsApart() {
        // News voice: a conference write-up whose list ran into its paragraph.
        let line = "Theo báo cáo tại hội nghị, năm qua các cấp đã nhận 268 đơn thư. Cụ thể như sau: - Tố cáo đối với đảng viên: 31 đồng chí. - Khiếu nại kỷ luật đảng: 7 trường hợp. Ông Đỗ Minh Hà cho biết 5 vụ việc còn đang xác minh."
        #expect(
            LostBreaks.pieces(of: line) == [
                "Theo báo cáo tại hội nghị, năm qua các cấp đã nhận 268 đơn thư. Cụ thể như sau:",
                "- Tố cáo đối với đảng viên: 31 đồng chí.", "- Khiếu nại kỷ luật đảng: 7 trường hợp. Ông Đỗ Minh Hà cho biết 5 vụ việc còn đang xác minh.",
            ])
        let document = PageFixtures.structureText(line)
        #expect(document.blocks.filter { $0.kind == .item }.map(\.text).first == "Tố cáo đối với đảng viên: 31 đồng chí.")
    }

    @Test func aTableOfLinesRunTogetherIsReadAsItsItems() {
        let line = "SỐ LIỆU TIẾP DÂN QUÝ IV I. TIẾP CÔNG DÂN - Số lượt tiếp: 96 lượt - Số người được tiếp: 120 người - Đoàn đông người: 2 đoàn II. XỬ LÝ ĐƠN - Đơn khiếu nại: 41"
        #expect(
            LostBreaks.pieces(of: line) == [
                "SỐ LIỆU TIẾP DÂN QUÝ IV", "I. TIẾP CÔNG DÂN", "- Số lượt tiếp: 96 lượt", "- Số người được tiếp: 120 người",
                "- Đoàn đông người: 2 đoàn", "II. XỬ LÝ ĐƠN", "- Đơn khiếu nại: 41",
            ])
    }

    @Test func aLongParagraphWithNumbersAndInlineListsStaysOneLine() {
        // Numbers after a word ("Điều 3.", "khoản 2.", "quý II."), an inline list after a
        // colon and a pair of names joined by a dash: nothing was lost.
        let paragraph = "Căn cứ Điều 3. Luật Khiếu nại và khoản 2. Điều 8 của Nghị định, trong quý II. Trong kỳ, Ủy ban nhân dân xã Tân Hòa đã tiếp nhận 37 đơn, cụ thể: a) Khiếu nại 12 đơn; b) Tố cáo 4 đơn; c) Kiến nghị, phản ánh 21 đơn. Tuyến đường Tân Hòa - Phú Khê đã được bàn giao, số hộ còn khiếu nại là 2. Đến nay đã giải quyết 30 đơn, đạt 81%."
        #expect(LostBreaks.pieces(of: paragraph) == [paragraph])
        let document = PageFixtures.structureText(paragraph)
        #expect(document.blocks.count + document.title.count == 1)
    }

    @Test func aNumberingAfterAWordInSmallLettersIsNoHeading() {
        for line in [
            "Năm 2026 đạt 2. Trong đó có 5 vụ việc.", "Theo khoản 2. Điều 12, Ủy ban đã giải quyết 9 đơn.",
            "Hồ sơ gồm 3 bản. Tổng số là 12. Mười đơn đã giải quyết.",
        ] {
            #expect(LostBreaks.pieces(of: line) == [line])
        }
    }

    @Test func aTablesCaptionRunIntoTheProseAboveItIsCutOff() {
        let annex = LostBreaks.splitCaption(
            of: "Lưu: VT, TTr. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Hà Văn Lộc PHỤ LỤC 03 KẾT QUẢ TIẾP CÔNG DÂN NĂM 2026 (Kèm theo Báo cáo số 77/BC-UBND của UBND huyện Yên Sơn) Đơn vị tính: lượt")
        #expect(annex?.prose == "Lưu: VT, TTr. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Hà Văn Lộc")
        #expect(annex?.caption == [
            "PHỤ LỤC 03", "KẾT QUẢ TIẾP CÔNG DÂN NĂM 2026", "(Kèm theo Báo cáo số 77/BC-UBND của UBND huyện Yên Sơn)", "Đơn vị tính: lượt",
        ])
        let table = LostBreaks.splitCaption(of: "Kết quả cụ thể được tổng hợp dưới đây. Bảng 2 KẾT QUẢ GIẢI QUYẾT ĐƠN THƯ QUÝ III")
        #expect(table?.prose == "Kết quả cụ thể được tổng hợp dưới đây.")
        #expect(table?.caption == ["Bảng 2", "KẾT QUẢ GIẢI QUYẾT ĐƠN THƯ QUÝ III"])
        let title = LostBreaks.splitCaption(of: "Số liệu do các xã báo cáo. TỔNG HỢP ĐƠN THƯ THEO XÃ Đơn vị tính: đơn")
        #expect(title?.prose == "Số liệu do các xã báo cáo.")
        #expect(title?.caption == ["TỔNG HỢP ĐƠN THƯ THEO XÃ", "Đơn vị tính: đơn"])
        // A line alone holding the whole caption is cut into its lines too.
        let alone = LostBreaks.splitCaption(of: "BIỂU SỐ 02 TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN (Kèm theo Báo cáo số 9/BC-TTr)")
        #expect(alone?.prose == "")
        #expect(alone?.caption == ["BIỂU SỐ 02", "TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN", "(Kèm theo Báo cáo số 9/BC-TTr)"])
    }

    @Test func proseAboveATableThatEndsInNoCaptionStaysWhole() {
        for line in [
            "Toàn huyện tiếp nhận 128 đơn, tăng 12 đơn (10,3%) so với cùng kỳ năm 2025 (chi tiết như sau)",
            "Kết quả tiếp công dân của các xã như sau:",
            "Ông Lê Văn Hải, Chánh Thanh tra huyện, cho biết UBND HUYỆN đã báo cáo",
            "Bảng dưới đây cho thấy số đơn của từng xã",
        ] {
            #expect(LostBreaks.splitCaption(of: line) == nil)
        }
    }

    @Test func aFlattenedPageGivesItsTableTheCaptionItRanInto() throws {
        let rows = [["STT", "Đơn vị", "Khiếu nại", "Tố cáo"], ["1", "Xã Tân Mỹ", "12", "3"], ["", "Tổng cộng", "12", "3"]]
        let prose = "Năm 2026, huyện tiếp nhận 15 đơn. Nơi nhận: - Thanh tra tỉnh; - Lưu: VT. PHỤ LỤC 01 KẾT QUẢ TIẾP NHẬN ĐƠN NĂM 2026 (Kèm theo Báo cáo số 12/BC-UBND) Đơn vị tính: đơn"
        var table = TableStructureTests.pageTable(rows, lines: 1..<(1 + rows.count))
        table.plainText = true
        let page = Page(
            number: 1, width: 595.3, height: 841.9, source: .text,
            lines: [Line(text: prose)] + rows.map { Line(text: $0.joined(separator: "\t")) }, tables: [table])
        let document = PageFixtures.structure([page])
        let read = try #require(document.blocks.compactMap(\.table).first)
        #expect(read.label == "PHỤ LỤC 01")
        #expect(read.title == ["KẾT QUẢ TIẾP NHẬN ĐƠN NĂM 2026"])
        #expect(read.unit == "Đơn vị tính: đơn")
    }
}
