import BaocaoTestSupport
import Foundation
import Testing

/// `restore --mode post` on pages written for these tests, with the misreads Tesseract's
/// Vietnamese model makes of a report's layout rather than of its words: a page number and
/// a footnote number read as letters, a section numeral read short, a one-letter word read
/// twice, an area's square read as a degree sign. Each is put right from what surrounds it.
@Suite struct PostLayoutMisreadTests {
    static let read = """
        1
        I. TÌNH HÌNH CHUNG
        Các xã đã triển khai thực hiện kế hoạch.
        \u{0C}Đ
        II. KẾT QUẢ THỰC HIỆN
        Hệ thống loa truyền thanh Ởở cơ sở hoạt động tốt.
        5Thông qua hội nghị tuyên truyền.
        GNghị quyết của Hội đồng nhân dân tỉnh.
        \u{0C}3
        II. TỒN TẠI
        Nhân dân đã hiến 2.415 m° đất.
        IV. KIẾN NGHỊ

        """

    static let printed = """
        1
        I. TÌNH HÌNH CHUNG
        Các xã đã triển khai thực hiện kế hoạch.
        \u{0C}2
        II. KẾT QUẢ THỰC HIỆN
        Hệ thống loa truyền thanh ở cơ sở hoạt động tốt.
        5Thông qua hội nghị tuyên truyền.
        6Nghị quyết của Hội đồng nhân dân tỉnh.
        \u{0C}3
        III. TỒN TẠI
        Nhân dân đã hiến 2.415 m² đất.
        IV. KIẾN NGHỊ

        """

    @Test func layoutMisreadsArePutRight() throws {
        let result = try BaocaoRunner.run(["restore", "--mode", "post"], stdin: Self.read)
        #expect(result.status == 0)
        #expect(result.stdout == Self.printed)
    }

    /// Only post reads them: `auto` takes the same pages as good text and leaves them be.
    @Test func autoLeavesThemAlone() throws {
        let result = try BaocaoRunner.run(["restore", "--mode", "auto"], stdin: Self.read)
        #expect(result.status == 0)
        #expect(result.stdout == Self.read)
    }
}
