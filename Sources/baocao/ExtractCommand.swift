import Archive
import ArgumentParser
import Foundation
import Ingest
import Output
import Pipeline

extension OutputFormat: ExpressibleByArgument {}

struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract text and structure from PDFs, scans, images and text files.",
        discussion: """
            Without --out, one input is printed on stdout in one format (txt unless --format \
            says otherwise): baocao extract r.pdf --format json | jq. "-" reads standard input; \
            pipes and process substitutions are read as files.
            """
    )

    @Argument(help: "PDF, image (PNG, JPEG, TIFF) or text files, directories (walked recursively), glob patterns, - for stdin.")
    var inputs: [String]

    @Option(help: "Directory for the output files (created if missing); without it one input is printed on stdout.")
    var out: String?

    @Option(
        help: ArgumentHelp(
            "Comma-separated formats: \(OutputFormatList.names). Default: txt,json with --out, txt without.",
            valueName: "list"),
        transform: OutputFormatList.parse)
    var format: [OutputFormat]?

    @Flag(help: "Start the csv with a byte order mark so Excel reads Vietnamese correctly (as figures --excel does); for numbers that open as numbers in every locale, use --format xlsx.")
    var excel = false

    @OptionGroup var pageRange: PageRangeArguments

    @OptionGroup var restoring: RestoreArguments

    @OptionGroup var ingest: IngestArguments

    @OptionGroup var batch: BatchArguments

    /// Checked when the command runs, not in `validate()`: the parser reports an unknown
    /// option only once validation passed, and "several inputs" would hide it.
    private func checkUsage() throws {
        if out == nil && (inputs.count > 1 || Self.isDirectoryOrPattern(inputs[0])) {
            throw ValidationError("several inputs need --out DIR")
        }
        if out == nil, let format, format.count > 1 {
            throw ValidationError(
                "without --out one format is printed; give --out DIR for \(format.map(\.rawValue).joined(separator: ","))")
        }
    }

    func run() async throws {
        try checkUsage()
        let streams = StreamInputs()
        defer { streams.removeAll() }
        let paths = try streams.paths(for: inputs)
        let pool = OCRWorkerPool(workers: ingest.jobs, language: ingest.lang)
        var extractor = Extractor(
            ingest: pageRange.applied(to: ingest.options), pool: pool,
            pageStages: try restoring.stages(ocrLanguage: ingest.lang), builder: StructureStage.builder,
            documentStages: [FiguresStage()])
        extractor.csvByteOrderMark = excel
        guard let out else {
            let progress = BatchProgress(total: 1, quiet: batch.quiet)
            defer { progress.clear() }
            do {
                try await PrintedDocument(extractor: extractor, format: format?.first ?? .txt)
                    .print(paths[0], name: streams.name(of: paths[0]), progress: progress)
            } catch {
                progress.report(streams.name(of: paths[0]), String(describing: error))
                throw ExitCode.failure
            }
            return
        }
        let expansion = InputExpander.expand(paths)
        for problem in expansion.problems { Diagnostics.report(problem.argument, problem.reason) }
        let shard = try batch.selectedShard()
        let selected = expansion.inputs.filter { shard?.contains($0) ?? true }
        let manifest: RunManifest
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            manifest = try RunManifest(directory: out)
            // A run killed mid-write leaves a private temporary file; the next run removes it.
            _ = StaleTemporaryFiles.sweep(out)
        } catch {
            Diagnostics.report(out, "cannot use the output directory: \(error)")
            throw ExitCode.failure
        }
        let formats = format ?? [.txt, .json]
        let runner = BatchRunner(
            extractor: extractor, formats: formats, directory: out, fingerprint: fingerprint(formats),
            documents: ingest.jobs)
        let progress = BatchProgress(total: selected.count, quiet: batch.quiet)
        let summary = await runner.run(selected, manifest: manifest, onEvent: progress.handle)
        progress.finish(summary, quiet: batch.quiet)
        if summary.failed > 0 || summary.unrecorded > 0 || !expansion.problems.isEmpty { throw ExitCode.failure }
    }

    /// Everything that shapes the outputs; a re-run with other options does the work again.
    private func fingerprint(_ formats: [OutputFormat]) -> String {
        let restore = restoring.restore?.rawValue ?? "auto"
        return "formats=\(formats.map(\.rawValue).joined(separator: ",")) restore=\(restore) \(ingest.fingerprint)"
            + pageRange.fingerprint + (excel ? " excel" : "")
    }

    private static func isDirectoryOrPattern(_ argument: String) -> Bool {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) { return isDirectory.boolValue }
        return argument.contains { "*?[".contains($0) }
    }
}
