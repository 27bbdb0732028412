import BaocaoTestSupport
import Foundation
import Testing
@testable import Output

@Suite struct StaleTemporaryFilesTests {
    /// Only names baocao makes go: another program's ".x.tmp-XXXXXX" (the pattern baocao
    /// itself used before) stays whatever its age.
    @Test func onlyTemporaryFilesOfDeadOrOldWritersGo() throws {
        let directory = try Fixtures.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: "\(directory)/2025", withIntermediateDirectories: true)
        let old = Date().addingTimeInterval(-3600)
        let alive = getpid()
        // A process id no process has: above the kernel's largest.
        let dead: Int32 = 4_194_305
        let files = [
            "2025/.baocao-tmp-\(alive)-a1B2c3": old,  // old: goes (a writer elsewhere, long gone)
            ".baocao-tmp-\(dead)-Qq7Rr6": Date(),  // its writer was killed: goes, however young
            ".baocao-tmp-\(alive)-Zz9Yy8": Date(),  // a writer running now: stays
            "bao-cao.json": old,  // an output: stays
            ".bao-cao.json.tmp-a1B2c3": old,  // another program's: stays
            ".baocao-tmp-abc": old,  // not the pattern: stays
        ]
        for (name, date) in files {
            let path = "\(directory)/\(name)"
            try Data("x".utf8).write(to: URL(fileURLWithPath: path))
            try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: path)
        }
        #expect(StaleTemporaryFiles.sweep(directory) == 2)
        let left = Set(try FileManager.default.subpathsOfDirectory(atPath: directory))
        #expect(left == ["2025", ".baocao-tmp-\(alive)-Zz9Yy8", "bao-cao.json", ".bao-cao.json.tmp-a1B2c3", ".baocao-tmp-abc"])
    }

    @Test func atomicWritesLeaveNoTemporaryFileBehind() throws {
        let directory = try Fixtures.temporaryDirectory()
        try AtomicFile.write("Báo cáo\n", to: "\(directory)/bao-cao.txt")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["bao-cao.txt"])
        #expect(try String(contentsOfFile: "\(directory)/bao-cao.txt", encoding: .utf8) == "Báo cáo\n")
        // Into a directory that does not exist: an error naming the file, and nothing written.
        #expect(throws: OutputError.self) { try AtomicFile.write("x", to: "\(directory)/khong-co/x.txt") }
    }

    /// The folder an output's temporary file goes in, read without NSString (which traps on
    /// "a" and "-").
    @Test func directoryOfAnOutputPath() {
        #expect(AtomicFile.directory(of: "a") == ".")
        #expect(AtomicFile.directory(of: "-") == ".")
        #expect(AtomicFile.directory(of: "figures.csv") == ".")
        #expect(AtomicFile.directory(of: "/a") == "/")
        #expect(AtomicFile.directory(of: "out/a") == "out")
        #expect(AtomicFile.directory(of: "/tmp/run 1/figures.csv") == "/tmp/run 1")
    }
}
