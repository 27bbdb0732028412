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

    @Argument(help: "PDF, image (PNG, JPEG, TIFF) or text files.")
    var inputs: [String]

    @Option(help: "Directory for the output files (created if missing). Without it, one input prints txt to stdout.")
    var out: String?

    @Option(help: "Comma-separated formats: txt, json, pages, md, body, csv.", transform: OutputFormatList.parse)
    var format: [OutputFormat]?

    @OptionGroup var restoring: RestoreArguments

    @OptionGroup var ingest: IngestArguments

    func validate() throws {
        if out == nil && inputs.count > 1 {
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
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        } catch {
            Diagnostics.report(out, "cannot create the output directory: \(error.localizedDescription)")
            throw ExitCode.failure
        }
        var failed = 0
        for (index, input) in inputs.enumerated() {
            do {
                let progress = ProgressLine(input: input, index: index + 1, of: inputs.count)
                let result = try await extractor.extract(
                    input, into: out, formats: format ?? [.txt, .json], progress: progress.update)
                progress.finish(result)
            } catch {
                ProgressLine.clear()
                Diagnostics.report(input, error)
                failed += 1
            }
        }
        if failed > 0 { throw ExitCode.failure }
    }

    /// One input without --out: page text goes to stdout as each page is ready.
    private func printPages(_ input: String, _ extractor: Extractor) async throws {
        do {
            for try await page in extractor.pages(of: input) {
                FileHandle.standardOutput.write(Data(PageTextWriter.text(of: page).utf8))
            }
        } catch {
            Diagnostics.report(input, error)
            throw ExitCode.failure
        }
    }
}

enum OutputFormatList {
    static func parse(_ text: String) throws -> [OutputFormat] {
        try text.split(separator: ",").map { name in
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let format = OutputFormat(rawValue: trimmed) else {
                throw ValidationError("unknown format '\(trimmed)' (txt, json, pages, md, body, csv)")
            }
            return format
        }
    }
}
