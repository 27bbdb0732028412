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
        lanes.enter()
        defer { lanes.leave() }
        // The page count, learnt once the input is open, and what the reader noticed opening it.
        let total = Locked(0)
        let notices = Locked<[String]>([])
        let stream = self.pages(
            of: input, onPageCount: { count in total.withLock { $0 = count } },
            onNotice: { notice in notices.withLock { $0.append(notice) } },
            onPageRead: { number in onPageRead?(number, total.withLock { $0 }) })
        var pages: [Page] = []
        for try await page in stream {
            pages.append(page)
            progress?(pages.count, total.withLock { $0 })
        }
        let source = SourceInfo(path: input, sha256: try sha256 ?? SHA256.hex(ofFile: input), pages: pages.count)
        // Structure and figures run only for the formats made from the document.
        let needsDocument = formats.contains { $0 != .txt && $0 != .pages }
        let document = needsDocument ? self.document(from: pages, source: source) : nil
        let base = name ?? OutputNaming.baseName(for: input)
        if base.contains("/") {
            try OutputFolder.make((base as NSString).deletingLastPathComponent, under: directory)
        }
        var files: [String] = []
        for format in formats {
            let path = (directory as NSString).appendingPathComponent("\(base).\(format.fileExtension)")
            try AtomicFile.write(try OutputRendering.data(format, pages: pages, source: source, document: document), to: path)
            files.append(path)
        }
        return ExtractionResult(pages: pages.count, files: files, notices: notices.withLock { $0 })
    }
}
