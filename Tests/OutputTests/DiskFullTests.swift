import BaocaoTestSupport
import Foundation
import Testing
@testable import Output

/// `AtomicFile` on a disk that fills up part way through a write (simulated by `DiskSpaceFault`).
@Suite struct DiskFullTests {
    @Test func aFullDiskKeepsTheOldFileAndLeavesNoTemporaryOne() throws {
        let directory = try Fixtures.temporaryDirectory()
        let path = "\(directory)/bao-cao.json"
        try AtomicFile.write("{\"ban\": \"cũ\"}", to: path)
        // Ten bytes of room for a hundred: the write stops part way with ENOSPC.
        let disk = DiskSpaceFault(bytes: 10)
        #expect {
            try AtomicFile.write(Data(repeating: 0x41, count: 100), to: path, disk: disk)
        } throws: { error in
            (error as? OutputError)?.description == "cannot write \(path): No space left on device"
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"ban\": \"cũ\"}")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["bao-cao.json"])
    }

    @Test func aNewFileOnAFullDiskIsNotCreatedAtAll() throws {
        let directory = try Fixtures.temporaryDirectory()
        let disk = DiskSpaceFault(bytes: 0)
        #expect(throws: OutputError.self) { try AtomicFile.write(Data("Báo cáo".utf8), to: "\(directory)/moi.txt", disk: disk) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
    }

    @Test func writesWithinTheRoomLeftSucceedExactly() throws {
        let directory = try Fixtures.temporaryDirectory()
        let disk = DiskSpaceFault(bytes: 12)
        try AtomicFile.write(Data("Báo cáo".utf8), to: "\(directory)/a.txt", disk: disk)  // 9 bytes
        #expect(throws: OutputError.self) { try AtomicFile.write(Data("Kết".utf8), to: "\(directory)/b.txt", disk: disk) }
        #expect(try String(contentsOfFile: "\(directory)/a.txt", encoding: .utf8) == "Báo cáo")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["a.txt"])
    }
}
