/// Where something stands in the source: a page and a rectangle on it in points, origin
/// top-left. The one type every stage uses to say where a block, a footnote, a figure or a
/// table cell was printed, so a reviewer can be shown it on the page.
public struct PageBox: Sendable, Hashable {
    /// 1-based page number in the source.
    public var page: Int
    public var box: Box

    public init(page: Int, box: Box) {
        self.page = page
        self.box = box
    }

    /// One box per page, in page order: the union of the boxes standing on it.
    public static func unionByPage(_ boxes: some Sequence<PageBox>) -> [PageBox] {
        var merged: [PageBox] = []
        for placed in boxes {
            if let index = merged.firstIndex(where: { $0.page == placed.page }) {
                merged[index].box = merged[index].box.union(placed.box)
            } else {
                merged.append(placed)
            }
        }
        return merged.sorted { $0.page < $1.page }
    }
}

/// Written flat, `{"page", "x", "y", "width", "height"}`, the box's numbers rounded as `Box` rounds them.
extension PageBox: Codable {
    enum CodingKeys: String, CodingKey { case page }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(page, forKey: .page)
        try box.encode(to: encoder)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        page = try container.decode(Int.self, forKey: .page)
        box = try Box(from: decoder)
    }
}
