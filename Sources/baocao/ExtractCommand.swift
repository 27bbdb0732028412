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
        abstract: "Extract text and structure from PDFs, scans, images and text files."
    )

    @Argument(help: "PDF, image (PNG, JPEG, TIFF) or text files, directories (walked recursively) and glob patterns.")
    var inputs: [String]

    @Option(help: "Directory for the output files (created if missing). Without it, one input prints txt to stdout.")
    var out: String?

    @Option(help: "Comma-separated formats: txt, json, pages, md, body, csv.", transform: OutputFormatList.parse)
    var format: [OutputFormat]?

    @OptionGroup var restoring: RestoreArguments

    @OptionGroup var ingest: IngestArguments

    @OptionGroup var batch: BatchArguments

    @OptionGroup var worker: WorkerArguments

    func validate() throws {
        if out == nil && (inputs.count > 1 || Self.isDirectoryOrPattern(inputs[0])) {
            throw ValidationError("several inputs need --out DIR")
        }
        if out == nil, let format, format != [.txt] {
            throw ValidationError("without --out only txt can be printed; give --out DIR for \(format.map(\.rawValue).joined(separator: ","))")
        }
    }

    func run() async throws {
        let pool = OCRWorkerPool(workers: ingest.jobs, language: ingest.lang)
        let pageStages = try restoring.stages(ocrLanguage: ingest.lang)
        let extractor = Extractor(
            ingest: ingest.options, pool: pool, pageStages: pageStages,
            builder: StructureStage.builder, documentStages: [FiguresStage()])
        guard let out else {
            try await printPages(inputs[0], extractor)
            return
        }
        if let name = worker.name {
            try await DocumentWorker.run(
                inputs[0], into: out, name: name, sha256: worker.sha256, parent: worker.parent, formats: format ?? [.txt, .json], extractor)
            return
        }
        // Outputs written into an input folder would be read back as inputs by the next run
        // (and could replace the inputs themselves).
        if let folder = InputExpander.folder(holding: out, among: inputs) {
            Diagnostics.report(out, "the output directory is inside the input folder \(folder); give --out a folder outside it")
            throw ExitCode.failure
        }
        let expansion = InputExpander.expand(inputs)
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
            Diagnostics.report(out, "cannot use the output directory: \(error)")
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

    /// Each document read by a child `baocao extract` of its own, with an even share of the
    /// workers; silent too long (no page done, `SupervisedExtraction.silenceFactor`), it is stopped: that bounds
    /// every stage, poppler's uninterruptible ones too.
    private func supervision(out: String, formats: [OutputFormat], restores: Bool, documents: Int) -> SupervisedExtraction {
        let childJobs = max(1, ingest.jobs / max(1, min(ingest.jobs, documents)))
        let shared = ["extract", "--out", out, "--format", formats.map(\.rawValue).joined(separator: ",")]
            + restoring.arguments(restoring: restores) + ingest.arguments(jobs: childJobs)
        return SupervisedExtraction(executable: SupervisedExtraction.currentExecutable, pageTimeout: ingest.pageTimeout) {
            input, sha256 in
            shared + WorkerArguments.arguments(name: input.outputName, sha256: sha256) + ["--", input.path]
        }
    }

    /// Everything that shapes the outputs; a re-run with other options does the work again.
    private func fingerprint(_ formats: [OutputFormat]) -> String {
        let restore = restoring.restore?.rawValue ?? "auto"
        return "formats=\(formats.map(\.rawValue).joined(separator: ",")) restore=\(restore) \(ingest.fingerprint)"
    }

    private static func isDirectoryOrPattern(_ argument: String) -> Bool {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) { return isDirectory.boolValue }
        return argument.contains { "*?[".contains($0) }
    }

    /// One input without --out: page text goes to stdout as each page is ready.
    private func printPages(_ input: String, _ extractor: Extractor) async throws {
        do {
            // A named pipe or a device would block or never end: refused before it is opened.
            try InputFile.requireRegularFile(input)
            for try await page in extractor.pages(of: input, onNotice: { Diagnostics.notice(input, $0) }) {
                try StandardStream.writeAll(Data(PageTextWriter.text(of: page).utf8), to: STDOUT_FILENO)
            }
        } catch {
            Diagnostics.report(input, error)
            throw ExitCode.failure
        }
    }
}
