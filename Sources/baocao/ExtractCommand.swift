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

    @OptionGroup var worker: WorkerArguments

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
        // A worker's "-" is where its documents come from, not a document to spool.
        let paths = worker.serve ? inputs : try streams.paths(for: inputs)
        let pool = OCRWorkerPool(workers: ingest.jobs, language: ingest.lang)
        let pageStages = try restoring.stages(ocrLanguage: ingest.lang)
        var extractor = Extractor(
            ingest: pageRange.applied(to: ingest.options), pool: pool, pageStages: pageStages,
            builder: StructureStage.builder, documentStages: [FiguresStage()])
        extractor.csvByteOrderMark = excel
        guard let out else {
            let progress = BatchProgress(total: 1, quiet: batch.quiet)
            defer { progress.clear() }
            do {
                try await PrintedDocument(extractor: extractor, format: format?.first ?? .txt)
                    .print(paths[0], name: streams.name(of: paths[0]), progress: progress)
            } catch {
                progress.report(streams.name(of: paths[0]), DocumentFailure.line(for: error))
                throw ExitCode.failure
            }
            return
        }
        if worker.serve {
            await DocumentWorker.serve(into: out, parent: worker.parent, formats: format ?? [.txt, .json], extractor)
            return
        }
        // Outputs written into an input folder would be read back as inputs by the next run
        // (and could replace the inputs themselves).
        if let folder = InputExpander.folder(holding: out, among: paths) {
            Diagnostics.report(out, "the output directory is inside the input folder \(folder); give --out a folder outside it")
            throw ExitCode.failure
        }
        let expansion = InputExpander.expand(paths)
        for problem in expansion.problems { Diagnostics.report(problem.argument, problem.reason) }
        let shard = try batch.selectedShard()
        let formats = format ?? [.txt, .json]
        let manifest: RunManifest
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            manifest = try RunManifest(directory: out)
            // A run killed mid-write leaves a private temporary file; the next run removes it.
            _ = StaleTemporaryFiles.sweep(out)
        } catch {
            Diagnostics.report(out, "cannot use the output directory: \(DocumentFailure.systemReason(of: error) ?? DocumentFailure.line(for: error))")
            throw ExitCode.failure
        }
        for file in expansion.refused {
            Diagnostics.report(file.path, file.reason)
            do {
                try manifest.record(
                    ManifestEntry(input: file.path, size: 0, sha256: "", options: fingerprint(formats), status: .failed, error: file.reason))
            } catch {
                Diagnostics.report(error.path, "cannot record \(file.path): \(error.reason)")
            }
        }
        let selected = OutputNaming.assign(
            expansion.inputs.filter { shard?.contains($0) ?? true }, extensions: formats.map(\.fileExtension),
            earlier: manifest.outputsByInput, named: manifest.namesByInput,
            occupied: InputExpander.inputs(expansion.inputs, under: out))
        let restores = pageStages.contains { $0 is RestoreStage }
        let runner = BatchRunner(
            extractor: extractor, formats: formats, directory: out, fingerprint: fingerprint(formats),
            documents: ingest.jobs,
            supervision: supervision(out: out, formats: formats, restores: restores, documents: selected.count),
            retryFaults: batch.retryFailed)
        let progress = BatchProgress(total: selected.count, quiet: batch.quiet)
        let summary = await runner.run(selected, manifest: manifest, onEvent: progress.handle)
        progress.finish(summary, quiet: batch.quiet)
        if summary.failed > 0 || summary.skippedFaults > 0 || summary.unrecorded > 0 || !expansion.problems.isEmpty
            || !expansion.refused.isEmpty
        {
            throw ExitCode.failure
        }
    }

    /// Each document read by a worker process (`baocao extract --worker-serve`) with an even
    /// share of the OCR workers, kept for the next document; silent too long (no page done,
    /// `SupervisedExtraction.silenceFactor`), it is stopped: that bounds every stage,
    /// poppler's uninterruptible ones too.
    private func supervision(out: String, formats: [OutputFormat], restores: Bool, documents: Int) -> SupervisedExtraction {
        let workerJobs = max(1, ingest.jobs / max(1, min(ingest.jobs, documents)))
        let arguments = ["extract", "--out", out, "--format", formats.map(\.rawValue).joined(separator: ",")]
            + restoring.arguments(restoring: restores) + ingest.arguments(jobs: workerJobs) + pageRange.arguments
            + (excel ? ["--excel"] : []) + WorkerArguments.arguments
        return SupervisedExtraction(
            executable: SupervisedExtraction.currentExecutable, pageTimeout: ingest.pageTimeout, arguments: arguments)
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
