public struct Footnote: Sendable, Hashable, CitingText {
    public var number: Int
    public var text: String
    public var citations: [Citation]
    /// The page its body is printed on; 0 when unknown.
    public var page: Int

    public init(number: Int, text: String, citations: [Citation] = [], page: Int) {
        self.number = number
        self.text = text
        self.citations = citations
        self.page = page
    }
}

extension Footnote: Codable {
    enum CodingKeys: String, CodingKey { case number, text, page }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(number, forKey: .number)
        try container.encode(referencedText, forKey: .text)
        try container.encode(page, forKey: .page)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        number = try container.decode(Int.self, forKey: .number)
        (text, citations) = FootnoteReference.read(try container.decode(String.self, forKey: .text))
        page = try container.decode(Int.self, forKey: .page)
    }
}
