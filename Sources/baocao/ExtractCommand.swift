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

    @Option(help: "Comma-separated formats: txt, json, pages, md, body, csv, html.", transform: OutputFormatList.parse)
    var format: [OutputFormat]?

    @OptionGroup var restoring: RestoreArguments

    @OptionGroup var ingest: IngestArguments

    @OptionGroup var batch: BatchArguments

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
        let extractor = Extractor(
            ingest: ingest.options, pool: pool, pageStages: try restoring.stages(ocrLanguage: ingest.lang),
            builder: StructureStage.builder, documentStages: [FiguresStage()])
        guard let out else {
            try await printPages(inputs[0], extractor)
            return
        }
        let expansion = InputExpander.expand(inputs)
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
            for try await page in extractor.pages(of: input, onNotice: { Diagnostics.report(input, $0) }) {
                FileHandle.standardOutput.write(Data(PageTextWriter.text(of: page).utf8))
            }
        } catch {
            Diagnostics.report(input, error)
            throw ExitCode.failure
        }
    }
}
