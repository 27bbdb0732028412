public enum BlockKind: String, Sendable, Codable {
    case heading, paragraph, item, closing
}

public struct Block: Sendable, Hashable, CitingText {
    public var kind: BlockKind
    /// Text without the heading label or the item marker, and without call marks.
    public var text: String
    public var citations: [Citation]
    public var level: HeadingLevel?
    /// Heading label without trailing punctuation: "III", "4.2", "a", "Phần thứ nhất".
    public var label: String?
    /// List item marker as written: "-", "+", "*", "a)".
    public var marker: String?
    /// Dotted label path of the enclosing section, "III.4.2".
    public var section: String
    /// The pages the block stands on; nil when unknown.
    public var pages: PageRange?

    public init(
        kind: BlockKind, text: String, citations: [Citation] = [], level: HeadingLevel? = nil, label: String? = nil,
        marker: String? = nil, section: String = "", pages: PageRange? = nil
    ) {
        self.kind = kind
        self.text = text
        self.citations = citations
        self.level = level
        self.label = label
        self.marker = marker
        self.section = section
        self.pages = pages
    }
}

extension Block: Codable {
    enum CodingKeys: String, CodingKey { case kind, text, level, label, marker, section, pages }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(referencedText, forKey: .text)
        try container.encodeIfPresent(level, forKey: .level)
        try container.encodeIfPresent(label, forKey: .label)
        try container.encodeIfPresent(marker, forKey: .marker)
        try container.encode(section, forKey: .section)
        try container.encode(pages?.bounds ?? [], forKey: .pages)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(BlockKind.self, forKey: .kind)
        (text, citations) = FootnoteReference.read(try container.decode(String.self, forKey: .text))
        level = try container.decodeIfPresent(HeadingLevel.self, forKey: .level)
        label = try container.decodeIfPresent(String.self, forKey: .label)
        marker = try container.decodeIfPresent(String.self, forKey: .marker)
        section = try container.decode(String.self, forKey: .section)
        pages = PageRange(bounds: try container.decode([Int].self, forKey: .pages))
    }
}
