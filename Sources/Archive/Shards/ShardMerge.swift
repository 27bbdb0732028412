import Foundation
import Output

/// Combines what shards wrote: figures CSVs into one (one header, rows in the order given)
/// and manifests into one (the latest entry of each input).
public enum ShardMerge {
    public struct MergeError: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// Figures CSVs and manifests found in `sources`: files as given, directories walked.
    public static func collect(_ sources: [String]) -> (csvs: [String], manifests: [String]) {
        var csvs: [String] = [], manifests: [String] = []
        for source in sources {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory) else { continue }
            let files = isDirectory.boolValue
                ? (FileManager.default.enumerator(atPath: source)?.allObjects as? [String] ?? []).sorted()
                    .map { (source as NSString).appendingPathComponent($0) }
                : [source]
            for file in files {
                if file.hasSuffix(".csv") { csvs.append(file) }
                if file.hasSuffix(".jsonl") { manifests.append(file) }
            }
        }
        return (csvs, manifests)
    }

    /// One CSV from many with the figures header; a file with another header is refused.
    public static func mergeFigures(_ paths: [String]) throws(MergeError) -> Data {
        var out = FiguresCSVWriter.columns.joined(separator: ",") + "\r\n"
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw MergeError(path: path, reason: "cannot be read")
            }
            var records = CSVRecords.split(String(decoding: data, as: UTF8.self))
            guard let header = records.first?.trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF}")),
                header == FiguresCSVWriter.columns.joined(separator: ",")
            else { throw MergeError(path: path, reason: "not a baocao figures CSV (its header differs)") }
            records.removeFirst()
            for record in records where !record.isEmpty { out += record + "\r\n" }
        }
        return Data(out.utf8)
    }

    /// One manifest from many: for each input the entry that finished last.
    public static func mergeManifests(_ paths: [String]) -> Data {
        var latest: [String: ManifestEntry] = [:]
        for path in paths {
            for (input, entry) in RunManifest.read(path) where (latest[input]?.finished ?? "") <= entry.finished {
                latest[input] = entry
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = Data()
        for input in latest.keys.sorted() {
            guard let entry = latest[input], let line = try? encoder.encode(entry) else { continue }
            out.append(line)
            out.append(0x0A)
        }
        return out
    }
}
