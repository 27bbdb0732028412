import BaocaoTestSupport
import Foundation
import Testing

/// `restore --mode post` on sentences written for these tests, each with one word the way
/// Tesseract's Vietnamese model misreads a scan: a breve, circumflex, horn or stroke gained or
/// lost turns the word into another real word, which only the language model can put right.
@Suite struct PostVowelShapeTests {
    @Test(arguments: [
        ("Các chi bộ trực thuộc đẳng ủy xã đã tổ chức đại hội nhiệm kỳ mới.\n",
         "Các chi bộ trực thuộc đảng ủy xã đã tổ chức đại hội nhiệm kỳ mới.\n"),
        ("Ban Thường vụ Đẳng ủy xã họp định kỳ hằng tháng.\n",
         "Ban Thường vụ Đảng ủy xã họp định kỳ hằng tháng.\n"),
        ("Công tác phối họp giữa các ngành được tăng cường.\n",
         "Công tác phối hợp giữa các ngành được tăng cường.\n"),
        ("Đại biểu thực hiện giám sát và phần biện xã hội theo quy định.\n",
         "Đại biểu thực hiện giám sát và phản biện xã hội theo quy định.\n"),
    ])
    func aMisreadVowelShapeIsPutRight(read: String, printed: String) throws {
        let result = try BaocaoRunner.run(["restore", "--mode", "post"], stdin: read)
        #expect(result.status == 0)
        #expect(result.stdout == printed)
    }

    /// The same words where they are right stay: the change must be the language model's
    /// clear choice, not the channel's.
    @Test(arguments: [
        "Mọi người đều bình đẳng trước pháp luật.\n",
        "Ngày mai các đại biểu họp bàn kế hoạch cải cách hành chính.\n",
        "Cán bộ phải có phần trách nhiệm trong việc giải quyết đơn thư.\n",
    ])
    func theRightWordIsKept(good: String) throws {
        let result = try BaocaoRunner.run(["restore", "--mode", "post"], stdin: good)
        #expect(result.status == 0)
        #expect(result.stdout == good)
    }
}
