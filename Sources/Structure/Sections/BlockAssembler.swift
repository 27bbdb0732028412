import DocumentModel

/// Gives each flowed block of a report its kind: title lines first, then headings with their
/// levels and section paths, list items, paragraphs, from "Nơi nhận:" (or "Trên đây là…")
/// on the closing block, and after it the annexes labelled "Phụ lục".
struct BlockAssembler {
    let fontsKnown: Bool
    let metrics: PageMetrics

    func assemble(_ raw: [RawBlock]) -> (title: [TitleLine], blocks: [Block]) {
        let raw = TitleBlock.partingIntroduction(raw, metrics: metrics)
        let titleCount = min(TitleBlock.count(in: raw, metrics: metrics), 12)
        let title = raw.prefix(titleCount).flatMap { $0.lines.map { TitleLine(text: $0.text, citations: $0.calls) } }
        var classifier = HeadingClassifier(fontsKnown: fontsKnown)
        var section = SectionPath()
        var closing = false
        var annex: AnnexAssembler?
        var blocks: [Block] = []
        var index = titleCount
        while index < raw.count {
            let block = raw[index]
            index += 1
            if let table = block.table {
                let place = annex?.section ?? section.path
                blocks.append(Block(kind: .table, text: "", section: place, pages: block.pages, table: table).placed(block))
                continue
            }
            // An annex labelled after the closing ("Phụ lục 01") is content again, not closing.
            if closing, let heading = LegalHeading(block.text), heading.kind == .annex {
                var assembler = AnnexAssembler(fontsKnown: fontsKnown)
                index = assembler.start(heading, raw, at: index - 1, into: &blocks)
                annex = assembler
                continue
            }
            if annex != nil, let content = annex?.block(block) {
                blocks.append(content)
                continue
            }
            if !closing, ClosingBlock.startsClosing(block.text) { closing = true }
            if closing {
                blocks.append(
                    Block(kind: .closing, text: block.text, citations: block.content.calls, section: section.path, pages: block.pages).placed(block))
            } else if let heading = classifier.heading(block) {
                section.enter(heading)
                blocks.append(
                    Block(
                        kind: .heading, text: heading.text, citations: block.content.suffix(heading.text).calls, level: heading.level,
                        label: heading.label, section: section.path, pages: block.pages).placed(block))
            } else if let item = ItemMarker.split(block.text) {
                blocks.append(
                    Block(
                        kind: .item, text: item.text, citations: block.content.suffix(item.text).calls, marker: item.marker,
                        section: section.path, pages: block.pages).placed(block))
            } else {
                blocks.append(
                    Block(kind: .paragraph, text: block.text, citations: block.content.calls, section: section.path, pages: block.pages).placed(block))
            }
        }
        return (title, blocks)
    }
}

/// A list item's marker as written: "-", "+", "•", "*", "–".
enum ItemMarker {
    static let markers: Set<Character> = ["-", "+", "•", "*", "–", "·"]

    /// The marker and the item text, when the line starts with a marker and a space.
    static func split(_ text: String) -> (marker: String, text: String)? {
        guard let first = text.first, markers.contains(first) else { return nil }
        let rest = text.dropFirst()
        guard rest.first == " " else { return nil }
        let body = rest.trimmingPrefixSpaces()
        return body.isEmpty ? nil : (String(first), body)
    }
}
