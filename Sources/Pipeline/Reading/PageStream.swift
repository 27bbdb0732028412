import DocumentModel
import Foundation
import Ingest

/// Pages of one input as an AsyncSequence, in page order, while OCR runs ahead on the pool.
///
/// At most `window` pictures wait for or are in OCR, and one more is being rendered, so a
/// long scanned PDF never holds more than window + 1 rendered pages (window = pool size).
public enum PageStream {
    public static func pages(
        of path: String, options: IngestOptions, ocr: OCRWorkerPool, window: Int? = nil,
        onPageCount: (@Sendable (Int) -> Void)? = nil, onNotice: (@Sendable (String) -> Void)? = nil
    ) -> AsyncThrowingStream<Page, any Error> {
        pages(of: path, options: options, ocr: ocr, window: window, gauge: nil, onPageCount: onPageCount, onNotice: onNotice)
    }

    static func pages(
        of path: String, options: IngestOptions, ocr: OCRWorkerPool, window: Int?, gauge: PictureGauge?,
        onPageCount: (@Sendable (Int) -> Void)?, onNotice: (@Sendable (String) -> Void)? = nil
    ) -> AsyncThrowingStream<Page, any Error> {
        let window = max(1, window ?? ocr.size)
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    let reader = try await SerialReader.open(path, options: options)
                    onPageCount?(reader.pageCount)
                    reader.notices.forEach { onNotice?($0) }
                    try await produce(reader, ocr: ocr, window: window, gauge: gauge, timeout: options.limits.pageTimeout) {
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
        _ reader: SerialReader, ocr: OCRWorkerPool, window: Int, gauge: PictureGauge?, timeout: Double,
        emit: @escaping (Page) -> Void
    ) async throws {
        var order = InOrder(emit: emit)
        // After a text page the next page is asked for at once, so the reader's thread goes
        // on while this task waits its turn on the cooperative pool; after a picture it is
        // not, so no picture is rendered beyond the OCR window.
        var ahead: Task<PageWork, any Error>?
        defer { ahead?.cancel() }
        try await withThrowingTaskGroup(of: Page.self) { group in
            var inFlight = 0
            for index in 0..<reader.pageCount {
                try Task.checkCancellation()
                let work: PageWork
                if let asked = ahead {
                    work = try await asked.value
                    ahead = nil
                } else {
                    work = try await reader.read(page: index)
                }
                switch work {
                case .ready(let page):
                    if index + 1 < reader.pageCount {
                        ahead = Task { try await reader.read(page: index + 1) }
                    }
                    order.add(page)
                case .needsOCR(let shell, let image):
                    gauge?.rendered()
                    group.addTask {
                        defer { gauge?.released() }
                        var page = shell
                        page.lines = try await ocr.recognize(image, page: shell.number, timeout: timeout)
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

/// Counts rendered pictures alive in a stream, for the tests that hold memory flat.
final class PictureGauge: @unchecked Sendable {
    private let lock = NSLock()
    private var alive = 0
    private(set) var peak = 0

    func rendered() {
        lock.withLock {
            alive += 1
            peak = max(peak, alive)
        }
    }

    func released() { lock.withLock { alive -= 1 } }
}
