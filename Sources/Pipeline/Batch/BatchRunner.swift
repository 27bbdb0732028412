import Archive
import Foundation
import Output

/// Runs many documents through one extractor: up to `documents` at once, OCR for all of them
/// on the extractor's one pool, each result recorded in the manifest so a re-run skips it.
public struct BatchRunner: Sendable {
    public let extractor: Extractor
    public let formats: [OutputFormat]
    public let directory: String
    /// The options that shape outputs, compared with the manifest's to decide what is done.
    public let fingerprint: String
    public let documents: Int
    /// Each document in a worker process; nil runs them in this process.
    public let supervision: SupervisedExtraction?
    /// Inputs that crashed or hung a previous run are run again (otherwise they are skipped).
    public let retryFaults: Bool

    public init(
        extractor: Extractor, formats: [OutputFormat], directory: String, fingerprint: String, documents: Int,
        supervision: SupervisedExtraction? = nil, retryFaults: Bool = false
    ) {
        self.extractor = extractor
        self.formats = formats
        self.directory = directory
        self.fingerprint = fingerprint
        self.documents = max(1, documents)
        self.supervision = supervision
        self.retryFaults = retryFaults
    }

    public func run(
        _ inputs: [BatchInput], manifest: RunManifest, onEvent: @escaping @Sendable (BatchEvent) -> Void
    ) async -> BatchSummary {
        let start = Date()
        var summary = BatchSummary(documents: inputs.count)
        await withTaskGroup(of: Outcome.self) { group in
            var next = 0
            func startNext() {
                guard next < inputs.count else { return }
                let input = inputs[next]
                next += 1
                group.addTask { await self.process(input, manifest: manifest, onEvent: onEvent) }
            }
            for _ in 0..<min(documents, inputs.count) { startNext() }
            while let outcome = await group.next() {
                switch outcome.event {
                case .finished: summary.done += 1
                case .skipped: summary.skipped += 1
                case .skippedFault: summary.skippedFaults += 1
                case .failed: summary.failed += 1
                case .page, .unrecorded: break
                }
                summary.pages += outcome.pages
                onEvent(outcome.event)
                if let error = outcome.unrecorded {
                    summary.unrecorded += 1
                    onEvent(.unrecorded(outcome.input, error))
                }
                startNext()
            }
        }
        supervision?.finish()
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }

    /// What became of one input.
    private struct Outcome: Sendable {
        var input: BatchInput
        var event: BatchEvent
        var pages = 0
        var unrecorded: OutputError?
    }

    private func process(
        _ input: BatchInput, manifest: RunManifest, onEvent: @escaping @Sendable (BatchEvent) -> Void
    ) async -> Outcome {
        let file: InputFile
        do {
            file = try InputFile.inspect(input.path)
        } catch {
            return failed(input, error, size: 0, sha256: "", manifest: manifest)
        }
        if manifest.isDone(input.path, size: file.size, sha256: file.sha256, options: fingerprint) {
            return Outcome(input: input, event: .skipped(input))
        }
        if !retryFaults, let fault = manifest.fault(input.path, size: file.size, sha256: file.sha256, options: fingerprint) {
            return Outcome(input: input, event: .skippedFault(input, fault))
        }
        do {
            let progress: @Sendable (Int, Int) -> Void = { onEvent(.page(input, done: $0, total: $1)) }
            let result: ExtractionResult
            if let supervision {
                result = try await supervision.extract(input, sha256: file.sha256, progress: progress)
            } else {
                result = try await extractor.extract(
                    input.path, into: directory, name: input.outputName, sha256: file.sha256, formats: formats,
                    progress: progress)
            }
            var entry = ManifestEntry(
                input: input.path, size: file.size, sha256: file.sha256, options: fingerprint, status: .done,
                outputs: result.files.map { relative($0) }, pages: result.pages, notices: result.notices)
            entry.name = input.outputName
            return Outcome(
                input: input, event: .finished(input, result), pages: result.pages,
                unrecorded: record(entry, in: manifest))
        } catch {
            // A child's failure arrives as its line only: whatever it was, no part of a set is kept.
            if error is OutputError || error is DocumentFault || supervision != nil { removeOutputs(of: input) }
            return failed(input, error, size: file.size, sha256: file.sha256, manifest: manifest)
        }
    }

    /// A write that failed part way (a full disk) leaves the document with some formats
    /// written and others not; none is kept, so the directory never holds an incomplete set
    /// and the manifest's `failed` is the whole story. The re-run writes them all.
    /// A child killed in the middle of a write also leaves its private temporary file.
    private func removeOutputs(of input: BatchInput) {
        for format in formats {
            let path = (directory as NSString).appendingPathComponent("\(input.outputName).\(format.fileExtension)")
            unlink(path)
            StaleTemporaryFiles.sweepFolder(of: path)
        }
    }

    private func failed(
        _ input: BatchInput, _ error: any Error, size: Int64, sha256: String, manifest: RunManifest
    ) -> Outcome {
        let failure = DocumentFailure(error)
        var entry = ManifestEntry(
            input: input.path, size: size, sha256: sha256, options: fingerprint, status: .failed,
            error: failure.description)
        entry.fault = (error as? DocumentFault)?.kind.rawValue
        return Outcome(input: input, event: .failed(input, failure), unrecorded: record(entry, in: manifest))
    }

    private func record(_ entry: ManifestEntry, in manifest: RunManifest) -> OutputError? {
        do {
            try manifest.record(entry)
            return nil
        } catch {
            return error
        }
    }

    /// An output's path inside the output directory, as the manifest names it.
    private func relative(_ path: String) -> String {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
