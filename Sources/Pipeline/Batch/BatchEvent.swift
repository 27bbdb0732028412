import Archive
import Output

/// What a batch is doing, for progress displays.
public enum BatchEvent: Sendable {
    case page(BatchInput, done: Int, total: Int)
    case finished(BatchInput, ExtractionResult)
    case skipped(BatchInput)
    /// Not run: it crashed or hung a previous run (the manifest's reason), and retrying was not asked.
    case skippedFault(BatchInput, String)
    case failed(BatchInput, any Error)
    /// The manifest could not record what happened to the input (a full disk): a re-run
    /// does it again. Comes after the input's own event.
    case unrecorded(BatchInput, OutputError)
}
