import ArgumentParser
import Ingest

extension OCRPolicy: ExpressibleByArgument {}

/// The ingestion flags every command that reads documents shares.
struct IngestArguments: ParsableArguments {
    @Option(help: "When to OCR a page: auto (pages without a usable text layer), always, never.")
    var ocr: OCRPolicy = .auto

    @Option(help: "Tesseract language for OCR.")
    var lang: String = "vie"

    @Option(help: "Resolution pages are rendered at for OCR (a scan is never rendered above its own).")
    var dpi: Int = 300

    @Option(help: "Parallel OCR workers (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Password of encrypted PDFs.")
    var password: String?

    @Option(help: "Largest image or rendered page, in megapixels.")
    var maxMegapixels: Int = 100

    func validate() throws {
        guard (36...1200).contains(dpi) else { throw ValidationError("--dpi must be between 36 and 1200") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard maxMegapixels >= 1 else { throw ValidationError("--max-megapixels must be at least 1") }
    }

    var options: IngestOptions {
        IngestOptions(ocr: ocr, language: lang, dpi: dpi, password: password, maxPixels: maxMegapixels * 1_000_000)
    }
}

import Foundation
