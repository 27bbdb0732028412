import Archive
import BaocaoTestSupport
import Foundation
import Output
import Testing

/// The manifest after faults: a last line torn by a full disk or a kill.
@Suite struct RunManifestTests {
    private func entry(_ input: String) -> ManifestEntry {
        let name = ((input as NSString).lastPathComponent as NSString).deletingPathExtension
        return ManifestEntry(input: input, size: 10, sha256: "ab", options: "o", status: .done, outputs: ["\(name).txt"])
    }

    @Test func aLineTornByAFullDiskNeverTakesTheNextEntryWithIt() throws {
        let out = try Fixtures.temporaryDirectory()
        let full = try RunManifest(directory: out, disk: DiskSpaceFault(bytes: 40))
        #expect(throws: OutputError.self) { try full.record(entry("/in/bao-cao-1.pdf")) }
        #expect(full.entry(for: "/in/bao-cao-1.pdf") == nil)
        // Space freed: a new run records after the torn fragment, on a line of its own.
        let freed = try RunManifest(directory: out, disk: DiskSpaceFault(bytes: nil))
        try freed.record(entry("/in/bao-cao-2.pdf"))
        let reread = try RunManifest(directory: out)
        // Done only with its output in place (a deleted output is written again).
        #expect(!reread.isDone("/in/bao-cao-2.pdf", size: 10, sha256: "ab", options: "o"))
        try Data("x".utf8).write(to: URL(fileURLWithPath: "\(out)/bao-cao-2.txt"))
        #expect(reread.isDone("/in/bao-cao-2.pdf", size: 10, sha256: "ab", options: "o"))
        #expect(reread.entry(for: "/in/bao-cao-1.pdf") == nil)
    }

    @Test func aLineTornByAKillIsLeftBehindTheSameWay() throws {
        let out = try Fixtures.temporaryDirectory()
        let path = "\(out)/\(RunManifest.fileName)"
        try Data("{\"input\":\"/in/bao-cao-1.pdf\",\"si".utf8).write(to: URL(fileURLWithPath: path))
        // One entry, compared with itself: two made apart carry the second each was made in.
        let recorded = entry("/in/bao-cao-3.pdf")
        try RunManifest(directory: out).record(recorded)
        #expect(try RunManifest(directory: out).entry(for: "/in/bao-cao-3.pdf") == recorded)
    }
}
