import Archive
import DocumentModel
import Foundation
import Ingest
import Locking
import Output

/// Runs inputs through the pipeline: pages stream from ingestion through the page stages;
/// the document stages and writers run once the last page is in.
public struct Extractor: Sendable {
    public var ingest: IngestOptions
    public var pageStages: [any PageStage]
    public var builder: (any DocumentBuilding)?
    public var documentStages: [any DocumentStage]
    /// The csv output starts with a UTF-8 byte order mark (`--excel`), so Excel reads it as UTF-8.
    public var csvByteOrderMark = false
    public let pool: OCRWorkerPool
    /// One lane per OCR worker (`--jobs`), shared by the documents and their second readers.
    public let lanes: ReadingLanes

    public init(
        ingest: IngestOptions, pool: OCRWorkerPool, pageStages: [any PageStage] = [],
        builder: (any DocumentBuilding)? = nil, documentStages: [any DocumentStage] = []
    ) {
        self.ingest = ingest
        self.pool = pool
        lanes = ReadingLanes(capacity: pool.size)
        self.pageStages = pageStages
        self.builder = builder
        self.documentStages = documentStages
    }

    /// Streams the processed pages of `input`.
    public func pages(
        of input: String, onPageCount: (@Sendable (Int) -> Void)? = nil, onNotice: (@Sendable (String) -> Void)? = nil,
        onPageRead: (@Sendable (Int) -> Void)? = nil
    ) -> AsyncThrowingStream<Page, any Error> {
        let raw = PageStream.pages(
            of: input, options: ingest, ocr: pool, lanes: lanes, onPageCount: onPageCount, onNotice: onNotice,
            onPageRead: onPageRead)
        let stages = pageStages
        guard !stages.isEmpty else { return raw }
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    for try await page in raw {
                        continuation.yield(stages.reduce(page) { $1.process($0) })
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// The structured document of `pages`, or nil without a structure stage.
    public func document(from pages: [Page], source: SourceInfo) -> Document? {
        guard let builder else { return nil }
        return documentStages.reduce(builder.document(from: pages, source: source)) { $1.process($0) }
    }

    /// Extracts `input` into `directory`, one file per format, each written atomically.
    public func extract(
        _ input: String, into directory: String, name: String? = nil, sha256: String? = nil, formats: [OutputFormat],
        progress: (@Sendable (Int, Int) -> Void)? = nil, onPageRead: (@Sendable (Int, Int) -> Void)? = nil
    ) async throws -> ExtractionResult {
        let read = try await self.read(
            input, sha256: sha256, formats: formats, progress: progress, onPageRead: onPageRead)
        let base = name ?? OutputNaming.baseName(for: input)
        if base.contains("/") {
            try OutputFolder.make((base as NSString).deletingLastPathComponent, under: directory)
        }
        var files: [String] = []
        for format in formats {
            let path = (directory as NSString).appendingPathComponent("\(base).\(format.fileExtension)")
            try AtomicFile.write(try read.data(format), to: path)
            files.append(path)
        }
        return ExtractionResult(pages: read.pages.count, files: files, notices: read.notices)
    }

    /// One format of `input`, for printing: `sourcePath` is the name the outputs give the
    /// input (standard input is read from a copy, and called "-").
    public func render(
        _ format: OutputFormat, of input: String, sourcePath: String? = nil,
        progress: (@Sendable (Int, Int) -> Void)? = nil, onNotice: (@Sendable (String) -> Void)? = nil
    ) async throws -> Data {
        let read = try await self.read(
            input, sourcePath: sourcePath, formats: [format], progress: progress, onNotice: onNotice)
        return try read.data(format)
    }

    /// The pages of `input` and, when a format is made from it, its document.
    private func read(
        _ input: String, sourcePath: String? = nil, sha256: String? = nil, formats: [OutputFormat],
        progress: (@Sendable (Int, Int) -> Void)?, onNotice: (@Sendable (String) -> Void)? = nil,
        onPageRead: (@Sendable (Int, Int) -> Void)? = nil
    ) async throws -> ReadDocument {
        lanes.enter()
        defer { lanes.leave() }
        // The page count, learnt once the input is open, and what the reader noticed opening it.
        let total = Locked(0)
        let notices = Locked<[String]>([])
        let stream = self.pages(
            of: input, onPageCount: { count in total.withLock { $0 = count } },
            onNotice: { notice in
                notices.withLock { $0.append(notice) }
                onNotice?(notice)
            },
            onPageRead: { number in onPageRead?(number, total.withLock { $0 }) })
        var pages: [Page] = []
        for try await page in stream {
            pages.append(page)
            progress?(pages.count, total.withLock { $0 })
        }
        let source = SourceInfo(
            path: sourcePath ?? input, sha256: try sha256 ?? SHA256.hex(ofFile: input), pages: pages.count)
        // Structure and figures run only for the formats made from the document.
        let needsDocument = formats.contains { $0 != .txt && $0 != .pages }
        let document = needsDocument ? self.document(from: pages, source: source) : nil
        return ReadDocument(
            pages: pages, source: source, document: document, notices: notices.withLock { $0 },
            csvByteOrderMark: csvByteOrderMark, file: input, password: ingest.password)
    }
}

/// What reading one input gave, before anything is written.
private struct ReadDocument {
    var pages: [Page]
    var source: SourceInfo
    var document: Document?
    var notices: [String]
    var csvByteOrderMark: Bool
    /// The file read (standard input's copy too) and its password: the review page renders its pages.
    var file: String
    var password: String?

    func data(_ format: OutputFormat) throws -> Data {
        let data = try OutputRendering.data(
            format, pages: pages, source: source, document: document, file: file, password: password)
        return format == .csv && csvByteOrderMark ? FiguresCSVWriter.byteOrderMark + data : data
    }
}
