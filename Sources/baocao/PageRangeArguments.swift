import ArgumentParser
import Ingest

/// `--pages`, for the commands that read documents (`extract`, `figures`).
struct PageRangeArguments: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Pages to read, as the document numbers them: 1-3,7,10- (a run open at the end runs to the last page).",
            valueName: "list"),
        transform: { text in
            do { return try PageSelection(parsing: text) } catch { throw ValidationError(String(describing: error)) }
        })
    var pages: PageSelection?

    /// The ingest options with the pages selected.
    func applied(to options: IngestOptions) -> IngestOptions {
        var options = options
        options.pages = pages
        return options
    }

    /// The same selection for a child `baocao extract` (its description parses back).
    var arguments: [String] { pages.map { ["--pages", "\($0)"] } ?? [] }

    /// For the batch manifest: other pages are other outputs. Empty when all pages are read,
    /// so a manifest written before `--pages` existed still matches.
    var fingerprint: String { pages.map { " pages=\($0)" } ?? "" }
}
