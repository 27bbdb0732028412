import BaocaoTestSupport
import Foundation
import Testing

/// A failure is one line naming the file and the problem, never Foundation's NSError dump
/// ("Error Domain=NSCocoaErrorDomain Code=512 … UserInfo={…}").
@Suite struct ErrorLineTests {
    private func input() throws -> String {
        try Fixtures.temporaryFile("bao-cao.txt", Data("Đã tiếp nhận 12 đơn.\n".utf8))
    }

    @Test func outputDirectoryThatIsAFile() throws {
        let file = try Fixtures.temporaryFile("not-a-folder", Data("x".utf8))
        let result = try BaocaoRunner.run(["extract", try input(), "--out", file])
        #expect(result.status == 1)
        #expect(result.stderr == "baocao: \(file): cannot use the output directory: File exists\n")
    }

    @Test func outputDirectoryUnderAFile() throws {
        let file = try Fixtures.temporaryFile("not-a-folder", Data("x".utf8))
        let out = (file as NSString).appendingPathComponent("out")
        let result = try BaocaoRunner.run(["extract", try input(), "--out", out])
        #expect(result.status == 1)
        #expect(result.stderr == "baocao: \(out): cannot use the output directory: Not a directory\n")
    }
}
