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
    /// `extract`'s files carry the document columns (number, date) after the figures'; when
    /// any input has them the merged file has them too, empty for rows of files without.
    public static func mergeFigures(_ paths: [String]) throws(MergeError) -> Data {
        let plain = FiguresCSVWriter.columns.joined(separator: ",")
        let extended = (FiguresCSVWriter.columns + FiguresCSVWriter.documentColumns).joined(separator: ",")
        var files: [(records: ArraySlice<String>, extended: Bool)] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw MergeError(path: path, reason: "cannot be read")
            }
            let records = CSVRecords.split(String(decoding: data, as: UTF8.self))
            let header = records.first?.trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF}"))
            guard header == plain || header == extended else {
                throw MergeError(path: path, reason: "not a baocao figures CSV (its header differs)")
            }
            files.append((records.dropFirst(), header == extended))
        }
        let anyExtended = files.contains { $0.extended }
        var out = (anyExtended ? extended : plain) + "\r\n"
        let padding = String(repeating: ",", count: FiguresCSVWriter.documentColumns.count)
        for file in files {
            for record in file.records where !record.isEmpty {
                out += record + (anyExtended && !file.extended ? padding : "") + "\r\n"
            }
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
