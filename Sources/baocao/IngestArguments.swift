import ArgumentParser
import Ingest

extension OCRPolicy: ExpressibleByArgument {}

/// The ingestion flags every command that reads documents shares.
struct IngestArguments: ParsableArguments {
    static let maxJobs = 256

    @Option(help: "When to OCR a page: auto (pages without a usable text layer), always, never.")
    var ocr: OCRPolicy = .auto

    @Option(help: "Tesseract language for OCR.")
    var lang: String = "vie"

    @Option(help: "Resolution pages are rendered at for OCR (a scan is never rendered above its own).")
    var dpi: Int = 300

    // Optional so the help states the default once, in words, not as this machine's count.
    @Option(name: .customLong("jobs"), help: "Parallel OCR workers, documents and PDF readers (default: the number of cores).")
    var jobsOption: Int?

    var jobs: Int { jobsOption ?? ProcessInfo.processInfo.activeProcessorCount }

    @Option(help: "Password of encrypted PDFs.")
    var password: String?

    @Option(help: "Largest image or rendered page, in megapixels.")
    var maxMegapixels: Int = 100

    @Option(help: "Longest side of an image or rendered page, in pixels.")
    var maxImageSide: Int = IngestLimits().maxImageSide

    @Option(help: "Documents with more pages are refused.")
    var maxPages: Int = IngestLimits().maxPages

    @Option(help: "Longest page side, in points (72 to the inch); larger pages are refused.")
    var maxPageSize: Double = IngestLimits().maxPageSide

    @Option(help: "Most characters of text on one page; a longer page is refused.")
    var maxTextPerPage: Int = IngestLimits().maxTextPerPage

    @Option(help: "Seconds OCR may spend on one page; a slower page fails its document.")
    var pageTimeout: Double = IngestLimits().pageTimeout

    func validate() throws {
        guard (36...1200).contains(dpi) else { throw ValidationError("--dpi must be between 36 and 1200") }
        // Bounded: each job is a thread and a tesseract handle (a hundred megabytes).
        guard (1...IngestArguments.maxJobs).contains(jobs) else {
            throw ValidationError("--jobs must be between 1 and \(IngestArguments.maxJobs)")
        }
        // Tesseract crashes on an empty language name: "vie", "vie+eng", never "" or "vie+".
        guard !lang.isEmpty, lang.split(separator: "+", omittingEmptySubsequences: false).allSatisfy({ part in
            !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
        }) else {
            throw ValidationError("--lang must be tesseract language names joined by '+', like vie or vie+eng")
        }
        // Bounded above too: the pixel count is megapixels × 1,000,000 and must not overflow.
        guard (1...1_000_000).contains(maxMegapixels) else {
            throw ValidationError("--max-megapixels must be between 1 and 1000000")
        }
        guard maxImageSide >= 1 else { throw ValidationError("--max-image-side must be at least 1") }
        guard maxPages >= 1 else { throw ValidationError("--max-pages must be at least 1") }
        guard maxPageSize.isFinite, maxPageSize >= 1 else { throw ValidationError("--max-page-size must be at least 1") }
        guard maxTextPerPage >= 1 else { throw ValidationError("--max-text-per-page must be at least 1") }
        guard pageTimeout.isFinite, pageTimeout > 0, pageTimeout <= 86400 else {
            throw ValidationError("--page-timeout must be between 0 and 86400 seconds")
        }
    }

    /// The flags that shape what is read, for the batch manifest: a re-run with another
    /// value does the work again. (Not --jobs, which changes only speed, nor the password.)
    var fingerprint: String {
        "ocr=\(ocr.rawValue) lang=\(lang) dpi=\(dpi) max-megapixels=\(maxMegapixels) max-image-side=\(maxImageSide) "
            + "max-pages=\(maxPages) max-page-size=\(maxPageSize) max-text-per-page=\(maxTextPerPage) "
            + "page-timeout=\(pageTimeout)"
    }

    /// These flags again, for a batch's worker process, with its share of the OCR workers.
    func arguments(jobs childJobs: Int) -> [String] {
        var arguments = [
            "--ocr", ocr.rawValue, "--lang", lang, "--dpi", "\(dpi)", "--jobs", "\(childJobs)",
            "--max-megapixels", "\(maxMegapixels)", "--max-image-side", "\(maxImageSide)", "--max-pages", "\(maxPages)",
            "--max-page-size", "\(maxPageSize)", "--max-text-per-page", "\(maxTextPerPage)",
            "--page-timeout", "\(pageTimeout)",
        ]
        if let password { arguments += ["--password", password] }
        return arguments
    }

    var options: IngestOptions {
        let limits = IngestLimits(
            maxPages: maxPages, maxPageSide: maxPageSize, maxTextPerPage: maxTextPerPage, maxImageSide: maxImageSide,
            pageTimeout: pageTimeout)
        return IngestOptions(
            ocr: ocr, dpi: dpi, password: password, maxPixels: maxMegapixels * 1_000_000, limits: limits)
    }
}

import Foundation
