/// One line of the title block ("Số: 12/BC-UBND", "BÁO CÁO"), written in the JSON as a string.
public struct TitleLine: Sendable, Hashable, CitingText, ExpressibleByStringLiteral {
    public var text: String
    public var citations: [Citation]

    public init(text: String, citations: [Citation] = []) {
        self.text = text
        self.citations = citations
    }

    public init(stringLiteral text: String) {
        self.init(text: text)
    }
}

extension TitleLine: Codable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(referencedText)
    }

    public init(from decoder: any Decoder) throws {
        let (text, citations) = FootnoteReference.read(try decoder.singleValueContainer().decode(String.self))
        self.init(text: text, citations: citations)
    }
}
