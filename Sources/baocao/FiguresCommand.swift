import Archive
import ArgumentParser
import DocumentModel
import Figures
import Foundation
import Output
import Pipeline

struct FiguresCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Extract the figures of reports (petition measures included) into one CSV.",
        discussion: """
            Inputs are anything `extract` reads, or document JSON files (baocao.document/1) \
            that `extract --format json` wrote.
            """
    )

    @Argument(help: "PDF, image, text or document JSON files.")
    var inputs: [String]

    @Option(help: "CSV file to write (default: standard output).")
    var csv: String?

    @Flag(help: "Start the CSV with a byte order mark so Excel reads Vietnamese correctly.")
    var excel = false

    @OptionGroup var restoring: RestoreArguments

    @OptionGroup var ingest: IngestArguments

    func run() async throws {
        // The figures stage is left out: rows are read below, named after each input as given.
        // Document JSON inputs skip the pipeline, so the language model is loaded only for others.
        let needsPipeline = inputs.contains { !Self.isDocumentJSON($0) }
        let extractor = Extractor(
            ingest: ingest.options, pool: OCRWorkerPool(workers: ingest.jobs, language: ingest.lang),
            pageStages: needsPipeline ? try restoring.stages(ocrLanguage: ingest.lang) : [],
            builder: StructureStage.builder)
        let figureExtractor = FigureExtractor()
        var figures: [Figure] = []
        var failed = 0
        for input in inputs {
            do {
                let document = try await Self.document(of: input, extractor: extractor)
                figures += figureExtractor.figures(in: document, doc: input)
            } catch {
                Diagnostics.report(input, error)
                failed += 1
            }
        }
        let data = FiguresCSVWriter.data(figures, excel: excel)
        if let csv {
            do {
                try NamedOutput.write(data, to: csv)
            } catch {
                Diagnostics.report(csv, error)
                throw ExitCode.failure
            }
        } else {
            do {
                try StandardStream.writeAll(data, to: STDOUT_FILENO)
            } catch {
                Diagnostics.report("stdout", error)
                throw ExitCode.failure
            }
        }
        if failed > 0 { throw ExitCode.failure }
    }

    static func isDocumentJSON(_ input: String) -> Bool {
        input.lowercased().hasSuffix(".json")
    }

    /// A document JSON is read as it is; every other input goes through the pipeline.
    static func document(of input: String, extractor: Extractor) async throws -> Document {
        if isDocumentJSON(input) {
            let data = try Data(contentsOf: URL(fileURLWithPath: input))
            return try DocumentJSONReader.document(from: data)
        }
        // A named pipe or a device would block or never end: refused before it is opened.
        try InputFile.requireRegularFile(input)
        var pages: [Page] = []
        for try await page in extractor.pages(of: input, onNotice: { Diagnostics.notice(input, $0) }) {
            pages.append(page)
        }
        let source = SourceInfo(path: input, sha256: try SHA256.hex(ofFile: input), pages: pages.count)
        guard let document = extractor.document(from: pages, source: source) else {
            throw NoStructureStage()
        }
        return document
    }
}
