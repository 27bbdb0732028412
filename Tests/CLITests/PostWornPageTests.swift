import BaocaoTestSupport
import Foundation
import Testing

/// `restore --mode post` on misreads that are no layout slip but a word read wrong, on pages
/// written for these tests. A token no spelling of Vietnamese allows is read again on any
/// page; a real syllable with a wrong tone ("bào hiểm") only on a worn page, one where many
/// words break spelling, since on a clean page such a word is more likely what was printed.
@Suite struct PostWornPageTests {
    static let wornLines = """
        Hội đồng nhân dân xã Phú Lâm hqp thường kỳ đế bàn kê hoạch phát lriển kinh lế năm lới.
        Người dân đồng tình vởi chủ trương lảm đường liên lhôn và gớp công xây nhà vằn hóa.
        """
    static let cleanLines = """
        Hội đồng nhân dân xã Phú Lâm họp thường kỳ để bàn kế hoạch phát triển kinh tế năm tới.
        Người dân đồng tình với chủ trương làm đường liên thôn và góp công xây nhà văn hóa.
        """
    static let misread = """
        Cán bộ xã đã tuyên truyền chính sách bào hiểm xã hội cho nhân dân.
        Trạm y tế xã chứa đủ điều kiện khám bệnh nên huyện đã bổ sung bác sĩ.
        Ban quản lý trùng tâm văn hóa huyện mở lớp tập huấn cho cán bộ thôn.
        """
    static let meant = """
        Cán bộ xã đã tuyên truyền chính sách bảo hiểm xã hội cho nhân dân.
        Trạm y tế xã chưa đủ điều kiện khám bệnh nên huyện đã bổ sung bác sĩ.
        Ban quản lý trung tâm văn hóa huyện mở lớp tập huấn cho cán bộ thôn.
        """

    static func page(_ lines: String) -> String {
        Array(repeating: lines, count: 6).joined(separator: "\n") + "\n" + misread + "\n"
    }

    static func post(_ text: String) throws -> String {
        let result = try BaocaoRunner.run(["restore", "--mode", "post"], stdin: text)
        #expect(result.status == 0)
        return result.stdout
    }

    @Test func aWornPageHasItsMistonedWordsPutRight() throws {
        let output = try Self.post(Self.page(Self.wornLines))
        #expect(output.hasSuffix(Self.meant + "\n"), "\(output)")
    }

    @Test func aCleanPageKeepsThem() throws {
        let text = Self.page(Self.cleanLines)
        #expect(try Self.post(text) == text)
    }

    /// "lheo" and "xiệc" are no Vietnamese: read again even on a clean page.
    @Test func aNonWordIsReadAgainOnAnyPage() throws {
        let text = """
            Các cơ quan thực hiện việc quản lý nhà nước lheo đúng quy định của pháp luật.
            Người lao động bị mất xiệc được hỗ trợ học nghề và tìm việc làm mới.

            """
        #expect(try Self.post(text) == """
            Các cơ quan thực hiện việc quản lý nhà nước theo đúng quy định của pháp luật.
            Người lao động bị mất việc được hỗ trợ học nghề và tìm việc làm mới.

            """)
    }
}
