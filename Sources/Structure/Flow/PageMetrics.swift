import DocumentModel

/// The text frame of each page, measured from its body lines: where lines start
/// (the left margin) and where a full justified line ends (the right margin).
/// Plain text has no frame; there the typical line length stands in for it.
struct PageMetrics {
    private var left: [Int: Double] = [:]
    private var right: [Int: Double] = [:]
    private var spacing: [Int: Double] = [:]
    /// The length of a full line of hard-wrapped plain text.
    private(set) var fullLength: Int = .max

    init(lines: [WorkLine]) {
        // A table's outline says nothing of the text frame.
        let lines = lines.filter { $0.table == nil }
        let byPage = Dictionary(grouping: lines, by: \.page)
        let all = lines.compactMap(\.box)
        for (page, pageLines) in byPage {
            // A page with few lines borrows the frame of the whole document.
            let own = pageLines.compactMap(\.box)
            let boxes = own.count >= 3 ? own : all
            guard boxes.count >= 2 else { continue }
            left[page] = PageMetrics.percentile(boxes.map(\.x), 0.1)
            right[page] = PageMetrics.percentile(boxes.map(\.maxX), 0.9)
            let gaps = zip(boxes, boxes.dropFirst()).map { $1.y - $0.y }.filter { $0 > 0 }
            if !gaps.isEmpty { spacing[page] = PageMetrics.percentile(gaps, 0.5) }
        }
        let lengths = lines.filter { $0.box == nil }.map { Double($0.text.count) }
        if lengths.count >= 5 {
            let typical = PageMetrics.percentile(lengths, 0.75)
            // Converter output with one paragraph per line has no wrap length at all.
            if typical < 140 { fullLength = Int(typical * 0.8) }
        }
    }

    /// The line begins further right than the page's lines do: a first-line indent.
    func isIndented(_ line: WorkLine) -> Bool {
        guard let box = line.box, let margin = left[line.page] else { return false }
        return box.x > margin + max(10, (line.size ?? 12) * 0.9)
    }

    /// The line runs to the right margin, so its paragraph goes on.
    func isFull(_ line: WorkLine) -> Bool {
        if let box = line.box, let margin = right[line.page] {
            return box.maxX >= margin - max(12, (line.size ?? 12) * 1.5)
        }
        return line.box == nil && line.text.count >= fullLength
    }

    /// The line is centred in the text frame (a title or a part heading).
    func isCentered(_ line: WorkLine) -> Bool {
        guard let box = line.box, let l = left[line.page], let r = right[line.page] else { return false }
        let leftGap = box.x - l, rightGap = r - box.maxX
        return leftGap > 20 && rightGap > 20 && abs(leftGap - rightGap) < max(12, (line.size ?? 12))
    }

    /// An empty band between the two lines, wider than the page's line spacing allows.
    func isSeparated(_ above: WorkLine, _ below: WorkLine) -> Bool {
        guard above.page == below.page, let a = above.box, let b = below.box, let step = spacing[below.page] else {
            return false
        }
        return b.y - a.y > step * 1.6
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let index = Int((Double(sorted.count - 1) * p).rounded())
        return sorted[index]
    }
}
