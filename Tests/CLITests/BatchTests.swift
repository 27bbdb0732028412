import BaocaoTestSupport
import Foundation
import Testing

/// Batches over directories: mirrored output names, the manifest that makes re-runs resume,
/// and shards that split the work between processes.
@Suite struct BatchTests {
    /// An archive of short reports in nested folders, written by the test.
    private func makeArchive() throws -> (root: String, names: [String]) {
        let root = try Fixtures.temporaryDirectory()
        var names: [String] = []
        for (folder, count) in [("2024", 4), ("2025/quy-1", 5), ("2025/quy-2", 3)] {
            let directory = (root as NSString).appendingPathComponent(folder)
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            for number in 1...count {
                let text = "BÁO CÁO SỐ \(number)\nTrong kỳ đã tiếp nhận \(number * 10) đơn của công dân.\n"
                try Data(text.utf8).write(to: URL(fileURLWithPath: "\(directory)/bao-cao-\(number).txt"))
                names.append("\(folder)/bao-cao-\(number)")
            }
        }
        // Files that are not documents stay out of the batch.
        try Data([0x00, 0x01]).write(to: URL(fileURLWithPath: "\(root)/2024/anh.bin"))
        return (root, names.sorted())
    }

    private func outputs(in directory: String) throws -> [String] {
        let walker = FileManager.default.enumerator(atPath: directory)
        var found: [String] = []
        while let path = walker?.nextObject() as? String {
            if path.hasSuffix(".txt") { found.append(String(path.dropLast(4))) }
        }
        return found.sorted()
    }

    @Test func directoryIsWalkedAndMirroredThenResumed() throws {
        let (archive, names) = try makeArchive()
        let out = try Fixtures.temporaryDirectory()
        let first = try BaocaoRunner.run(["extract", archive, "--out", out, "--format", "txt", "--restore", "off"])
        #expect(first.status == 0)
        #expect(try outputs(in: out) == names)
        #expect(first.stderr.contains("12 documents: 12 done, 0 already done, 0 failed"))
        let manifest = try String(contentsOfFile: "\(out)/manifest.jsonl", encoding: .utf8)
        #expect(manifest.split(separator: "\n").count == 12)
        #expect(manifest.contains("\"status\":\"done\""))

        // A re-run skips what is done; a changed file runs again.
        try Data("BÁO CÁO SỬA\n".utf8).write(to: URL(fileURLWithPath: "\(archive)/2024/bao-cao-1.txt"))
        let second = try BaocaoRunner.run(["extract", archive, "--out", out, "--format", "txt", "--restore", "off"])
        #expect(second.status == 0)
        #expect(second.stderr.contains("12 documents: 1 done, 11 already done, 0 failed"))
        let redone = try String(contentsOfFile: "\(out)/2024/bao-cao-1.txt", encoding: .utf8)
        #expect(redone.hasPrefix("BÁO CÁO SỬA"))
    }

    @Test func shardsCoverEveryInputExactlyOnce() throws {
        let (archive, names) = try makeArchive()
        var covered: [String] = []
        for index in 0..<3 {
            let out = try Fixtures.temporaryDirectory()
            let result = try BaocaoRunner.run([
                "extract", archive, "--out", out, "--format", "txt", "--restore", "off", "--quiet",
                "--shard", "\(index)/3",
            ])
            #expect(result.status == 0)
            let mine = try outputs(in: out)
            #expect(!mine.isEmpty)
            covered += mine
        }
        #expect(covered.sorted() == names)
    }

    @Test func shardOutputsMergeIntoOneCSVAndOneManifest() throws {
        let (archive, names) = try makeArchive()
        var shardDirectories: [String] = []
        var rowsPerShard = 0
        for index in 0..<2 {
            let out = try Fixtures.temporaryDirectory()
            let result = try BaocaoRunner.run([
                "extract", archive, "--out", out, "--format", "csv", "--restore", "off", "--quiet", "--shard", "\(index)/2",
            ])
            #expect(result.status == 0)
            shardDirectories.append(out)
            let walker = FileManager.default.enumerator(atPath: out)
            while let path = walker?.nextObject() as? String {
                guard path.hasSuffix(".csv") else { continue }
                let text = try String(contentsOfFile: "\(out)/\(path)", encoding: .utf8)
                rowsPerShard += text.split(separator: "\r\n").count - 1
            }
        }
        let merged = try Fixtures.temporaryDirectory()
        let result = try BaocaoRunner.run(
            ["merge"] + shardDirectories + ["--csv", "\(merged)/figures.csv", "--manifest", "\(merged)/manifest.jsonl"])
        #expect(result.status == 0)
        let csv = try String(contentsOfFile: "\(merged)/figures.csv", encoding: .utf8).split(separator: "\r\n")
        #expect(csv.first?.hasPrefix("doc,page,section,section_title,footnote,measure") == true)
        #expect(csv.count - 1 == rowsPerShard)
        #expect(rowsPerShard >= names.count)  // every report states one petition count
        let manifest = try String(contentsOfFile: "\(merged)/manifest.jsonl", encoding: .utf8)
        #expect(manifest.split(separator: "\n").count == names.count)
    }

    @Test func globPatternsAreExpandedWithoutAShell() throws {
        let (archive, _) = try makeArchive()
        let out = try Fixtures.temporaryDirectory()
        let result = try BaocaoRunner.run([
            "extract", "\(archive)/2025/quy-1/bao-cao-[12].txt", "--out", out, "--format", "txt", "--restore", "off",
            "--quiet",
        ])
        #expect(result.status == 0)
        #expect(try outputs(in: out) == ["bao-cao-1", "bao-cao-2"])
    }

    @Test func malformedShardIsAUsageError() throws {
        let result = try BaocaoRunner.run(["extract", Fixtures.sample("bao-cao-mau.txt"), "--out", "/tmp/x", "--shard", "3/3"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("shard 3 is not between 0 and 2"))
    }
}
