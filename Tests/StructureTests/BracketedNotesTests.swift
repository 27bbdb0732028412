import DocumentModel
import Testing

@testable import Structure

/// "[N]" after a word and "[N] …" body lines in plain text are footnotes where the style is
/// certain, and text everywhere else.
@Suite struct BracketedNotesTests {
    @Test func bracketedCallsAndBodiesAreTheFootnotesSupTagsWouldBe() {
        let bracketed = PageFixtures.structureText(
            """
            Trong quý, Ban tiếp dân huyện Đông Sơn tiếp nhận 1.245 đơn[1], trong đó 86 đơn khiếu nại[2].

            Đã giải quyết 1.190 đơn, đạt 95,6%.

            [1] Tiêu biểu: xã An Lạc 411 đơn, xã Bình Yên 309 đơn.
            [2] Gồm 51 đơn của xã Hòa Mỹ và 35 đơn của xã Tân Phú.
            """)
        let tagged = PageFixtures.structureText(
            """
            Trong quý, Ban tiếp dân huyện Đông Sơn tiếp nhận 1.245 đơn<sup>1</sup>, trong đó 86 đơn khiếu nại<sup>2</sup>.

            Đã giải quyết 1.190 đơn, đạt 95,6%.

            <sup>1</sup> Tiêu biểu: xã An Lạc 411 đơn, xã Bình Yên 309 đơn.
            <sup>2</sup> Gồm 51 đơn của xã Hòa Mỹ và 35 đơn của xã Tân Phú.
            """)
        #expect(bracketed.blocks.map(\.referencedText) == [
            "Trong quý, Ban tiếp dân huyện Đông Sơn tiếp nhận 1.245 đơn[^1], trong đó 86 đơn khiếu nại[^2].",
            "Đã giải quyết 1.190 đơn, đạt 95,6%.",
        ])
        #expect(bracketed.footnotes.map(\.text) == [
            "Tiêu biểu: xã An Lạc 411 đơn, xã Bình Yên 309 đơn.", "Gồm 51 đơn của xã Hòa Mỹ và 35 đơn của xã Tân Phú.",
        ])
        #expect(bracketed.blocks == tagged.blocks)
        #expect(bracketed.footnotes == tagged.footnotes)
    }

    @Test func footnotesAtEachPageEndContinueTheNumbering() {
        let document = PageFixtures.structureText(
            """
            Đoàn kiểm tra làm việc tại 6 xã[3] trong tháng 4.

            [3] Gồm các xã Phú Lâm, Mỹ Thạnh, Tân Lộc, Vĩnh An, Hòa Bình và Long Điền.
            """,
            """
            Kết quả, đã thu hồi 215 triệu đồng[4] nộp ngân sách.

            [4] Trong đó xã Tân Lộc 120 triệu đồng.
            """)
        #expect(document.blocks.map(\.referencedText) == [
            "Đoàn kiểm tra làm việc tại 6 xã[^3] trong tháng 4.", "Kết quả, đã thu hồi 215 triệu đồng[^4] nộp ngân sách.",
        ])
        #expect(document.footnotes.map(\.number) == [3, 4])
        #expect(document.footnotes.map(\.page) == [1, 2])
    }

    @Test func aCitationListWithNoCallsStaysText() {
        let document = PageFixtures.structureText(
            """
            Căn cứ các văn bản sau đây:

            [1] Luật Tiếp công dân số 42/2013/QH13.

            [2] Nghị định số 64/2014/NĐ-CP của Chính phủ.
            """)
        #expect(document.footnotes.isEmpty)
        #expect(document.blocks.map(\.text).contains("[1] Luật Tiếp công dân số 42/2013/QH13."))
    }

    @Test func aBracketWithNoBodyLineStaysText() {
        let document = PageFixtures.structureText(
            """
            Xã Hòa Mỹ tiếp nhận 27 đơn[5] trong tháng, tăng so với cùng kỳ.

            Chỉ số a[1] và mục [Điều 5] được giữ nguyên.
            """)
        #expect(document.footnotes.isEmpty)
        #expect(document.blocks.map(\.text) == [
            "Xã Hòa Mỹ tiếp nhận 27 đơn[5] trong tháng, tăng so với cùng kỳ.", "Chỉ số a[1] và mục [Điều 5] được giữ nguyên.",
        ])
    }

    @Test func bodiesOutOfOrderOrWithoutAnEarlierCallStayText() {
        let outOfOrder = PageFixtures.structureText(
            """
            Huyện tổ chức 8 cuộc đối thoại[1] và 3 cuộc họp[2].

            [2] Tại trụ sở Ủy ban huyện.
            [1] Tại nhà văn hóa các thôn.
            """)
        #expect(outOfOrder.footnotes.isEmpty)
        // A space before the bracket: a list's numbering, not a call.
        let spaced = PageFixtures.structureText(
            """
            Các bước thực hiện gồm [1] và [2] như sau.

            [1] Tiếp nhận hồ sơ tại bộ phận một cửa.
            [2] Chuyển hồ sơ cho phòng chuyên môn.
            """)
        #expect(spaced.footnotes.isEmpty)
    }

    @Test func callsAndBodyStartsAreReadOnlyWhereTheyStand() {
        #expect(BracketedNotes.calls(in: "đơn[3], vụ việc[12].").map(\.number) == [3, 12])
        #expect(BracketedNotes.calls(in: "1.245[3] đơn").map(\.offset) == [5])
        #expect(BracketedNotes.calls(in: "mảng a[1]b và [2] và x[0]").isEmpty)
        #expect(BracketedNotes.bodyStart("[3] Tiêu biểu: xã An Lạc 11 đơn")?.number == 3)
        #expect(BracketedNotes.bodyStart("[3] 11 đơn của xã An Lạc")?.number == 3)
        #expect(BracketedNotes.bodyStart("[4] theo Quyết định số 12/QĐ-UBND")?.number == 4)
        #expect(BracketedNotes.bodyStart("[3]Tiêu biểu") == nil)
        #expect(BracketedNotes.bodyStart("[3] - 5 đơn") == nil)
        #expect(BracketedNotes.bodyStart("[Điều 5] Phạm vi") == nil)
    }
}
