/// A rectangle on a page in PDF points (1/72 inch), origin at the top-left corner.
///
/// OCR boxes are converted from pixels at the rendering resolution so that every stage
/// compares text layer and OCR geometry in the same unit.
public struct Box: Sendable, Hashable, Codable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var maxX: Double { x + width }
    public var maxY: Double { y + height }

    enum CodingKeys: String, CodingKey { case x, y, width, height }

    /// Hundredths of a point are far below what any layout decision looks at, and keep
    /// the JSON readable.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode((x * 100).rounded() / 100, forKey: .x)
        try container.encode((y * 100).rounded() / 100, forKey: .y)
        try container.encode((width * 100).rounded() / 100, forKey: .width)
        try container.encode((height * 100).rounded() / 100, forKey: .height)
    }

    /// The smallest box holding both.
    public func union(_ other: Box) -> Box {
        let minX = min(x, other.x), minY = min(y, other.y)
        return Box(x: minX, y: minY, width: max(maxX, other.maxX) - minX, height: max(maxY, other.maxY) - minY)
    }
}

/// Where the text of a page came from.
public enum PageSource: String, Sendable, Codable {
    /// The PDF's own text layer, or a plain text file.
    case text
    /// Recognised by tesseract from pixels.
    case ocr
}

/// A run of text with uniform attributes: a font run of a PDF text layer, or one OCR word.
public struct Span: Sendable, Hashable, Codable {
    public var text: String
    public var box: Box?
    public var fontSize: Double?
    public var fontName: String?
    public var bold: Bool
    public var italic: Bool
    /// OCR word confidence, 0...100; nil for a text layer.
    public var confidence: Double?
    /// A text layer's character edges: where each scalar of `text` starts and ends, two values
    /// a scalar, in points. Not written to the pages JSON (it would double its size for what
    /// `box` already summarises); nil for OCR words.
    public var edges: [Double]?

    enum CodingKeys: String, CodingKey { case text, box, fontSize, fontName, bold, italic, confidence }

    public init(
        text: String, box: Box? = nil, fontSize: Double? = nil, fontName: String? = nil,
        bold: Bool = false, italic: Bool = false, confidence: Double? = nil, edges: [Double]? = nil
    ) {
        self.text = text
        self.box = box
        self.fontSize = fontSize
        self.fontName = fontName
        self.bold = bold
        self.italic = italic
        self.confidence = confidence
        self.edges = edges
    }
}

/// One line of a page in reading order.
public struct Line: Sendable, Hashable, Codable {
    public var text: String
    public var box: Box?
    /// The dominant font size of the line (the size of most of its characters).
    public var fontSize: Double?
    /// True when most of the line's letters are bold (or italic).
    public var bold: Bool
    public var italic: Bool
    /// Mean OCR word confidence, 0...100; nil for a text layer.
    public var confidence: Double?
    /// The line's runs: font runs for a text layer, words for OCR. Empty for plain text input.
    public var spans: [Span]
    /// The text as read, when diacritic restoration changed it: the review page shows both.
    /// Not written to the pages JSON, which keeps the text every stage read.
    public var beforeRestoration: String?

    enum CodingKeys: String, CodingKey { case text, box, fontSize, bold, italic, confidence, spans }

    public init(
        text: String, box: Box? = nil, fontSize: Double? = nil, bold: Bool = false,
        italic: Bool = false, confidence: Double? = nil, spans: [Span] = []
    ) {
        self.text = text
        self.box = box
        self.fontSize = fontSize
        self.bold = bold
        self.italic = italic
        self.confidence = confidence
        self.spans = spans
    }
}

/// One page as ingestion produced it. Pages flow through the pipeline one at a time.
public struct Page: Sendable, Hashable, Codable {
    /// 1-based page number in the source.
    public var number: Int
    /// Page size in points; zero for plain text input.
    public var width: Double
    public var height: Double
    public var source: PageSource
    /// Mean OCR confidence of the page, 0...100; nil for a text layer.
    public var confidence: Double?
    public var lines: [Line]
    /// The tables found on the page, nil when there are none (so a page without tables reads
    /// in the pages JSON as it always did).
    public var tables: [PageTable]?
    /// The lines a digital signature's stamp draws on this page ("Ký bởi: …", "Cơ quan: …",
    /// "Ngày ký: …"): a widget over the page, not its text; nil when the page has none.
    public var signatureStamp: [String]?
    /// What reading the page had to leave out or change that the user should hear about, a
    /// line each (poppler dropped glyphs past its cap; the text layer was converted from a
    /// legacy encoding); told once per document and kept in the manifest, never written into
    /// an output.
    public var notices: [String] = []

    /// Every stored property but `notices`, which is for the user and not for the pages JSON.
    enum CodingKeys: String, CodingKey {
        case number, width, height, source, confidence, lines, tables, signatureStamp
    }

    public init(
        number: Int, width: Double = 0, height: Double = 0, source: PageSource,
        confidence: Double? = nil, lines: [Line], tables: [PageTable]? = nil, signatureStamp: [String]? = nil
    ) {
        self.number = number
        self.width = width
        self.height = height
        self.source = source
        self.confidence = confidence
        self.lines = lines
        self.tables = tables
        self.signatureStamp = signatureStamp
    }

    /// The page's text, one line per line.
    public var text: String { lines.map(\.text).joined(separator: "\n") }
}
