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
        abstract: "Extract the figures of reports (petition measures included) into one CSV or workbook.",
        discussion: """
            Inputs are anything `extract` reads (folders walked as it walks them), or document \
            JSON files (baocao.document/1) that `extract --format json` wrote; "-" reads \
            standard input.
            """
    )

    @Argument(help: "PDF, image, text or document JSON files, folders of documents; - for stdin.")
    var inputs: [String]

    @Option(help: "CSV file to write; - or none: standard output.")
    var csv: String?

    @Option(help: "Also write the figures as an Excel workbook: numbers as numeric cells, a sheet per table; - for standard output (then no CSV is printed unless --csv names a file).")
    var xlsx: String?

    @Flag(help: "Start the CSV with a byte order mark so Excel reads Vietnamese correctly.")
    var excel = false

    @OptionGroup var pageRange: PageRangeArguments

    @OptionGroup var restoring: RestoreArguments

    @OptionGroup var ingest: IngestArguments

    func validate() throws {
        if csv == NamedOutput.standardOutput && xlsx == NamedOutput.standardOutput {
            throw ValidationError("--csv - and --xlsx - both ask for standard output: name a file for one of them")
        }
        if xlsx == NamedOutput.standardOutput { try StandardStream.requireBinaryDestination(hint: "name a file: --xlsx f.xlsx") }
    }

    func run() async throws {
        let streams = StreamInputs()
        defer { streams.removeAll() }
        var failed = 0
        let paths = Self.expandingFolders(try streams.paths(for: inputs), failed: &failed)
        // The figures stage is left out: rows are read below, named after each input as given.
        // Document JSON inputs skip the pipeline, so the language model is loaded only for others.
        let needsPipeline = paths.contains { !Self.isDocumentJSON($0, stream: streams.isCopy($0)) }
        let extractor = Extractor(
            ingest: pageRange.applied(to: ingest.options),
            pool: OCRWorkerPool(workers: ingest.jobs, language: ingest.lang),
            pageStages: needsPipeline ? try restoring.stages(ocrLanguage: ingest.lang) : [],
            builder: StructureStage.builder)
        let figureExtractor = FigureExtractor()
        var figures: [Figure] = []
        var documents: [Document] = []
        for path in paths {
            let name = streams.name(of: path)
            do {
                let document = try await Self.document(
                    of: path, name: name, json: Self.isDocumentJSON(path, stream: streams.isCopy(path)), extractor: extractor)
                figures += figureExtractor.figures(in: document, doc: name)
                // Only the workbook reads the documents again (its table sheets): a CSV of a
                // thousand reports keeps their figures, not their text.
                if xlsx != nil { documents.append(document) }
            } catch {
                Diagnostics.report(name, error)
                failed += 1
            }
        }
        do {
            if let xlsx { try NamedOutput.write(try DocumentWorkbook.data(figures: figures, documents: documents), to: xlsx) }
        } catch {
            Diagnostics.report(NamedOutput.name(of: xlsx ?? "xlsx"), error)
            throw ExitCode.failure
        }
        // The CSV goes where --csv says, to standard output when nothing else is written.
        if let destination = csv ?? (xlsx == nil ? NamedOutput.standardOutput : nil) {
            do {
                try NamedOutput.write(FiguresCSVWriter.data(figures, excel: excel), to: destination)
            } catch {
                Diagnostics.report(NamedOutput.name(of: destination), error)
                throw ExitCode.failure
            }
        }
        if failed > 0 { throw ExitCode.failure }
    }

    /// A folder gives the documents `extract` would take from it (walked as it walks them, each
    /// named by its path as given: "reports/2025/q1.pdf"); a folder with none, a name that is
    /// not UTF-8 or a link to nothing is one line and counts as failed. Files stay as given.
    static func expandingFolders(_ paths: [String], failed: inout Int) -> [String] {
        paths.flatMap { path -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [path] }
            let expansion = InputExpander.expand([path])
            for problem in expansion.problems { Diagnostics.report(problem.argument, problem.reason) }
            for refused in expansion.refused { Diagnostics.report(refused.path, refused.reason) }
            failed += expansion.problems.count + expansion.refused.count
            return expansion.inputs.map(\.path)
        }
    }

    /// A file named .json, or a stream that starts as JSON does (a stream has no name to go by).
    static func isDocumentJSON(_ input: String, stream: Bool = false) -> Bool {
        if input.lowercased().hasSuffix(".json") { return true }
        guard stream, let handle = FileHandle(forReadingAtPath: input) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 64)) ?? Data()
        return head.first { !" \t\r\n".utf8.contains($0) } == UInt8(ascii: "{")
    }

    /// A document JSON is read as it is; every other input goes through the pipeline.
    static func document(of input: String, name: String, json: Bool, extractor: Extractor) async throws -> Document {
        if json {
            let data = try Data(contentsOf: URL(fileURLWithPath: input))
            return try DocumentJSONReader.document(from: data)
        }
        // A named pipe or a device would block or never end: refused before it is opened.
        try InputFile.requireRegularFile(input)
        var pages: [Page] = []
        for try await page in extractor.pages(of: input, onNotice: { Diagnostics.notice(name, $0) }) {
            pages.append(page)
        }
        let source = SourceInfo(path: name, sha256: try SHA256.hex(ofFile: input), pages: pages.count)
        guard let document = extractor.document(from: pages, source: source) else {
            throw NoStructureStage()
        }
        return document
    }
}
