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
                    onPageCount?(reader.pageCount)
                    reader.notices.forEach { onNotice?($0) }
                    let requests = PageRequests(reader, lanes: lanes) { try await SerialReader.open(path, options: options) }
                    try await produce(requests, ocr: ocr, window: window, gauge: gauge, timeout: options.limits.pageTimeout) {
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
        var order = InOrder(emit: emit)
        defer { requests.finish() }
        try await withThrowingTaskGroup(of: Page.self) { group in
            var inFlight = 0
            for index in 0..<requests.pageCount {
                try Task.checkCancellation()
                switch try await requests.page(index) {
                case .ready(let page):
                    await requests.askAhead(after: index)
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
    private var next = 1
    private var held: [Int: Page] = [:]

    init(emit: @escaping (Page) -> Void) {
        self.emit = emit
    }

    mutating func add(_ page: Page) {
        held[page.number] = page
        while let ready = held.removeValue(forKey: next) {
            emit(ready)
            next += 1
        }
    }
}
