import DocumentModel
import Foundation
import Ingest
import Locking

/// Pages of one input as an AsyncSequence, in page order, while OCR runs ahead on the pool.
///
/// At most `window` pictures wait for or are in OCR, and one more per reader is being
/// rendered, so a long scanned PDF never holds more than window + 2 rendered pages
/// (window = pool size).
public enum PageStream {
    /// With `lanes`, a PDF is read by a second reader as well while one of them is free.
    public static func pages(
        of path: String, options: IngestOptions, ocr: OCRWorkerPool, window: Int? = nil, lanes: ReadingLanes? = nil,
        onPageCount: (@Sendable (Int) -> Void)? = nil, onNotice: (@Sendable (String) -> Void)? = nil,
        onPageRead: (@Sendable (Int) -> Void)? = nil
    ) -> AsyncThrowingStream<Page, any Error> {
        pages(
            of: path, options: options, ocr: ocr, window: window, lanes: lanes, gauge: nil, onPageCount: onPageCount,
            onNotice: onNotice, onPageRead: onPageRead)
    }

    static func pages(
        of path: String, options: IngestOptions, ocr: OCRWorkerPool, window: Int?, lanes: ReadingLanes? = nil,
        gauge: PictureGauge?, onPageCount: (@Sendable (Int) -> Void)?, onNotice: (@Sendable (String) -> Void)? = nil,
        onPageRead: (@Sendable (Int) -> Void)? = nil
    ) -> AsyncThrowingStream<Page, any Error> {
        let window = max(1, window ?? ocr.size)
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    let reader = try await SerialReader.open(path, options: options)
                    let order = options.pages.map { $0.indices(pageCount: reader.pageCount) } ?? Array(0..<reader.pageCount)
                    if let selection = options.pages, order.isEmpty {
                        throw IngestError.noPageSelected(selection, pageCount: reader.pageCount)
                    }
                    onPageCount?(order.count)
                    reader.notices.forEach { onNotice?($0) }
                    let requests = PageRequests(reader, order: order, lanes: lanes) {
                        try await SerialReader.open(path, options: options)
                    }
                    // A page's notice is told once for the document, on the first page that has it.
                    let told = Locked<Set<String>>([])
                    try await produce(requests, ocr: ocr, window: window, gauge: gauge, timeout: options.limits.pageTimeout) {
                        for notice in $0.notices where told.withLock({ $0.insert(notice).inserted }) { onNotice?(notice) }
                        onPageRead?($0.number)
                        continuation.yield($0)
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    private static func produce(
        _ requests: PageRequests, ocr: OCRWorkerPool, window: Int, gauge: PictureGauge?, timeout: Double,
        emit: @escaping (Page) -> Void
    ) async throws {
        var order = InOrder(numbers: requests.order.map { $0 + 1 }, emit: emit)
        defer { requests.finish() }
        try await withThrowingTaskGroup(of: Page.self) { group in
            var inFlight = 0
            for position in requests.order.indices {
                try Task.checkCancellation()
                switch try await requests.page(at: position) {
                case .ready(let page):
                    await requests.askAhead(after: position)
                    order.add(page)
                case .needsOCR(let shell, let image):
                    gauge?.rendered()
                    group.addTask {
                        defer { gauge?.released() }
                        var page = shell
                        let read = try await ocr.recognize(image, page: shell.number, timeout: timeout)
                        page.lines = read.lines
                        page.tables = read.tables
                        let confidences = page.lines.compactMap(\.confidence)
                        page.confidence = confidences.isEmpty ? nil : confidences.reduce(0, +) / Double(confidences.count)
                        return page
                    }
                    inFlight += 1
                }
                while inFlight >= window, let page = try await group.next() {
                    inFlight -= 1
                    order.add(page)
                }
            }
            for try await page in group { order.add(page) }
        }
    }
}

/// Releases pages in page-number order as they complete out of order.
private struct InOrder {
    let emit: (Page) -> Void
    /// The page numbers to come, in order (all of them, or those `--pages` selects).
    private let numbers: [Int]
    private var next = 0
    private var held: [Int: Page] = [:]

    init(numbers: [Int], emit: @escaping (Page) -> Void) {
        self.numbers = numbers
        self.emit = emit
    }

    mutating func add(_ page: Page) {
        held[page.number] = page
        while next < numbers.count, let ready = held.removeValue(forKey: numbers[next]) {
            emit(ready)
            next += 1
        }
    }
}
