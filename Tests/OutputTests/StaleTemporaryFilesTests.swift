import BaocaoTestSupport
import Foundation
import Testing
@testable import Output

@Suite struct StaleTemporaryFilesTests {
    @Test func onlyOldTemporaryFilesOfAtomicFileGo() throws {
        let directory = try Fixtures.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: "\(directory)/2025", withIntermediateDirectories: true)
        let old = Date().addingTimeInterval(-3600)
        let files = [
            "2025/.bao-cao.json.tmp-a1B2c3": old,  // left by a killed run: goes
            ".bao-cao.txt.tmp-Zz9Yy8": Date(),  // another shard writing now: stays
            "bao-cao.json": old,  // an output: stays
            ".ghi-chu.tmp-abc": old,  // not mkstemp's pattern: stays
        ]
        for (name, date) in files {
            let path = "\(directory)/\(name)"
            try Data("x".utf8).write(to: URL(fileURLWithPath: path))
            try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: path)
        }
        #expect(StaleTemporaryFiles.sweep(directory) == 1)
        #expect(!FileManager.default.fileExists(atPath: "\(directory)/2025/.bao-cao.json.tmp-a1B2c3"))
        #expect(FileManager.default.fileExists(atPath: "\(directory)/.bao-cao.txt.tmp-Zz9Yy8"))
        #expect(FileManager.default.fileExists(atPath: "\(directory)/bao-cao.json"))
        #expect(FileManager.default.fileExists(atPath: "\(directory)/.ghi-chu.tmp-abc"))
    }

    @Test func atomicWritesLeaveNoTemporaryFileBehind() throws {
        let directory = try Fixtures.temporaryDirectory()
        try AtomicFile.write("Báo cáo\n", to: "\(directory)/bao-cao.txt")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["bao-cao.txt"])
        #expect(try String(contentsOfFile: "\(directory)/bao-cao.txt", encoding: .utf8) == "Báo cáo\n")
        // Into a directory that does not exist: an error naming the file, and nothing written.
        #expect(throws: OutputError.self) { try AtomicFile.write("x", to: "\(directory)/khong-co/x.txt") }
    }
}
