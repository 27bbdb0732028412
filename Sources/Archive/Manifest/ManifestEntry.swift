import Foundation

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
    /// "crash" or "hang" when the input took its reader down or never finished: a re-run
    /// skips it unless asked to retry.
    public var fault: String?
    public var outputs: [String]
    /// The output name the input's files take (`OutputNaming`), kept by later runs.
    public var name: String?
    public var pages: Int
    /// What reading the input had to change (bytes replaced, a legacy encoding converted);
    /// absent when nothing was.
    public var notices: [String]?
    public var finished: String

    public init(
        input: String, size: Int64, sha256: String, options: String, status: Status, error: String? = nil,
        outputs: [String] = [], pages: Int = 0, notices: [String] = [], finished: Date = Date()
    ) {
        self.input = input
        self.size = size
        self.sha256 = sha256
        self.options = options
        self.status = status
        self.error = error
        self.outputs = outputs
        self.pages = pages
        self.notices = notices.isEmpty ? nil : notices
        self.finished = ISO8601DateFormatter().string(from: finished)
    }
}
