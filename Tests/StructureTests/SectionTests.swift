import DocumentModel
import Testing

@testable import Structure

@Suite struct SectionTests {
    static let report = """
        ỦY BAN NHÂN DÂN HUYỆN

        Số: 12/BC-UBND

        BÁO CÁO

        Kết quả công tác dân vận năm 2023

        Thực hiện Kế hoạch số 05/KH-UBND, Ủy ban nhân dân huyện báo cáo như sau:

        Phần thứ nhất

        I. KẾT QUẢ ĐẠT ĐƯỢC

        1. Công tác lãnh đạo, chỉ đạo

        1.1. Ban hành văn bản

        1.1.1. Văn bản của huyện

        a) Kế hoạch năm

        Huyện ban hành 05 kế hoạch.

        1.2. Tuyên truyền

        Tổ chức 20 buổi tuyên truyền.

        II. NHIỆM VỤ NĂM 2024

        1. Tiếp tục đẩy mạnh tuyên truyền. Tăng cường đối thoại với nhân dân.

        2. Nâng cao chất lượng tiếp công dân

        Trên đây là báo cáo kết quả công tác dân vận năm 2023.

        Nơi nhận:

        - Thường trực Huyện ủy;

        - Lưu: VT.

        CHỦ TỊCH
        """

    @Test func headingsGetLevelsLabelsAndSectionPaths() {
        let document = PageFixtures.structureText(SectionTests.report)
        let headings = document.blocks.filter { $0.kind == .heading }
        #expect(headings.map(\.level?.rawValue) == [0, 1, 2, 3, 4, 5, 3, 1, 2])
        #expect(headings.map(\.label) == ["Phần thứ nhất", "I", "1", "1.1", "1.1.1", "a", "1.2", "II", "2"])
        #expect(headings.map(\.section) == ["Phần thứ nhất", "I", "I.1", "I.1.1", "I.1.1.1", "I.1.1.1.a", "I.1.2", "II", "II.2"])
        #expect(headings[1].text == "KẾT QUẢ ĐẠT ĐƯỢC")
        let paragraph = document.blocks.first { $0.text == "Tổ chức 20 buổi tuyên truyền." }
        #expect(paragraph?.section == "I.1.2")
    }

    @Test func numberedListItemThatLooksLikeAHeadingStaysAParagraph() {
        let document = PageFixtures.structureText(SectionTests.report)
        let item = document.blocks.first { $0.text.contains("Tiếp tục đẩy mạnh tuyên truyền") }
        #expect(item?.kind == .paragraph)
        #expect(item?.text == "1. Tiếp tục đẩy mạnh tuyên truyền. Tăng cường đối thoại với nhân dân.")
    }

    @Test func numberingThatDoesNotContinueIsNotAHeading() {
        let document = PageFixtures.structureText(
            """
            I. KẾT QUẢ

            1. Công tác tuyên truyền

            2. Công tác kiểm tra

            1. Các xã hoàn thành kế hoạch
            """)
        #expect(document.blocks.map(\.kind) == [.heading, .heading, .heading, .paragraph])
    }

    /// Points "a)" head a section in a few words; a point that ends as a sentence, or runs on
    /// over two lines, is the paragraph it numbers, as "b)" and "c)" beside it are.
    @Test func aPointThatEndsAsASentenceIsAParagraph() {
        let document = PageFixtures.structureText(
            """
            II. KẾT QUẢ XỬ LÝ ĐƠN

            a) Đơn phản ánh: Các tổ công tác đã xác minh, trả lời 58/64 đơn, thu hồi 12 xe máy; chuyển 3 đơn sang Công an huyện; 6 đơn đang xác minh.

            b) Khiếu nại: Trong 19 đơn khiếu nại, Ủy ban thụ lý 11 vụ việc. Đã giải quyết 9 vụ việc.

            c) Hoàn thành việc rà soát 40 hồ sơ tồn đọng trước ngày 30 tháng 6.

            III. NHIỆM VỤ

            a) Giải quyết khiếu nại

            Tiếp tục rà soát các vụ việc kéo dài.

            b) Giải quyết tố cáo:

            Xử lý dứt điểm đơn tố cáo nặc danh theo quy định.
            """)
        #expect(document.blocks.map(\.kind) == [.heading, .paragraph, .paragraph, .paragraph, .heading, .heading, .paragraph, .heading, .paragraph])
        let points = document.blocks.filter { $0.level?.rawValue == 5 }
        #expect(points.map(\.label) == ["a", "b"])
        #expect(points.map(\.section) == ["III.a", "III.b"])
    }

    @Test func boldNumberedLinesAreHeadingsAndRegularOnesAreNot() {
        var page = LayoutPage(number: 1)
        page.body("1. Về kinh tế", indent: true, full: false, bold: true)
        page.body("Sản xuất nông nghiệp ổn định, đạt kế hoạch.", indent: true, full: false)
        page.body("2. Các xã đã hoàn thành việc rà soát hộ nghèo", indent: true, full: false)
        let document = PageFixtures.structure([page.page])
        #expect(document.blocks.map(\.kind) == [.heading, .paragraph, .paragraph])
    }

    @Test func titleAndClosingBlocksAreRecognised() {
        let document = PageFixtures.structureText(SectionTests.report)
        #expect(document.title == ["ỦY BAN NHÂN DÂN HUYỆN", "Số: 12/BC-UBND", "BÁO CÁO", "Kết quả công tác dân vận năm 2023"])
        let closing = document.blocks.filter { $0.kind == .closing }.map(\.text)
        #expect(closing == [
            "Trên đây là báo cáo kết quả công tác dân vận năm 2023.", "Nơi nhận:", "- Thường trực Huyện ủy;", "- Lưu: VT.",
            "CHỦ TỊCH",
        ])
        #expect(document.blocks.first?.text.hasPrefix("Thực hiện Kế hoạch") == true)
    }

    /// A text report's first body line that leads into a table is no title line, even when it
    /// opens with none of the body's usual words: it was read into the title, and its figures
    /// lost their verb and the table the sentence that says what it counts.
    @Test func aLineThatLeadsIntoWhatFollowsEndsTheTitle() {
        let document = PageFixtures.structureText("""
            BÁO CÁO

            Kết quả giải quyết đơn của Phòng Tài nguyên huyện Đồi Sim năm 2026

            Trong năm, Phòng tiếp nhận 38 đơn, kết quả theo bảng sau:

            Đã giải quyết 35 đơn.
            """)
        #expect(document.title == ["BÁO CÁO", "Kết quả giải quyết đơn của Phòng Tài nguyên huyện Đồi Sim năm 2026"])
        #expect(document.blocks.first?.text == "Trong năm, Phòng tiếp nhận 38 đơn, kết quả theo bảng sau:")
    }

    /// A subject line run together with the line that introduces the body ("Kết quả cụ thể như
    /// sau:", no blank line between them) stays in the title; the introduction, two lines long
    /// here, is the first paragraph. A block that is one sentence ending in a colon stays whole.
    @Test func theLineBeforeAnIntroductionStaysInTheTitle() {
        let document = PageFixtures.structureText("""
            ỦY BAN NHÂN DÂN XÃ PHIN NGÀN

            BÁO CÁO
            Tình hình tiếp công dân quý III năm 2026
            Trong quý, Ủy ban nhân dân xã đã tiếp 41 lượt công dân, kết quả
            cụ thể như sau:

            Đã giải quyết 12 đơn.
            """)
        #expect(document.title == ["ỦY BAN NHÂN DÂN XÃ PHIN NGÀN", "BÁO CÁO", "Tình hình tiếp công dân quý III năm 2026"])
        #expect(document.blocks.first?.text == "Trong quý, Ủy ban nhân dân xã đã tiếp 41 lượt công dân, kết quả cụ thể như sau:")
        let continued = PageFixtures.structureText("""
            BÁO CÁO

            Trong quý, Ủy ban nhân dân xã đã tiếp 41 lượt công dân, kết quả
            cụ thể như sau:

            Đã giải quyết 12 đơn.
            """)
        #expect(continued.title == ["BÁO CÁO"])
        #expect(continued.blocks.first?.text == "Trong quý, Ủy ban nhân dân xã đã tiếp 41 lượt công dân, kết quả cụ thể như sau:")
    }
}
