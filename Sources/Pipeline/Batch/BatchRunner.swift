import Foundation

/// What a batch is doing, for progress displays.
public enum BatchEvent: Sendable {
    case page(BatchInput, done: Int, total: Int)
    case finished(BatchInput, ExtractionResult)
    case skipped(BatchInput)
    case failed(BatchInput, any Error)
}

public struct BatchSummary: Sendable {
    public var documents = 0
    public var done = 0
    public var skipped = 0
    public var failed = 0
    public var pages = 0
    public var seconds = 0.0
}

/// Runs many documents through one extractor: up to `documents` at once, OCR for all of them
/// on the extractor's one pool, each result recorded in the manifest so a re-run skips it.
public struct BatchRunner: Sendable {
    public let extractor: Extractor
    public let formats: [OutputFormat]
    public let directory: String
    /// The options that shape outputs, compared with the manifest's to decide what is done.
    public let fingerprint: String
    public let documents: Int

    public init(extractor: Extractor, formats: [OutputFormat], directory: String, fingerprint: String, documents: Int) {
        self.extractor = extractor
        self.formats = formats
        self.directory = directory
        self.fingerprint = fingerprint
        self.documents = max(1, documents)
    }

    public func run(
        _ inputs: [BatchInput], manifest: RunManifest, onEvent: @escaping @Sendable (BatchEvent) -> Void
    ) async -> BatchSummary {
        let start = Date()
        var summary = BatchSummary(documents: inputs.count)
        await withTaskGroup(of: (BatchEvent, Int).self) { group in
            var next = 0
            func startNext() {
                guard next < inputs.count else { return }
                let input = inputs[next]
                next += 1
                group.addTask { await self.process(input, manifest: manifest, onEvent: onEvent) }
            }
            for _ in 0..<min(documents, inputs.count) { startNext() }
            while let (event, pages) = await group.next() {
                switch event {
                case .finished: summary.done += 1
                case .skipped: summary.skipped += 1
                case .failed: summary.failed += 1
                case .page: break
                }
                summary.pages += pages
                onEvent(event)
                startNext()
            }
        }
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }

    private func process(
        _ input: BatchInput, manifest: RunManifest, onEvent: @escaping @Sendable (BatchEvent) -> Void
    ) async -> (BatchEvent, Int) {
        var size: Int64 = 0, digest = ""
        do {
            size = (try FileManager.default.attributesOfItem(atPath: input.path)[.size] as? NSNumber)?.int64Value ?? 0
            digest = try SHA256.hex(ofFile: input.path)
        } catch {
            // Unreadable or missing: the extractor says why, in the words every input gets.
        }
        if !digest.isEmpty, manifest.isDone(input.path, size: size, sha256: digest, options: fingerprint) {
            return (.skipped(input), 0)
        }
        do {
            let result = try await extractor.extract(
                input.path, into: directory, name: input.outputName, sha256: digest.isEmpty ? nil : digest,
                formats: formats, progress: { onEvent(.page(input, done: $0, total: $1)) })
            try manifest.record(ManifestEntry(
                input: input.path, size: size, sha256: digest, options: fingerprint, status: .done,
                outputs: result.files.map { relative($0) }, pages: result.pages))
            return (.finished(input, result), result.pages)
        } catch {
            try? manifest.record(ManifestEntry(
                input: input.path, size: size, sha256: digest, options: fingerprint, status: .failed,
                error: String(describing: error)))
            return (.failed(input, error), 0)
        }
    }

    /// An output's path inside the output directory, as the manifest names it.
    private func relative(_ path: String) -> String {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
