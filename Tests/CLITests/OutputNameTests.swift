import BaocaoTestSupport
import Foundation
import Testing

/// Output names are unique by construction and the same whatever the order of the arguments
/// and in every run; an output folder inside the inputs is refused; inputs spelled in other
/// ways are the same input to the manifest, and a deleted output is written again.
@Suite struct OutputNameTests {
    private func files(_ directory: String) throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: directory)).subtracting(["manifest.jsonl"])
    }

    /// Short text reports, each saying its own name, so a replaced output shows.
    private func folder(_ names: [String]) throws -> String {
        let root = try Fixtures.temporaryDirectory()
        for name in names {
            let path = (root as NSString).appendingPathComponent(name)
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data("BÁO CÁO \(name)\nĐã tiếp nhận 12 đơn.\n".utf8).write(to: URL(fileURLWithPath: path))
        }
        return root
    }

    private func run(_ inputs: [String], out: String, formats: String = "txt,json") throws -> BaocaoRunner.Result {
        try BaocaoRunner.run(["extract"] + inputs + ["--out", out, "--format", formats, "--restore", "off"], timeout: 120)
    }

    @Test func clashingNamesKeepTheirExtensionWhateverTheOrder() throws {
        let root = try folder(["x.txt", "x-2.txt", "x.md"])
        let inputs = ["x.txt", "x-2.txt", "x.md"].map { "\(root)/\($0)" }
        let outA = try Fixtures.temporaryDirectory(), outB = try Fixtures.temporaryDirectory()
        #expect(try run(inputs, out: outA).status == 0)
        #expect(try run(inputs.reversed(), out: outB).status == 0)
        let expected: Set = ["x.txt.txt", "x.txt.json", "x.md.txt", "x.md.json", "x-2.txt", "x-2.json"]
        #expect(try files(outA) == expected)
        #expect(try files(outB) == expected)
        // Each output holds its own input's text: nothing was written over.
        #expect(try String(contentsOfFile: "\(outA)/x-2.txt", encoding: .utf8).contains("BÁO CÁO x-2.txt"))
        #expect(try String(contentsOfFile: "\(outA)/x.md.txt", encoding: .utf8).contains("BÁO CÁO x.md"))
        let manifest = try String(contentsOfFile: "\(outA)/manifest.jsonl", encoding: .utf8)
        #expect(manifest.contains(#""name":"x.md""#) && manifest.contains(#""name":"x-2""#))
    }

    @Test func anOutputFormatsNameCannotTakeAnotherInputsName() throws {
        // "r.md"'s body output would be "r.body.txt", the txt output of the input "r.body.txt".
        let root = try folder(["r.md", "r.body.txt"])
        let out = try Fixtures.temporaryDirectory()
        #expect(try run(["\(root)/r.md", "\(root)/r.body.txt"], out: out, formats: "body,txt").status == 0)
        #expect(try files(out) == ["r.md.body.txt", "r.md.txt", "r.body.txt.body.txt", "r.body.txt.txt"])
    }

    @Test func aLaterRunKeepsEarlierNamesAndResumesHoweverInputsAreSpelled() throws {
        let root = try folder(["a/x.txt", "b/x.txt"])
        let out = try Fixtures.temporaryDirectory()
        #expect(try run(["\(root)/a/x.txt"], out: out).status == 0)
        #expect(try run(["\(root)/b/x.txt"], out: out).status == 0)
        #expect(try files(out) == ["x.txt", "x.json", "x.txt.txt", "x.txt.json"])
        #expect(try String(contentsOfFile: "\(out)/x.txt", encoding: .utf8).contains("BÁO CÁO a/x.txt"))
        #expect(try String(contentsOfFile: "\(out)/x.txt.txt", encoding: .utf8).contains("BÁO CÁO b/x.txt"))
        // Spelled with "./" and "..", both are already done.
        let again = try run(["\(root)/./a/x.txt", "\(root)/a/../b/x.txt"], out: out)
        #expect(again.stderr.contains("0 done, 2 already done"))
        // A deleted output is written again.
        try FileManager.default.removeItem(atPath: "\(out)/x.txt.json")
        let rerun = try run(["\(root)/b/x.txt"], out: out)
        #expect(rerun.stderr.contains("1 done, 0 already done"))
        #expect(FileManager.default.fileExists(atPath: "\(out)/x.txt.json"))
    }

    @Test func anOutputFolderInsideTheInputsIsRefused() throws {
        let root = try folder(["in/r.txt"])
        for out in ["\(root)/in", "\(root)/in/out", "\(root)/in/./sub/../out"] {
            let result = try run(["\(root)/in"], out: out)
            #expect(result.status == 1)
            #expect(result.stderr.contains("is inside the input folder"))
        }
        #expect(try files("\(root)/in") == ["r.txt"])
    }

    /// A folder holding what used to be skipped without a word: a name that is not UTF-8 and
    /// a link to nothing each get a line and a manifest entry; a 251-byte name is read, its
    /// outputs under a shortened name.
    @Test func unreadableNamesAreReportedAndLongNamesShortened() throws {
        let root = try folder(["in/ok.txt", "in/" + String(repeating: "a", count: 247) + ".txt"])
        let bad = Array("\(root)/in/bad".utf8CString.dropLast()) + [CChar(bitPattern: 0xFF)] + Array(".txt".utf8CString)
        let descriptor = bad.withUnsafeBufferPointer { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) }
        #expect(descriptor >= 0)
        close(descriptor)
        try FileManager.default.createSymbolicLink(atPath: "\(root)/in/dangling.txt", withDestinationPath: "\(root)/nothing")
        let out = "\(root)/out"
        let result = try run(["\(root)/in"], out: out, formats: "txt,pages")
        #expect(result.status == 1)
        #expect(result.stderr.contains("in/bad\u{FFFD}.txt: the file name is not UTF-8; rename it to read it"))
        #expect(result.stderr.contains("in/dangling.txt: a symbolic link to nothing"))
        #expect(result.stderr.contains("2 documents: 2 done"))
        let written = try files(out)
        #expect(written.contains("ok.txt") && written.count == 4)
        #expect(written.allSatisfy { $0.utf8.count <= 255 })
        let manifest = try String(contentsOfFile: "\(out)/manifest.jsonl", encoding: .utf8)
        #expect(manifest.split(separator: "\n").count == 4)
    }
}
