import DocumentModel
import Dispatch
import Foundation
import Ingest

/// A fixed number of OCR workers, each with its own thread and its own tesseract handle.
/// Shared by every document of a run, so `--jobs` bounds OCR across the whole batch.
public final class OCRWorkerPool: Sendable {
    private let workers: [OCRWorker]
    private let lease: WorkerLease

    public init(workers count: Int, language: String) {
        // The pool is the parallelism; the CLI limits tesseract's OpenMP threads to one.
        let count = max(1, count)
        workers = (0..<count).map { OCRWorker(index: $0, language: language) }
        lease = WorkerLease(count: count)
    }

    public var size: Int { workers.count }

    /// Recognises one page picture, its ruled tables cell by cell; waits for a free worker.
    /// `timeout` (seconds) counts from when a worker starts on the page, not the wait for one.
    public func recognize(_ image: GrayImage, page: Int, timeout: Double? = nil) async throws -> RecognizedPage {
        let index = await lease.acquire()
        defer { Task { await lease.release(index) } }
        return try await workers[index].recognize(image, page: page, timeout: timeout)
    }
}

/// One OCR thread. The engine is made on first use, on the worker's queue, and never
/// leaves it.
private final class OCRWorker: @unchecked Sendable {
    private let queue: DispatchQueue
    private let language: String
    // Touched only on `queue`.
    private var engine: TesseractEngine?

    init(index: Int, language: String) {
        queue = DispatchQueue(label: "baocao.ocr.\(index)")
        self.language = language
    }

    func recognize(_ image: GrayImage, page: Int, timeout: Double?) async throws -> RecognizedPage {
        try await withCheckedThrowingContinuation { continuation in
            queue.async {
                do {
                    let engine = try self.engine ?? TesseractEngine(language: self.language)
                    self.engine = engine
                    continuation.resume(returning: try engine.read(image, pageNumber: page, timeout: timeout))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }
}

/// Hands out worker indices; callers wait in order when all are busy.
private actor WorkerLease {
    private var free: [Int]
    private var waiting: [CheckedContinuation<Int, Never>] = []

    init(count: Int) {
        free = Array((0..<count).reversed())
    }

    func acquire() async -> Int {
        if let index = free.popLast() { return index }
        return await withCheckedContinuation { waiting.append($0) }
    }

    func release(_ index: Int) {
        if waiting.isEmpty {
            free.append(index)
        } else {
            waiting.removeFirst().resume(returning: index)
        }
    }
}
