import DocumentModel

/// Separates footnote bodies from the body text: from layout where there is one (a
/// smaller font at the bottom of the page), from text alone where there is not (a
/// paragraph or page-bottom line that starts with the next footnote number).
/// A footnote body that continues at the bottom of the next page is joined.
struct FootnoteSeparator {
    let pages: [[WorkLine]]

    func split() -> (body: [WorkLine], footnotes: [Footnote], bodyLinesBefore: [Int]) {
        let scale = LineScale(lines: pages.flatMap { $0 })
        var collector = FootnoteCollector()
        var body: [WorkLine] = []
        var noteSize: Double?
        for lines in pages {
            let zoneStart = scale.flatMap {
                footnoteZoneStart(lines, scale: $0, noteSize: noteSize, open: collector.isOpen(onPage: lines.first?.page ?? 0),
                    lastNumber: collector.footnotes.last?.number)
            }
            if let zoneStart, noteSize == nil { noteSize = lines[zoneStart].size }
            let right = PageMetrics.percentile(lines.compactMap { $0.box?.maxX }, 0.9)
            for (i, line) in lines.enumerated() {
                if let zoneStart, i >= zoneStart {
                    collector.addZoneLine(
                        line, full: line.box.map { $0.maxX >= right - 25 } ?? false,
                        continuing: i > zoneStart || collector.isOpen(onPage: line.page))
                } else if scale == nil, collector.continuesOrStarts(line) {
                    continue
                } else {
                    collector.closeTextFootnote()
                    body.append(line)
                    collector.bodyCount = body.count
                }
            }
            collector.closeTextFootnote()
        }
        return (body, collector.footnotes, collector.bodyLinesBefore)
    }

    /// Where the trailing run of small-font lines starts, if it is a footnote area: it
    /// begins with a footnote number, or continues a footnote from the page before.
    private func footnoteZoneStart(
        _ lines: [WorkLine], scale: LineScale, noteSize: Double?, open: Bool, lastNumber: Int?
    ) -> Int? {
        var start = scale.trailingSmallRun(lines)
        // A separator rule right at the edge of the small print marks where footnotes begin.
        if let rule = lines.lastIndex(where: \.ruleBefore), rule >= start - 2, rule <= start + 2, rule < lines.count {
            start = rule
        }
        // OCR may merge a footnote's first line with its raised number into one tall line;
        // digits glued to a capital ("7Quyết định") start a footnote wherever they stand.
        while start > 0, lines[start - 1].ocr, let marker = LeadingMarker(lines[start - 1]), marker.glued {
            start -= 1
        }
        // OCR may judge the short last line of a paragraph small: a lowercase line that
        // neither carries a number nor continues an open footnote is body text.
        while start < lines.count, lines[start].ocr, !open, !lines[start].ruleBefore, LeadingMarker(lines[start]) == nil,
            Punctuation.startsLowercase(lines[start].text) || lines[start].text.first?.isNumber == true
        {
            start += 1
        }
        guard start < lines.count else { return nil }
        let zone = lines[start...]
        if zone.contains(where: { ClosingBlock.startsClosing($0.text) }) { return nil }
        // Footnotes keep one size through the document; the closing block's small print differs.
        if let noteSize, let size = lines[start].size, !lines[start].ocr, abs(size - noteSize) > 0.75 { return nil }
        // The zone must sit below the body text, not be a page of small print.
        if start == 0, !open, LeadingMarker(lines[start]) == nil { return nil }
        if LeadingMarker(lines[start]) != nil || open { return start }
        // OCR may have mangled the first number: accept when a later line carries the
        // next one, written as a marker or glued to its text.
        let next = (lastNumber ?? 0) + 1
        let carriesNext = zone.contains { line in
            guard let marker = LeadingMarker(line), marker.form == .explicit || marker.glued else { return false }
            return marker.number == next || marker.number == next + 1
        }
        return carriesNext ? start : nil
    }
}

/// The body's font size: the size most characters are set in.
enum BodyFont {
    static func size(of lines: [WorkLine]) -> Double? {
        var weight: [Double: Int] = [:]
        var sized = 0
        for line in lines {
            guard let size = line.size else { continue }
            sized += 1
            weight[(size * 2).rounded() / 2, default: 0] += line.text.count
        }
        guard sized * 2 > lines.count else { return nil }
        return weight.max { $0.value < $1.value }?.key
    }
}
