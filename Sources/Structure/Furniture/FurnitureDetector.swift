import DocumentModel

/// Finds page furniture: page numbers at the top or bottom of a page and running
/// headers or footers that repeat across pages. They leave the text and are kept
/// as `Furniture` with their page.
struct FurnitureDetector {
    /// Lines per page, in page order.
    let pages: [[WorkLine]]
    /// Page heights in points, zero when unknown.
    let heights: [Double]

    func split() -> (pages: [[WorkLine]], furniture: [Furniture]) {
        let repeated = repeatedEdgeTexts()
        var furniture: [Furniture] = []
        var kept: [[WorkLine]] = []
        for (index, lines) in pages.enumerated() {
            var keep: [WorkLine] = []
            // The gazette's own print goes first; the lines next to it are the page's edges then.
            let gazette = GazetteFurniture.indices(in: lines.map(\.text))
            let edges = edgeIndices(lines.count).union(edgeIndices(of: lines.indices.filter { !gazette.contains($0) }))
            for (i, line) in lines.enumerated() {
                let isTop = i < lines.count / 2 || i == 0
                if gazette.contains(i) {
                    furniture.append(Furniture(kind: isTop ? .header : .footer, text: line.text, page: line.page))
                    continue
                }
                guard edges.contains(i), line.table == nil else {
                    keep.append(line)
                    continue
                }
                if isPageNumber(line, at: i, of: lines, pageIndex: index) {
                    furniture.append(Furniture(kind: .pageNumber, text: line.furnitureText, page: line.page))
                } else if repeated.contains(FurnitureDetector.shape(line.text)) {
                    furniture.append(Furniture(kind: isTop ? .header : .footer, text: line.furnitureText, page: line.page))
                } else {
                    keep.append(line)
                }
            }
            kept.append(keep)
        }
        return (kept, furniture)
    }

    /// The first two and last two of the given line indices.
    private func edgeIndices(of indices: [Int]) -> Set<Int> {
        Set(indices.prefix(2) + indices.suffix(2))
    }

    /// The first two and last two lines of a page.
    private func edgeIndices(_ count: Int) -> Set<Int> {
        Set([0, 1, count - 2, count - 1].filter { $0 >= 0 && $0 < count })
    }

    private func isPageNumber(_ line: WorkLine, at i: Int, of lines: [WorkLine], pageIndex: Int) -> Bool {
        guard let value = FurnitureDetector.pageNumberValue(line.text) else { return false }
        let height = heights.indices.contains(pageIndex) ? heights[pageIndex] : 0
        if let box = line.box, height > 0 {
            // A number alone in the top or bottom margin band of the page.
            return box.y < height * 0.12 || box.maxY > height * 0.88
        }
        // Plain text: the very first or last line, numbered like the page.
        guard i == 0 || i == lines.count - 1, pages.count > 1 else { return false }
        return abs(value - line.page) <= 2
    }

    /// "12", "- 12 -", "Trang 12" → 12.
    static func pageNumberValue(_ text: String) -> Int? {
        var core = text.trimmingWhitespace()
        if core.lowercased().hasPrefix("trang") { core = String(core.dropFirst(5)) }
        core = String(core.filter { !"-–—() ".contains($0) })
        guard !core.isEmpty, core.count <= 4, core.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(core)
    }

    /// Edge lines whose digit-masked text recurs on many pages.
    private func repeatedEdgeTexts() -> Set<String> {
        guard pages.count >= 3 else { return [] }
        var counts: [String: Set<Int>] = [:]
        for (index, lines) in pages.enumerated() {
            for i in edgeIndices(lines.count) where lines[i].table == nil {
                let shape = FurnitureDetector.shape(lines[i].text)
                guard shape.count >= 4 else { continue }
                counts[shape, default: []].insert(index)
            }
        }
        let needed = max(3, pages.count * 2 / 5)
        return Set(counts.filter { $0.value.count >= needed }.keys)
    }

    /// Text with digits masked, so "Trang 3/12" and "Trang 4/12" look alike.
    static func shape(_ text: String) -> String {
        String(text.lowercased().map { $0.isNumber ? "#" : $0 })
    }
}

extension WorkLine {
    /// Furniture keeps its text as printed, a reference mark as written.
    fileprivate var furnitureText: String {
        let rendered = self.rendered
        return FootnoteReference.write(rendered.text, citations: rendered.calls)
    }
}
