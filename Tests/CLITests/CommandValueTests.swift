import BaocaoTestSupport
import Foundation
import Testing

/// Values on the command line that crashed the process, and names that forged messages:
/// each is now one line of usage error or one escaped message.
@Suite struct CommandValueTests {
    @Test func emptyOrOversizedValuesAreUsageErrors() throws {
        let input = Fixtures.sample("bao-cao-mau.txt")
        let out = try Fixtures.temporaryDirectory()
        for (flag, value, message) in [
            ("--lang", "", "--lang must be"), ("--lang", "vie+", "--lang must be"),
            ("--jobs", "100000000", "--jobs must be between 1 and"), ("--format", "", "--format needs at least one"),
            ("--format", ",", "--format needs at least one"),
        ] {
            let result = try BaocaoRunner.run(["extract", input, "--out", out, flag, value], timeout: 60)
            #expect(result.status == 64, "\(flag) '\(value)'")
            #expect(result.stderr.contains(message), "\(flag) '\(value)': \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: "\(out)/manifest.jsonl"))
    }

    @Test func aFullStdoutIsAnErrorNotACrash() throws {
        let process = Process()
        process.executableURL = BaocaoRunner.executable
        process.arguments = ["restore", "--mode", "stripped"]
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        try process.run()
        input.fileHandleForWriting.write(Data("bao cao tinh hinh\n".utf8))
        try input.fileHandleForWriting.close()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let end = ChildExit.wait(for: process)
        #expect(end.reason == .exit && end.status == 1)
        #expect(stderr.contains("baocao: stdout: cannot write the output: No space left on device"))
    }

    @Test func namesCannotForgeLinesOrReachTheTerminal() throws {
        let root = try Fixtures.temporaryDirectory()
        let name = "x\nbaocao: fake.pdf: forged\u{1B}[2J.txt"
        let result = try BaocaoRunner.run(["extract", "\(root)/\(name)", "--out", "\(root)/out"], timeout: 60)
        #expect(result.status == 1)
        #expect(!result.stderr.contains("\u{1B}"))
        #expect(!result.stderr.split(separator: "\n").contains { $0.hasPrefix("baocao: fake.pdf") })
        #expect(result.stderr.contains(#"x\nbaocao: fake.pdf: forged\u{1b}[2J.txt"#))
    }
}
