import DocumentModel

/// Turns the page tables among the flowed blocks into whole tables: the caption printed just
/// above a table is taken into it, and a table continued on the next page (its columns where
/// they were) becomes one table with its repeated header rows left out.
enum TableGathering {
    static func gather(_ blocks: [RawBlock]) -> [RawBlock] {
        var out: [RawBlock] = []
        var open: (index: Int, parts: TableParts, caption: TableCaption)?
        for block in blocks {
            guard let part = block.first.table else {
                if let current = open { out[current.index].table = current.parts.table(caption: current.caption) }
                open = nil
                out.append(block)
                continue
            }
            let page = block.first.page
            if var current = open, current.parts.isContinued(by: part, page: page) {
                current.parts.append(part, page: page)
                out[current.index].lines.append(block.first)
                open = current
                continue
            }
            if let current = open { out[current.index].table = current.parts.table(caption: current.caption) }
            let caption = takeCaption(from: &out, page: page)
            out.append(block)
            open = (out.count - 1, TableParts(part, page: page), caption)
        }
        if let current = open { out[current.index].table = current.parts.table(caption: current.caption) }
        return out
    }

    /// The caption blocks right above a table on its page, removed from `blocks`. A caption
    /// line may stand alone in a block ("của Bộ trưởng …)", the end of a wrapped subtitle), so
    /// the most blocks that read together as a caption are taken. An annex's label, title and
    /// note ("Phụ lục 01", "(Kèm theo …)") stay in the text, where they make the annex's
    /// heading; the table has them in its caption all the same.
    private static func takeCaption(from blocks: inout [RawBlock], page: Int) -> TableCaption {
        var lines: [String] = []
        var best = (count: 0, caption: TableCaption())
        for (count, block) in blocks.reversed().prefix(maximumCaptionBlocks).enumerated() {
            guard block.table == nil, block.first.table == nil, block.first.page == page else { break }
            lines = block.lines.map(\.text) + lines
            if let caption = TableCaption(lines: lines) { best = (count + 1, caption) }
        }
        var taken = best.count
        if let label = best.caption.label, LegalHeading(label)?.kind == .annex {
            // Only the unit line under the annex's heading is the table's own.
            taken = blocks.suffix(best.count).reversed().prefix { block in
                block.lines.allSatisfy { TableCaption(lines: [$0.text])?.unit != nil }
            }.count
        }
        blocks.removeLast(taken)
        return best.caption
    }

    /// Label, title lines, a subtitle wrapped over lines, the unit.
    static let maximumCaptionBlocks = 8
}
