public struct BatchSummary: Sendable {
    public var documents = 0
    public var done = 0
    public var skipped = 0
    /// Inputs not run again because they crashed or hung a previous run.
    public var skippedFaults = 0
    public var failed = 0
    /// Inputs whose outcome the manifest could not record.
    public var unrecorded = 0
    public var pages = 0
    public var seconds = 0.0
}
