public struct Footnote: Sendable, Hashable, CitingText {
    public var number: Int
    public var text: String
    public var citations: [Citation]
    /// The page its body is printed on; 0 when unknown.
    public var page: Int
    /// Where its body was printed, one box per page; empty without geometry.
    public var boxes: [PageBox] = []
    /// Where each character of its lines was printed; nil without geometry. Not written out.
    public var layout: TextLayout?

    public init(number: Int, text: String, citations: [Citation] = [], page: Int) {
        self.number = number
        self.text = text
        self.citations = citations
        self.page = page
    }
}

extension Footnote: Codable {
    enum CodingKeys: String, CodingKey { case number, text, page, box }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(number, forKey: .number)
        try container.encode(referencedText, forKey: .text)
        try container.encode(page, forKey: .page)
        if !boxes.isEmpty { try container.encode(boxes, forKey: .box) }
    }

    /// The footnote with one more of its lines' places.
    public mutating func place(_ line: TextLayout?, box: PageBox?) {
        if let box { boxes = PageBox.unionByPage(boxes + [box]) }
        guard let line else { return }
        var whole = layout ?? TextLayout()
        whole.append(line)
        layout = whole
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        number = try container.decode(Int.self, forKey: .number)
        (text, citations) = FootnoteReference.read(try container.decode(String.self, forKey: .text))
        page = try container.decode(Int.self, forKey: .page)
        boxes = try container.decodeIfPresent([PageBox].self, forKey: .box) ?? []
    }
}
