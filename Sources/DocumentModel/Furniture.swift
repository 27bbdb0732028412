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
