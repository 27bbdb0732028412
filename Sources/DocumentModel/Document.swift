/// The structured document, JSON schema `baocao.document/1`.
public struct Document: Sendable, Codable {
    public static let schemaName = "baocao.document/1"

    public var schema: String
    public var source: SourceInfo
    /// Issuer, number, date, type, subject, signer…; nil when no structure stage read them.
    public var meta: DocumentMetadata?
    public var title: [String]
    public var blocks: [Block]
    public var footnotes: [Footnote]
    public var furniture: [Furniture]
    public var figures: [Figure]

    public init(
        source: SourceInfo, title: [String] = [], blocks: [Block] = [], footnotes: [Footnote] = [],
        furniture: [Furniture] = [], figures: [Figure] = [], meta: DocumentMetadata? = nil
    ) {
        self.schema = Document.schemaName
        self.source = source
        self.meta = meta
        self.title = title
        self.blocks = blocks
        self.footnotes = footnotes
        self.furniture = furniture
        self.figures = figures
    }
}

public struct SourceInfo: Sendable, Codable, Hashable {
    public var path: String
    public var sha256: String
    public var pages: Int

    public init(path: String, sha256: String, pages: Int) {
        self.path = path
        self.sha256 = sha256
        self.pages = pages
    }
}

public enum BlockKind: String, Sendable, Codable {
    case heading, paragraph, item, closing
}

public struct Block: Sendable, Codable, Hashable {
    public var kind: BlockKind
    /// Text without the heading label; footnote references as `[^N]`.
    public var text: String
    /// Heading level: 0 "Phần thứ …", 1 "I.", 2 "1.", 3 "1.1.", 4 "1.1.1.", 5 "a)".
    public var level: Int?
    /// Heading label without trailing punctuation: "III", "4.2", "a", "Phần thứ nhất".
    public var label: String?
    /// List item marker as written: "-", "+", "*", "a)".
    public var marker: String?
    /// Dotted label path of the enclosing section, "III.4.2".
    public var section: String
    /// First and last page the block stands on.
    public var pages: [Int]

    public init(
        kind: BlockKind, text: String, level: Int? = nil, label: String? = nil, marker: String? = nil,
        section: String = "", pages: [Int] = []
    ) {
        self.kind = kind
        self.text = text
        self.level = level
        self.label = label
        self.marker = marker
        self.section = section
        self.pages = pages
    }
}

public struct Footnote: Sendable, Codable, Hashable {
    public var number: Int
    public var text: String
    public var page: Int

    public init(number: Int, text: String, page: Int) {
        self.number = number
        self.text = text
        self.page = page
    }
}

/// Page furniture taken out of the text: page numbers, running headers and footers.
public struct Furniture: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable { case pageNumber = "page_number", header, footer }
    public var kind: Kind
    public var text: String
    public var page: Int

    public init(kind: Kind, text: String, page: Int) {
        self.kind = kind
        self.text = text
        self.page = page
    }
}
