import Archive
import DocumentModel
import Foundation
import Ingest

extension Extractor {
    /// The extractor `baocao extract` runs: normalisation and diacritic restoration of every
    /// page, structure, figures. `model` is the language model file (`vi-syllables.lm`, with
    /// the OCR channel tables beside it); nil looks for the shipped one (`BAOCAO_DICTIONARIES`,
    /// `../share/baocao` beside the executable, `Dictionaries/`), so a program embedding the
    /// model needs no environment variable.
    public static func standard(
        model: URL? = nil, restore: RestorePolicy = .auto, ingest: IngestOptions = IngestOptions(),
        ocrLanguage: String = "vie", jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    ) throws -> Extractor {
        let restoring = try RestoreStage.make(policy: restore, ocrLanguage: ocrLanguage, model: model)
        return Extractor(
            ingest: ingest, pool: OCRWorkerPool(workers: max(1, jobs), language: ocrLanguage),
            pageStages: [NormalizeStage()] + (restoring.map { [$0] } ?? []), builder: StructureStage.builder,
            documentStages: [FiguresStage()])
    }

    /// The structured document of `path` (PDF, image or text file), figures included.
    public func document(of path: String) async throws -> Document {
        var read: [Page] = []
        for try await page in self.pages(of: path) { read.append(page) }
        let source = SourceInfo(path: path, sha256: try SHA256.hex(ofFile: path), pages: read.count)
        guard let document = self.document(from: read, source: source) else { throw FormatUnavailable(format: .json) }
        return document
    }
}
