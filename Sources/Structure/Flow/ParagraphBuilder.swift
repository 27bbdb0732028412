/// Puts body lines together into paragraphs, headings and items. A sentence cut by a
/// page break (and by the footnotes printed between) is rejoined; a heading, a list
/// item or a new paragraph is never glued to the text before it.
struct ParagraphBuilder {
    let lines: [WorkLine]
    let metrics: PageMetrics
    /// The input tells bold from regular (a text layer); OCR and plain text do not.
    let fontsKnown: Bool

    init(lines: [WorkLine]) {
        self.lines = lines
        metrics = PageMetrics(lines: lines)
        fontsKnown = lines.contains { $0.bold && $0.box != nil }
    }

    func blocks() -> [RawBlock] {
        var blocks: [RawBlock] = []
        for line in lines {
            if let current = blocks.last, continues(current, with: line) {
                blocks[blocks.count - 1].append(line)
            } else {
                blocks.append(RawBlock(line))
            }
        }
        return blocks
    }

    func continues(_ block: RawBlock, with line: WorkLine) -> Bool {
        guard let previous = block.lines.last, previous.table == nil, line.table == nil else { return false }
        if ParagraphBuilder.startsStructure(line.cited) || line.markedHeading || previous.markedHeading { return false }
        if ClosingBlock.startsClosing(line.text) { return false }
        let headingLike = HeadingPattern(block.content) != nil && block.lines.count == 1 && !metrics.isFull(previous)
        let cutSentence = !block.isTerminated && Punctuation.startsLowercase(line.text) && !headingLike
        if line.blankBefore { return cutSentence && !block.first.markedHeading && isBodyBlock(block) }
        guard line.hasGeometry, previous.hasGeometry else {
            return continuesPlainText(block, previous, line) || cutSentence || isNumberedLineGoingOn(block, line)
        }
        if isCenteredHeadingGoingOn(block, previous, line) { return true }
        if metrics.isIndented(line) { return false }
        if fontsKnown, line.bold != previous.bold, line.page == previous.page { return false }
        // OCR estimates sizes from box heights, too noisy to mark a change of font.
        if !line.ocr, let a = line.size, let b = previous.size, abs(a - b) > 1.5 { return false }
        if metrics.isSeparated(previous, line) { return false }
        return metrics.isFull(previous) || cutSentence
    }

    /// Hard-wrapped text without indents: a full line goes on, unless it closes a sentence
    /// and a capital follows (which ends paragraphs more often than not), or it is a heading
    /// and the next line starts with a capital. Headings in capitals wrap onto lines in
    /// capitals, full or not (centred parts).
    private func continuesPlainText(_ block: RawBlock, _ previous: WorkLine, _ line: WorkLine) -> Bool {
        let capital = line.text.first?.isUppercase == true
        // An article's title line ends where a capital starts the next line, as a heading's does.
        let pattern = HeadingPattern(block.content)
            ?? LegalHeading(block.text).map { HeadingPattern(level: $0.level, label: $0.label, text: $0.text) }
        let headingText = pattern?.body ?? Substring(block.text)
        // The line first, and the growing block only up to its first small letter: testing it
        // whole after each line would cost the square of its length.
        let inCapitals = line.text == line.text.uppercased() && !headingText.isEmpty
            && !headingText.contains { String($0).uppercased() != String($0) }
        // A numbering alone on its line starts the heading of the line after it
        // (`isNumberedLineGoingOn`): neither a finished sentence nor a heading in capitals before
        // it goes on into it ("COVID-" and "19." do).
        let bareNumbering = HeadingPattern.isBareNumbering(line.text)
        if bareNumbering, Punctuation.endsSentence(previous.text) { return false }
        if pattern != nil, inCapitals, !block.isTerminated, line.text.count < 80, !bareNumbering {
            return true
        }
        let sentenceEnds = previous.text.hasSuffix(".") && capital
        let headingEnds = pattern != nil && capital && !inCapitals
        return metrics.isFull(previous) && !sentenceEnds && !headingEnds
    }

    /// A plain-text line holding only a heading's numbering ("II.") and the line right after it
    /// ("CÔNG TÁC TIẾP CÔNG DÂN", "Tố cáo đối với đảng viên") are one heading: a page or converter
    /// that breaks at every full stop put them apart.
    private func isNumberedLineGoingOn(_ block: RawBlock, _ line: WorkLine) -> Bool {
        block.lines.count == 1 && HeadingPattern.isBareNumbering(block.text) && line.text.first?.isUppercase == true
    }

    /// A centred heading ("Phần thứ hai …") wrapped onto a second centred line in the same font.
    private func isCenteredHeadingGoingOn(_ block: RawBlock, _ previous: WorkLine, _ line: WorkLine) -> Bool {
        guard HeadingPattern(block.content) != nil, !block.isTerminated, line.page == previous.page else { return false }
        guard line.bold == previous.bold, line.ocr || line.size == previous.size else { return false }
        return (metrics.isCentered(previous) || metrics.isFull(previous)) && metrics.isCentered(line)
    }

    /// A paragraph or item, not a heading: only those take a cut sentence's rest.
    private func isBodyBlock(_ block: RawBlock) -> Bool {
        HeadingPattern(block.content) == nil || block.text.count > 400
    }

    /// The line opens a heading or a list item: a numbering or marker, then a capital; or a
    /// unit of a legal text ("Điều 5.", "Chương II"), quoted or not.
    static func startsStructure(_ line: CitedText) -> Bool {
        if LegalHeading(line.text) != nil { return true }
        if QuoteDepth.opens(line.text) {
            let unquoted = String(line.text.dropFirst())
            if LegalHeading(unquoted) != nil || HeadingPattern(unquoted).map({ LegalItem.levels.contains($0.level) }) == true {
                return true
            }
        }
        if let heading = HeadingPattern(line) ?? LegalItem.repaired(line.text).flatMap(HeadingPattern.init) {
            return heading.level == .part || heading.text.first?.isUppercase == true || heading.text.first?.isNumber == true
        }
        if let item = ItemMarker.split(line.text) {
            return !Punctuation.startsLowercase(item.text)
        }
        return false
    }
}
