/// The structured document, JSON schema `baocao.document/1`. Its `Codable` conformance is the
/// schema's one definition: keys in the order they are written, calls as `[^N]` in text.
public struct Document: Sendable, Hashable, Codable {
    public static let schemaName = "baocao.document/1"

    public var schema: String
    public var source: SourceInfo
    /// Issuer, number, date, type, subject, signer…; nil when no structure stage read them.
    public var meta: DocumentMetadata?
    public var title: [TitleLine]
    public var blocks: [Block]
    public var footnotes: [Footnote]
    public var furniture: [Furniture]
    public var figures: [Figure]

    public init(
        source: SourceInfo, title: [TitleLine] = [], blocks: [Block] = [], footnotes: [Footnote] = [],
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
