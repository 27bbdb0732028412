import BaocaoTestSupport
import Foundation
import Testing

/// Links and special files where outputs go: baocao writes nothing through a link planted
/// in the output directory, and a path the user names is written into, never replaced.
@Suite struct OutputLinkTests {
    private func report() throws -> String {
        try Fixtures.temporaryFile("bao-cao.txt", Data("BÁO CÁO\nĐã tiếp nhận 12 đơn khiếu nại.\n".utf8))
    }

    @Test func aLinkedManifestIsRefusedAndItsTargetUntouched() throws {
        let out = try Fixtures.temporaryDirectory()
        let target = try Fixtures.temporaryFile("elsewhere.txt", Data("keep\n".utf8))
        try FileManager.default.createSymbolicLink(atPath: "\(out)/manifest.jsonl", withDestinationPath: target)
        let result = try BaocaoRunner.run(["extract", try report(), "--out", out, "--restore", "off"], timeout: 60)
        #expect(result.status == 1)
        #expect(result.stderr.contains("manifest.jsonl: it is a symbolic link"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep\n")
    }

    @Test func aLinkedFolderInsideTheOutputIsNotFollowed() throws {
        let archive = try Fixtures.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: "\(archive)/2025", withIntermediateDirectories: true)
        try Data("BÁO CÁO\nĐã tiếp nhận 3 đơn.\n".utf8).write(to: URL(fileURLWithPath: "\(archive)/2025/r.txt"))
        let out = try Fixtures.temporaryDirectory()
        let outside = try Fixtures.temporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: "\(out)/2025", withDestinationPath: outside)
        let result = try BaocaoRunner.run(["extract", archive, "--out", out, "--restore", "off"], timeout: 60)
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(out)/2025: it is a symbolic link"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)
    }

    @Test func aNamedCSVThatIsALinkOrADeviceIsWrittenIntoNotReplaced() throws {
        let root = try Fixtures.temporaryDirectory()
        let target = "\(root)/real.csv"
        try Data().write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: "\(root)/link.csv", withDestinationPath: target)
        let linked = try BaocaoRunner.run(["figures", try report(), "--csv", "\(root)/link.csv", "--restore", "off"], timeout: 60)
        #expect(linked.status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: "\(root)/link.csv") == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("doc,page"))
        // /dev/full: an error, and the device is still a device.
        let full = try BaocaoRunner.run(["figures", try report(), "--csv", "/dev/full", "--restore", "off"], timeout: 60)
        #expect(full.status == 1)
        #expect(full.stderr.contains("No space left on device"))
        var status = stat()
        #expect(stat("/dev/full", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func aKilledWritersTemporaryFileIsSweptByTheNextRun() throws {
        let out = try Fixtures.temporaryDirectory()
        // What a run killed by SIGTERM in the middle of a write leaves: its process is gone.
        let leftover = "\(out)/.baocao-tmp-4194305-Ab12Cd"
        try Data("half".utf8).write(to: URL(fileURLWithPath: leftover))
        let foreign = "\(out)/.notes.txt.tmp-Ab12Cd"
        try Data("someone else's".utf8).write(to: URL(fileURLWithPath: foreign))
        let result = try BaocaoRunner.run(["extract", try report(), "--out", out, "--restore", "off"], timeout: 60)
        #expect(result.status == 0)
        #expect(!FileManager.default.fileExists(atPath: leftover))
        #expect(FileManager.default.fileExists(atPath: foreign))
    }
}
