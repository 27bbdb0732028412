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
