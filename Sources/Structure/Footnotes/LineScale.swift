/// Tells footnote-sized lines from body lines. A text layer gives font sizes; OCR only
/// estimates them from box heights, which stacked Vietnamese marks and merged lines
/// disturb, so for OCR the line pitch (distance to the neighbouring lines) counts too:
/// 10 pt footnotes sit about 12 pt apart, 14 pt body lines about 18 pt.
struct LineScale {
    let bodySize: Double
    let bodyPitch: Double?

    init?(lines: [WorkLine]) {
        guard let size = BodyFont.size(of: lines) else { return nil }
        bodySize = size
        var pitches: [Double] = []
        for (above, below) in zip(lines, lines.dropFirst()) where above.page == below.page {
            if let a = above.box, let b = below.box, b.y - a.y > 4, b.y - a.y < size * 3 { pitches.append(b.y - a.y) }
        }
        bodyPitch = pitches.isEmpty ? nil : PageMetrics.percentile(pitches, 0.6)
    }

    /// For each line of one page: set smaller than the body.
    func smallFlags(_ lines: [WorkLine]) -> [Bool] {
        lines.indices.map { i in
            guard let size = lines[i].size else { return false }
            if !lines[i].ocr { return size <= bodySize * 0.86 }
            if size <= bodySize * 0.86 { return true }
            guard let bodyPitch, let box = lines[i].box else { return false }
            var pitches: [Double] = []
            if i > 0, let above = lines[i - 1].box { pitches.append(box.y - above.y) }
            if i + 1 < lines.count, let below = lines[i + 1].box { pitches.append(below.y - box.y) }
            let close = pitches.filter { $0 > 4 }.min()
            return close.map { $0 <= bodyPitch * 0.78 } ?? false
        }
    }

    /// Where the trailing run of small lines starts. OCR may misjudge a single line inside
    /// the run (two footnote lines read as one tall line), so one outlier is passed over.
    func trailingSmallRun(_ lines: [WorkLine]) -> Int {
        let small = smallFlags(lines)
        var start = lines.count
        var i = lines.count - 1
        while i >= 0 {
            if small[i] {
                start = i
            } else if !(lines[i].ocr && i > 0 && small[i - 1] && start == i + 1) {
                break
            }
            i -= 1
        }
        return start
    }
}
