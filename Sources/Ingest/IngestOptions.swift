public struct IngestOptions: Sendable {
    public var ocr: OCRPolicy
    /// Resolution pages are rendered at for OCR. A page that is one scanned image is
    /// rendered at the image's own resolution when that is lower: upsampling adds no detail
    /// and costs OCR time.
    public var dpi: Int
    public var password: String?
    /// Largest picture, in pixels, that is decoded or rendered.
    public var maxPixels: Int
    /// The other bounds a hostile input meets (see `IngestLimits`).
    public var limits: IngestLimits
    /// The pages read (`--pages`); nil reads them all.
    public var pages: PageSelection?

    public init(
        ocr: OCRPolicy = .auto, dpi: Int = 300, password: String? = nil,
        maxPixels: Int = 100_000_000, limits: IngestLimits = IngestLimits(), pages: PageSelection? = nil
    ) {
        self.ocr = ocr
        self.dpi = dpi
        self.password = password
        self.maxPixels = maxPixels
        self.limits = limits
        self.pages = pages
    }
}
