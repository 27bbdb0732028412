import Foundation
import Output

/// What happened to one input, one JSON line in `manifest.jsonl` of the output directory.
public struct ManifestEntry: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable { case done, failed }

    public var input: String
    public var size: Int64
    public var sha256: String
    /// The options that shape the outputs; a change re-runs the input.
    public var options: String
    public var status: Status
    public var error: String?
    public var outputs: [String]
    public var pages: Int
    public var finished: String

    public init(
        input: String, size: Int64, sha256: String, options: String, status: Status, error: String? = nil,
        outputs: [String] = [], pages: Int = 0, finished: Date = Date()
    ) {
        self.input = input
        self.size = size
        self.sha256 = sha256
        self.options = options
        self.status = status
        self.error = error
        self.outputs = outputs
        self.pages = pages
        self.finished = ISO8601DateFormatter().string(from: finished)
    }
}

/// The run's memory across restarts. Lines are only ever appended, each with one write and
/// an fsync after the outputs it names are in place, so a run killed at any moment leaves at
/// worst a torn last line, which reading skips; the input it spoke of simply runs again.
public final class RunManifest: @unchecked Sendable {
    public static let fileName = "manifest.jsonl"

    private let lock = NSLock()
    private let descriptor: Int32
    private var latest: [String: ManifestEntry]

    public init(directory: String) throws {
        let path = (directory as NSString).appendingPathComponent(RunManifest.fileName)
        latest = RunManifest.read(path)
        descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw OutputError(path: path, reason: String(cString: strerror(errno)))
        }
    }

    deinit {
        close(descriptor)
    }

    /// True when the last run finished `input` as it is now, with the same options.
    public func isDone(_ input: String, size: Int64, sha256: String, options: String) -> Bool {
        lock.withLock {
            guard let entry = latest[input] else { return false }
            return entry.status == .done && entry.size == size && entry.sha256 == sha256 && entry.options == options
        }
    }

    public func entry(for input: String) -> ManifestEntry? {
        lock.withLock { latest[input] }
    }

    public func record(_ entry: ManifestEntry) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var line = try encoder.encode(entry)
        line.append(0x0A)
        try lock.withLock {
            let written = line.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            guard written == line.count, fsync(descriptor) == 0 else {
                throw OutputError(path: RunManifest.fileName, reason: String(cString: strerror(errno)))
            }
            latest[entry.input] = entry
        }
    }

    static func read(_ path: String) -> [String: ManifestEntry] {
        guard let data = FileManager.default.contents(atPath: path) else { return [:] }
        var entries: [String: ManifestEntry] = [:]
        let decoder = JSONDecoder()
        for line in data.split(separator: 0x0A) {
            guard let entry = try? decoder.decode(ManifestEntry.self, from: Data(line)) else { continue }
            entries[entry.input] = entry
        }
        return entries
    }
}

