import Archive
import ArgumentParser
import Foundation
import Output
import Pipeline

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine what shards wrote: figures CSVs into one CSV, manifests into one manifest.",
        discussion: "Sources are CSV and manifest.jsonl files, or shard output directories (walked for both)."
    )

    @Argument(help: "Figures CSVs, manifest.jsonl files, or shard output directories.")
    var sources: [String]

    @Option(help: "Write the merged figures CSV here.")
    var csv: String?

    @Option(help: "Write the merged manifest here.")
    var manifest: String?

    func validate() throws {
        guard csv != nil || manifest != nil else { throw ValidationError("give --csv FILE, --manifest FILE or both") }
    }

    func run() throws {
        let missing = sources.filter { !FileManager.default.fileExists(atPath: $0) }
        for source in missing { Diagnostics.report(source, "no such file or directory") }
        let found = ShardMerge.collect(sources)
        do {
            if let csv { try NamedOutput.write(try ShardMerge.mergeFigures(found.csvs.filter { $0 != csv }), to: csv) }
            if let manifest { try NamedOutput.write(ShardMerge.mergeManifests(found.manifests), to: manifest) }
        } catch {
            Diagnostics.write("baocao: \(Diagnostics.oneLine(DocumentFailure.line(for: error)))\n")
            throw ExitCode.failure
        }
        if !missing.isEmpty { throw ExitCode.failure }
    }
}
