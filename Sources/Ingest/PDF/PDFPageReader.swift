import CPoppler
import DocumentModel

/// Reads a PDF page by page: the text layer where it is usable, otherwise a rendered
/// picture for OCR (per page, as `--ocr` says).
final class PDFPageReader: PageReader {
    private let document: PDFDocument
    private let options: IngestOptions
    /// The largest image the file declares, looked up the first time a page is rendered.
    private lazy var declaredImage = DeclaredImageSize.largest(inFileAt: path)
    /// The signature stamp's lines, read from the file once, for the page with the field.
    private lazy var stampLines = SignatureStamp.lines(inFileAt: path)
    private lazy var signed = document.signatureCount > 0
    private let path: String
    /// The file's objects, read the first time a page is: nil when the file is beyond
    /// `PDFObjects` (poppler reads it all the same; supervision bounds what it costs).
    private lazy var objects: PDFObjects? = PDFObjects(path: path)
    private lazy var drawing: PageDrawing? = objects.map(PageDrawing.init)
    private lazy var cost: DrawingCost? = objects.map(DrawingCost.init)

    init(path: String, options: IngestOptions) throws(IngestError) {
        document = try PDFDocument(path: path, password: options.password)
        guard document.pageCount > 0 else { throw .noPages }
        self.options = options
        self.path = path
    }

    var pageCount: Int { document.pageCount }

    var readsPagesIndependently: Bool { true }

    func read(page index: Int) throws(IngestError) -> PageWork {
        let number = index + 1
        guard let pdfPage = document.page(at: index) else {
            throw .pageUnreadable(page: number, reason: "poppler cannot load the page")
        }
        let (width, height) = pdfPage.size
        // A hostile MediaBox (huge, infinite) is refused before anything is laid out or rendered.
        let limits = options.limits
        guard width.isFinite, height.isFinite, max(width, height) <= limits.maxPageSide else {
            throw .pageTooLarge(page: number, width: width, height: height, limit: limits.maxPageSide)
        }
        try checkDrawing(ofPage: index)
        let rawText = pdfPage.text
        // poppler has already built the text by now (it cannot be interrupted), but the
        // boxes, font runs and lines that would follow are not.
        let characters = rawText.unicodeScalars.count
        guard characters <= limits.maxTextPerPage else {
            throw .textTooLong(page: number, characters: characters, limit: limits.maxTextPerPage)
        }
        var layer = PageTextLayer(text: rawText, boxes: pdfPage.characterBoxes, runs: pdfPage.fontRuns)
        var notices: [String] = []
        if TinyGlyphCap.reached(characters: characters, boxes: layer.boxes) { notices.append(TinyGlyphCap.notice(page: number)) }
        // Text no reader sees is no content; the page is judged and read without it.
        if let shows = drawing?.textShowsIfSomeUnseen(ofPage: index, width: width, height: height), !shows.isEmpty {
            layer = layer.removingUnseen(shows)
        }
        if let converted = layer.convertingTCVN3() {
            layer = converted
            notices.append(PageTextLayer.tcvn3Notice)
        }
        // A turned page (`/Rotate`) is laid out by poppler as shown: its text is read upright.
        // Text drawn sideways on a page that is not turned (a landscape table) stays as it is.
        let turn = isTurned(pdfPage, index: index) ? TextTurn.of(layer) : .upright
        var upright = (width: width, height: height)
        if turn != .upright { (layer, upright.width, upright.height) = turn.uprighted(layer, width: width, height: height) }
        let text = layer.text
        let assessment = TextLayerAssessment(
            text: text, pageArea: width * height, always: options.ocr == .always, imageAreas: { pdfPage.imageAreas })
        var shell = Page(number: number, width: width, height: height, source: .text, lines: [])
        shell.notices = notices
        if signed, pdfPage.hasSignatureField, !stampLines.isEmpty { shell.signatureStamp = stampLines }
        let useOCR = options.ocr == .always || (options.ocr == .auto && !assessment.isUsable)
        guard useOCR else {
            var page = shell
            (page.width, page.height) = upright
            let boxes = layer.boxes, runs = layer.runs
            var lines = TextLayerReader(text: text, boxes: boxes, runs: runs).lines()
            if turn != .upright { lines = TurnedPageOrder.lines(lines) }
            page.lines = RaisedNumberJoiner.join(lines)
            // Rules are found as the page is shown; a turned page's tables are left to its text.
            if turn == .upright {
                readTables(of: pdfPage, index: index, into: &page, layer: TextLayerTables(text: text, boxes: boxes, runs: runs))
            }
            return .ready(page)
        }
        // poppler decodes embedded images at their declared size, uninterruptibly.
        if let declared = declaredImage { try checkImage(declared) }
        let nativeDPI = assessment.scanDPI(pdfPage)
        let dpi = try renderResolution(width: width, height: height, page: number, nativeDPI: nativeDPI)
        var page = shell
        page.source = .ocr
        // A page-sized scan is inked edge to edge; any other page is rendered for OCR only
        // where something is drawn, and a page with nothing drawn has nothing to read.
        var region: PDFRect?
        if nativeDPI == nil {
            guard let inked = pdfPage.inkedRegion() else { return .ready(page) }
            region = inked
        }
        guard let image = pdfPage.render(dpi: dpi, region: region) else {
            throw .pageUnreadable(page: number, reason: "poppler cannot render the page")
        }
        return .needsOCR(page: page, image: image)
    }

    /// poppler draws the whole page to read its text or render it, and cannot be stopped
    /// midway: a drawing that fans out (forms drawing forms) or an inline image too large to
    /// decode is refused before poppler starts.
    private func checkDrawing(ofPage index: Int) throws(IngestError) {
        guard let tally = cost?.tally(ofPage: index) else { return }
        guard !tally.tooMany else { throw .drawingTooLarge(page: index + 1, limit: DrawingCost.maximumOperators) }
        if let image = tally.largestInlineImage { try checkImage(image) }
    }

    private func checkImage(_ image: (width: Int, height: Int)) throws(IngestError) {
        guard image.width <= options.limits.maxImageSide, image.height <= options.limits.maxImageSide else {
            throw .imageSideTooLong(width: image.width, height: image.height, limit: options.limits.maxImageSide)
        }
        guard image.width * image.height <= options.maxPixels else {
            throw .imageTooLarge(width: image.width, height: image.height, limit: options.maxPixels)
        }
    }

    /// Whether the page is shown turned (`/Rotate`); without the file's objects, whether poppler
    /// gives it the crop box's sides swapped (a quarter turn).
    private func isTurned(_ pdfPage: PDFPage, index: Int) -> Bool {
        if let rotation = drawing?.rotation(ofPage: index) { return rotation != 0 }
        let size = pdfPage.size, crop = pdfPage.cropBox
        return abs(size.width - crop.height) < 1 && abs(size.height - crop.width) < 1 && abs(size.width - size.height) >= 1
    }

    /// The tables of a text-layer page, read cell by cell: ruled ones, and statistical ones
    /// printed without rules. Only a page whose text stands in columns is looked at: its rules
    /// are read from its drawing (rendering it is the fallback, and costs more than reading
    /// the page's text).
    private func readTables(of pdfPage: PDFPage, index: Int, into page: inout Page, layer: TextLayerTables) {
        guard layer.standsInColumns else { return }
        let rules = drawing?.rules(ofPage: index, width: page.width, height: page.height) ?? renderedRules(pdfPage)
        let grids = RuledGrid.grids(from: rules, slack: TableSettings.renderedSlack)
        let aligned = AlignedColumns.grids(in: layer.bands(), avoiding: grids)
        guard !grids.isEmpty || !aligned.isEmpty else { return }
        let contents = (layer.contents(of: grids) + layer.contents(of: aligned, ruled: false)).filter { !$0.isSideways }
        let (lines, tables) = TableSplicer.splice(page.lines, contents, separator: "")
        guard !tables.isEmpty else { return }
        page.lines = lines
        page.tables = tables
    }

    /// The rules of a rendering of the page, for a file whose drawing is beyond `PageDrawing`.
    /// What poppler prints about a font it cannot draw is caught: the page's text is read all
    /// the same, and the picture is only looked at for its rules.
    private func renderedRules(_ pdfPage: PDFPage) -> [RuleSegment] {
        let (rendered, _) = DecoderMessages.capturing { pdfPage.render(dpi: TableSettings.renderDPI) }
        return rendered.map(RuleFinder.rendered.rules(in:)) ?? []
    }

    /// The requested resolution, lowered to a scan's own resolution (no detail is gained
    /// above it) and to what fits under the pixel cap and the longest-side cap.
    private func renderResolution(width: Double, height: Double, page: Int, nativeDPI: Double?) throws(IngestError) -> Double {
        var dpi = Double(options.dpi)
        if let nativeDPI, nativeDPI >= 150 { dpi = min(dpi, nativeDPI.rounded()) }
        let pixels = width * height * (dpi / 72) * (dpi / 72)
        if pixels > Double(options.maxPixels) {
            dpi = (72 * (Double(options.maxPixels) / (width * height)).squareRoot()).rounded(.down)
        }
        let longestSide = max(width, height)
        if longestSide * dpi / 72 > Double(options.limits.maxImageSide) {
            dpi = (72 * Double(options.limits.maxImageSide) / longestSide).rounded(.down)
        }
        guard dpi >= 36 else {
            throw .pageUnreadable(page: page, reason: "page of \(Int(width))×\(Int(height)) points is too large to render within --max-megapixels and --max-image-side")
        }
        return dpi
    }
}
