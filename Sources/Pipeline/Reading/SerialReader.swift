import Dispatch
import Ingest

/// Gives a `PageReader` a serial queue of its own: poppler and leptonica objects are used
/// from one thread at a time, and their blocking work stays off Swift's cooperative pool.
final class SerialReader: @unchecked Sendable {
    // Touched only on `queue`.
    private let reader: any PageReader
    private let queue: DispatchQueue
    let pageCount: Int
    let notices: [String]
    let readsPagesIndependently: Bool

    private init(reader: any PageReader, queue: DispatchQueue) {
        self.reader = reader
        self.queue = queue
        pageCount = reader.pageCount
        notices = reader.notices
        readsPagesIndependently = reader.readsPagesIndependently
    }

    static func open(_ path: String, options: IngestOptions) async throws -> SerialReader {
        let queue = DispatchQueue(label: "baocao.reader")
        return try await withCheckedThrowingContinuation { continuation in
            queue.async {
                do {
                    let reader = try InputOpener.open(path, options: options)
                    continuation.resume(returning: SerialReader(reader: reader, queue: queue))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }

    func read(page index: Int) async throws -> PageWork {
        try await withCheckedThrowingContinuation { continuation in
            queue.async {
                do {
                    continuation.resume(returning: try self.reader.read(page: index))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }
}
