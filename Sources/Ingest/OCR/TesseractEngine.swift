import CTesseract
import DocumentModel
import Foundation

/// Owns one tesseract handle. A handle recognises one picture at a time; the pipeline
/// gives each OCR worker its own engine.
public final class TesseractEngine {
    private let handle: OpaquePointer

    public init(language: String) throws(IngestError) {
        let directory = try TessdataLocator.directory(for: language)
        guard let api = TessBaseAPICreate() else { throw .ocrUnavailable("tesseract could not be created") }
        // Quiet tesseract's own diagnostics: errors reach the user through our messages.
        _ = TessBaseAPISetVariable(api, "debug_file", "/dev/null")
        let status = TessBaseAPIInit3(api, directory, language)
        guard status == 0 else {
            TessBaseAPIDelete(api)
            throw .ocrUnavailable("tesseract failed to load '\(language)' from \(directory) (code \(status))")
        }
        // The library defaults to one uniform block of text; full layout analysis (what the
        // tesseract CLI does) keeps scanner noise in the margins out of the text.
        TessBaseAPISetPageSegMode(api, PSM_AUTO)
        handle = api
    }

    deinit {
        TessBaseAPIEnd(handle)
        TessBaseAPIDelete(handle)
    }

    /// Recognises a page picture into lines of words with boxes (in points) and confidences.
    /// With a `timeout` (seconds), tesseract stops at its deadline and the page fails.
    public func recognize(_ image: GrayImage, pageNumber: Int, timeout: Double? = nil) throws(IngestError) -> [Line] {
        guard image.width > 0, image.height > 0 else { return [] }
        setImage(image)
        defer { TessBaseAPIClear(handle) }
        return try recognizeSetImage(image, pageNumber: pageNumber, timeout: timeout.map { ($0, $0) })
    }

    /// Recognises each of `regions` (pixel rectangles of `image`) as one block of text on a
    /// white margin of its own, the way a table's cells are read one by one: page layout
    /// analysis reads a grid of short cells poorly, and a number tight against where a rule
    /// was ("57") comes out as junk ("-YÌ") without the margin. The `timeout` counts for all
    /// regions together; faint grays are paper there.
    /// `digitsOnly` reads numbers alone (`TesseractEngine.numberCharacters`).
    func recognize(
        _ image: GrayImage, regions: [PixelBox], pageNumber: Int, timeout: Double?, digitsOnly: Bool = false
    ) throws(IngestError) -> [[Line]] {
        TessBaseAPISetPageSegMode(handle, PSM_SINGLE_BLOCK)
        if digitsOnly { _ = TessBaseAPISetVariable(handle, "tessedit_char_whitelist", TesseractEngine.numberCharacters) }
        defer {
            TessBaseAPISetPageSegMode(handle, PSM_AUTO)
            if digitsOnly { _ = TessBaseAPISetVariable(handle, "tessedit_char_whitelist", "") }
        }
        let started = ContinuousClock.now
        var out: [[Line]] = []
        for region in regions {
            guard let crop = image.crop(region, margin: TesseractEngine.cellMargin, paperAbove: TesseractEngine.cellPaper) else {
                out.append([])
                continue
            }
            let budget = timeout.map { total in (max(0.001, total - (ContinuousClock.now - started) / .seconds(1)), total) }
            setImage(crop)
            defer { TessBaseAPIClear(handle) }
            out.append(try recognizeSetImage(crop, pageNumber: pageNumber, timeout: budget))
        }
        return out
    }

    /// White pixels put around a cell before it is read.
    static let cellMargin = 10
    /// Grays lighter than this are paper in a cell read alone: the faint trace of a whitened
    /// rule under "27" made tesseract read ";".
    static let cellPaper: UInt8 = 224
    /// What a table's figures are written with.
    static let numberCharacters = "0123456789.,%-"

    private func setImage(_ image: GrayImage) {
        image.pixels.withUnsafeBufferPointer { buffer in
            TessBaseAPISetImage(handle, buffer.baseAddress, Int32(image.width), Int32(image.height), 1, Int32(image.width))
        }
        TessBaseAPISetSourceResolution(handle, Int32(image.dpi.rounded()))
    }

    /// Runs recognition on the picture (or rectangle) set; `timeout` is the time left for this
    /// call and the page's whole timeout, which the error names.
    private func recognizeSetImage(
        _ image: GrayImage, pageNumber: Int, timeout: (left: Double, whole: Double)?
    ) throws(IngestError) -> [Line] {
        let monitor = TessMonitorCreate()
        defer { TessMonitorDelete(monitor) }
        if let timeout {
            TessMonitorSetDeadlineMSecs(monitor, Int32(min(max(0, timeout.left * 1000), Double(Int32.max))))
        }
        OpenMPThreads.confineToCallingThread()
        let started = ContinuousClock.now
        guard TessBaseAPIRecognize(handle, monitor) == 0 else {
            // Tesseract checks its deadline between words only, after layout analysis, so a
            // page may run somewhat past it; the elapsed time tells a timeout from a failure.
            if let timeout, ContinuousClock.now - started >= .milliseconds(Int(timeout.left * 1000)) {
                throw .ocrTimedOut(page: pageNumber, seconds: timeout.whole)
            }
            throw .ocrFailed(page: pageNumber, reason: "tesseract could not recognise the page")
        }
        guard let iterator = TessBaseAPIGetIterator(handle) else { return [] }
        defer { TessResultIteratorDelete(iterator) }
        return OCRLineCollector(
            iterator: iterator, pointsPerPixel: 72 / image.dpi, originX: image.originX, originY: image.originY
        ).lines()
    }
}

/// Walks tesseract's result word by word, starting a new line where tesseract's layout
/// analysis starts one, and copies every word into Swift values.
private struct OCRLineCollector {
    let iterator: OpaquePointer
    let pointsPerPixel: Double
    let originX: Double, originY: Double

    func lines() -> [Line] {
        var lines: [Line] = []
        var words: [Span] = []
        let pageIterator = TessResultIteratorGetPageIterator(iterator)
        repeat {
            if TessPageIteratorIsAtBeginningOf(pageIterator, RIL_TEXTLINE) != 0, !words.isEmpty {
                lines.append(makeLine(words))
                words.removeAll(keepingCapacity: true)
            }
            if let word = word(pageIterator) { words.append(word) }
        } while TessResultIteratorNext(iterator, RIL_WORD) != 0
        if !words.isEmpty { lines.append(makeLine(words)) }
        return lines
    }

    private func word(_ pageIterator: OpaquePointer?) -> Span? {
        guard let raw = TessResultIteratorGetUTF8Text(iterator, RIL_WORD) else { return nil }
        defer { TessDeleteText(raw) }
        let text = String(cString: raw).precomposedStringWithCanonicalMapping
            .trimmingCharacters(in: .whitespacesAndNewlines)
        // Specks in the margin come back as words of nothing; they are not text.
        guard !text.isEmpty else { return nil }
        var left: Int32 = 0, top: Int32 = 0, right: Int32 = 0, bottom: Int32 = 0
        var box: DocumentModel.Box?
        if TessPageIteratorBoundingBox(pageIterator, RIL_WORD, &left, &top, &right, &bottom) != 0 {
            box = DocumentModel.Box(
                x: originX + Double(left) * pointsPerPixel, y: originY + Double(top) * pointsPerPixel,
                width: Double(right - left) * pointsPerPixel, height: Double(bottom - top) * pointsPerPixel)
        }
        let confidence = Double(TessResultIteratorConfidence(iterator, RIL_WORD))
        return Span(text: text, box: box, confidence: confidence)
    }

    private func makeLine(_ words: [Span]) -> Line {
        let box = words.compactMap(\.box).reduce(nil as DocumentModel.Box?) { $0?.union($1) ?? $1 }
        let confidence = words.compactMap(\.confidence).reduce(0, +) / Double(max(words.count, 1))
        // Tesseract's LSTM engine reports no font sizes; the line box height (ascender to
        // descender, stacked Vietnamese marks included) is about 1.15 times the type size.
        let size = box.map { ($0.height / 1.15 * 2).rounded() / 2 }
        return Line(
            text: words.map(\.text).joined(separator: " "), box: box, fontSize: size,
            confidence: confidence, spans: words)
    }
}
