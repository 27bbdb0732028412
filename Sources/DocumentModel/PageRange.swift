/// The first and last page something stands on (1-based).
public struct PageRange: Sendable, Hashable {
    public var first: Int
    public var last: Int

    public init(first: Int, last: Int) {
        self.first = first
        self.last = last
    }

    /// One page.
    public init(_ page: Int) {
        self.init(first: page, last: page)
    }

    /// From the JSON's `[first, last]`; `[page]` is one page, `[]` none.
    public init?(bounds: [Int]) {
        guard let first = bounds.first, let last = bounds.last else { return nil }
        self.init(first: first, last: last)
    }

    /// `[first, last]`, as the JSON writes it.
    public var bounds: [Int] { [first, last] }
}
