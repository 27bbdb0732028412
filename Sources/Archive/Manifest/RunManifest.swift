import Foundation
import Locking
import Output

/// The run's memory across restarts. Lines are only ever appended, each with one write and
/// an fsync after the outputs it names are in place, so a run killed at any moment leaves at
/// worst a torn last line, which reading skips; the input it spoke of simply runs again.
/// A line after a torn one starts on a line of its own, so the tear never takes it along.
public final class RunManifest: Sendable {
    public static let fileName = "manifest.jsonl"

    public let path: String
    /// The output directory the recorded outputs are relative to.
    public let directory: String
    private let disk: DiskSpaceFault
    private let state: Locked<State>

    private struct State {
        var latest: [String: ManifestEntry]
        /// The file does not end in a line break: a killed run or a failed write tore its last line.
        var endsTorn: Bool
    }

    public convenience init(directory: String) throws(OutputError) {
        try self.init(directory: directory, disk: .manifest)
    }

    /// `disk` stands between the lines and the file system only when a test simulates a full
    /// disk (see `DiskSpaceFault`).
    package init(directory: String, disk: DiskSpaceFault) throws(OutputError) {
        path = (directory as NSString).appendingPathComponent(RunManifest.fileName)
        self.directory = directory
        self.disk = disk
        let existing = FileManager.default.contents(atPath: path) ?? Data()
        state = Locked(State(latest: RunManifest.entries(in: existing), endsTorn: existing.last.map { $0 != 0x0A } ?? false))
        // Made (or found writable) now, so a manifest that cannot be written stops the run
        // before any work; each line is then written through a descriptor of its own. Never
        // through a link: a manifest.jsonl linked elsewhere would have baocao append there.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            let reason = errno == ELOOP ? "it is a symbolic link; baocao writes no file through a link" : String(cString: strerror(errno))
            throw OutputError(path: path, reason: reason)
        }
        close(descriptor)
    }

    /// True when the last run finished `input` as it is now, with the same options, and its
    /// outputs are all still there (a deleted one is written again).
    public func isDone(_ input: String, size: Int64, sha256: String, options: String) -> Bool {
        let entry = state.withLock { $0.latest[BatchInput.key(input)] }
        guard let entry, entry.status == .done, entry.size == size, entry.sha256 == sha256, entry.options == options else {
            return false
        }
        return entry.outputs.allSatisfy { FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent($0)) }
    }

    /// The output files each input recorded, by input key, for `OutputNaming.assign`.
    public var outputsByInput: [String: [String]] {
        state.withLock { $0.latest.mapValues(\.outputs) }
    }

    /// The output names the manifest records, by input key.
    public var namesByInput: [String: String] {
        state.withLock { $0.latest.compactMapValues(\.name) }
    }

    /// The reason `input`, as it is now and with the same options, crashed or hung the last run.
    public func fault(_ input: String, size: Int64, sha256: String, options: String) -> String? {
        state.withLock { state in
            guard let entry = state.latest[BatchInput.key(input)], entry.fault != nil, entry.status == .failed else { return nil }
            guard entry.size == size && entry.sha256 == sha256 && entry.options == options else { return nil }
            return entry.error ?? entry.fault
        }
    }

    public func entry(for input: String) -> ManifestEntry? {
        state.withLock { $0.latest[BatchInput.key(input)] }
    }

    /// Appends `entry` and flushes it to disk. On failure (a full disk) nothing is remembered
    /// and the error names the manifest; whatever part of the line reached the file is left
    /// for reading to skip. Not truncated away: another shard may be appending to it too.
    public func record(_ entry: ManifestEntry) throws(OutputError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard var line = try? encoder.encode(entry) else {
            throw OutputError(path: path, reason: "cannot encode the entry of \(entry.input)")
        }
        line.append(0x0A)
        try state.withLock { (state) throws(OutputError) in
            if state.endsTorn { line.insert(0x0A, at: 0) }
            // Opened for this line alone: a descriptor held for a whole run can be closed under it
            // by a double close elsewhere in the process (Foundation's Process under concurrency,
            // swiftlang/swift#57827, seen in the test process), and the number reused for another file.
            let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard descriptor >= 0 else {
                throw OutputError(path: path, reason: String(cString: strerror(errno)))
            }
            defer { close(descriptor) }
            guard disk.writeAll(line, to: descriptor), fsync(descriptor) == 0 else {
                let reason = String(cString: strerror(errno))
                state.endsTorn = true
                throw OutputError(path: path, reason: reason)
            }
            state.endsTorn = false
            state.latest[BatchInput.key(entry.input)] = entry
        }
    }

    static func read(_ path: String) -> [String: ManifestEntry] {
        entries(in: FileManager.default.contents(atPath: path) ?? Data())
    }

    static func entries(in data: Data) -> [String: ManifestEntry] {
        var entries: [String: ManifestEntry] = [:]
        let decoder = JSONDecoder()
        for line in data.split(separator: 0x0A) {
            guard let entry = try? decoder.decode(ManifestEntry.self, from: Data(line)) else { continue }
            entries[BatchInput.key(entry.input)] = entry
        }
        return entries
    }
}
