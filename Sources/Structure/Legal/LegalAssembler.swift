import DocumentModel

/// Gives the blocks of a legal text their kinds: parts, chapters, sections and articles as
/// headings (levels 0–3), clauses "1." and points "a)" as labelled items (levels 4, 5),
/// quoted amending text as paragraphs, the signature block as closing, and after it the
/// annexes ("Phụ lục I", level 0) whose content keeps a report's tree.
struct LegalAssembler {
    let fontsKnown: Bool
    /// Consecutive title blocks a chapter, section or annex label takes: its name in capitals.
    static let maxTitleBlocks = 3
    /// Blocks looked through for the numbering after an article's "I.".
    static let clauseLookahead = 30

    func assemble(_ raw: [RawBlock]) -> [Block] {
        var state = State(fontsKnown: fontsKnown)
        var index = 0
        while index < raw.count {
            index = state.take(raw, at: index)
        }
        return state.blocks
    }

    private struct State {
        let fontsKnown: Bool
        var blocks: [Block] = []
        var path = LegalPath()
        var quotes = QuoteDepth()
        var lastArticle: Int?
        var inArticle = false
        /// The last point of the clause going on, for the one due after it.
        var lastPoint: Character?
        /// Whether the article going on has had a clause.
        var clauseSeen = false
        var mode = Mode.body
        var annex: AnnexAssembler

        enum Mode { case body, closing, annex }

        init(fontsKnown: Bool) {
            self.fontsKnown = fontsKnown
            annex = AnnexAssembler(fontsKnown: fontsKnown)
        }

        /// Takes the block at `index` (and the title blocks a heading owns); returns the next index.
        mutating func take(_ raw: [RawBlock], at index: Int) -> Int {
            let block = raw[index]
            if let table = block.table {
                let section = mode == .annex ? annex.section : path.path
                blocks.append(Block(kind: .table, text: "", section: section, pages: block.pages, table: table).placed(block))
                return index + 1
            }
            let text = block.text
            if let annex = LegalHeading(text), annex.kind == .annex, !quotes.isQuoted(text) || mode != .body {
                return startAnnex(annex, raw, at: index)
            }
            switch mode {
            case .annex:
                annexContent(block)
                return index + 1
            case .closing:
                append(.closing, text, block)
                return index + 1
            case .body:
                break
            }
            let quoted = quotes.isQuoted(text)
            if !quoted, SignatureBlock.starts(raw, at: index) {
                mode = .closing
                append(.closing, text, block)
                return index + 1
            }
            if let heading = LegalHeading(text) ?? headingAfterSpeck(text), heading.kind != .annex,
                !quoted || isOwnArticle(heading)
            {
                if quoted { quotes.close() }
                quotes.advance(past: text)
                return startUnit(heading, raw, at: index)
            }
            quotes.advance(past: text)
            if !quoted, inArticle, let item = point(block) ?? firstClause(raw, at: index) ?? LegalItem.pattern(of: block.content),
                let level = LegalItem.level(of: item)
            {
                path.enter(level: level, label: item.label)
                lastPoint = level == .point ? item.label.first : nil
                clauseSeen = clauseSeen || level == .clause
                blocks.append(
                    Block(
                        kind: .item, text: item.text, citations: block.content.suffix(item.text).calls, level: level,
                        label: item.label, section: path.path, pages: block.pages).placed(block))
            } else if let item = ItemMarker.split(text) {
                blocks.append(
                    Block(
                        kind: .item, text: item.text, citations: block.content.suffix(item.text).calls, marker: item.marker,
                        section: path.path, pages: block.pages).placed(block))
            } else {
                append(.paragraph, text, block)
            }
            return index + 1
        }

        /// Before the first article, a unit's label after a speck OCR read as a dash (the rule
        /// under the title: "- Chương I"); no list names a chapter there.
        private func headingAfterSpeck(_ text: String) -> LegalHeading? {
            guard lastArticle == nil, let item = ItemMarker.split(text) else { return nil }
            return LegalHeading(item.text)
        }

        /// An article's first clause read as a roman "I." ("1." with its foot lost): the next
        /// numbering is "2."; a section "I." inside an article goes on with "1." or "II.".
        private func firstClause(_ raw: [RawBlock], at index: Int) -> HeadingPattern? {
            guard !clauseSeen, let pattern = HeadingPattern(raw[index].content), pattern.level == .roman,
                pattern.label == "I"
            else { return nil }
            for next in raw[(index + 1)...].prefix(LegalAssembler.clauseLookahead) {
                if LegalHeading(next.text) != nil { return nil }
                guard let following = HeadingPattern(next.content) else { continue }
                // A section "I." has its own "1." under it; a clause 1 is followed by clause 2.
                if following.level == .number {
                    return following.label == "2" ? HeadingPattern(level: .number, label: "1", text: pattern.text) : nil
                }
                if following.level == .roman { return nil }
            }
            return nil
        }

        /// The point due after the last one, when OCR misread its label.
        private func point(_ block: RawBlock) -> HeadingPattern? {
            lastPoint.flatMap { LegalItem.duePoint(block.text, after: $0) }
        }

        /// An unquoted-looking article that carries on this document's numbering closes a
        /// quote left open by a stray mark.
        private func isOwnArticle(_ heading: LegalHeading) -> Bool {
            guard heading.kind == .article, let number = heading.number, let lastArticle else { return false }
            return number == lastArticle + 1 && !QuoteDepth.opens(heading.label)
        }

        private mutating func startUnit(_ heading: LegalHeading, _ raw: [RawBlock], at index: Int) -> Int {
            var next = index + 1
            var title = raw[index].content.suffix(heading.text)
            if heading.kind == .article {
                if let number = heading.number, let lastArticle, number <= lastArticle {
                    // A cross-reference that happens to start a block ("Điều 5. của…" is not one).
                    append(.paragraph, raw[index].text, raw[index])
                    return next
                }
                lastArticle = heading.number
                inArticle = true
                lastPoint = nil
                clauseSeen = false
            } else {
                inArticle = false
                // "Chương I" over its name in capitals, on one or more lines.
                if title.text.isEmpty {
                    while next < raw.count, next - index <= LegalAssembler.maxTitleBlocks {
                        let candidate = raw[next].text
                        guard LegalHeading.isTitleCase(candidate), LegalHeading(candidate) == nil,
                            !SignatureBlock.starts(raw, at: next)
                        else { break }
                        title.append(raw[next].content)
                        next += 1
                    }
                }
            }
            path.enter(level: heading.level, label: heading.label)
            let pages = PageRange(first: raw[index].pages.first, last: raw[next - 1].pages.last)
            blocks.append(
                Block(
                    kind: .heading, text: title.text, citations: title.calls, level: heading.level, label: heading.label,
                    section: path.path, pages: pages
                ).placed(raw[index..<next]))
            return next
        }

        private mutating func startAnnex(_ heading: LegalHeading, _ raw: [RawBlock], at index: Int) -> Int {
            mode = .annex
            inArticle = false
            return annex.start(heading, raw, at: index, into: &blocks)
        }

        private mutating func annexContent(_ block: RawBlock) {
            blocks.append(annex.block(block))
        }

        private mutating func append(_ kind: BlockKind, _ text: String, _ block: RawBlock) {
            blocks.append(Block(kind: kind, text: text, citations: block.content.calls, section: path.path, pages: block.pages).placed(block))
        }
    }
}
