import DocumentModel

/// An annex after the signature ("Phụ lục I", a level-0 heading whose text is the annex's
/// title in capitals, not its "(Kèm theo …)" note) and its content, which keeps a report's
/// tree: a form or a report template has headings of its own. Nothing in an annex is the
/// document's closing, though forms have a "Nơi nhận" and a signature of their own.
struct AnnexAssembler {
    private let fontsKnown: Bool
    private var headings: HeadingClassifier
    private var sections = SectionPath()
    private var label = ""

    init(fontsKnown: Bool) {
        self.fontsKnown = fontsKnown
        headings = HeadingClassifier(fontsKnown: fontsKnown)
    }

    /// Appends the annex heading and its notes; returns the index of the first content block.
    mutating func start(_ heading: LegalHeading, _ raw: [RawBlock], at index: Int, into blocks: inout [Block]) -> Int {
        headings = HeadingClassifier(fontsKnown: fontsKnown)
        sections = SectionPath()
        label = heading.label
        var next = index + 1
        var title = raw[index].content.suffix(heading.text)
        var titleBlocks = title.text.isEmpty ? 0 : 1
        var notes: [(content: CitedText, pages: PageRange, source: RawBlock)] = []
        while next < raw.count, titleBlocks < LegalAssembler.maxTitleBlocks {
            let candidate = raw[next].content
            if AnnexAssembler.isAttachmentNote(candidate.text) {
                notes.append((candidate, raw[next].pages, raw[next]))
                next += 1
                continue
            }
            // The title stands above the note, in plain text sometimes run on into it.
            let (line, note) = AnnexAssembler.splitNote(candidate)
            guard notes.isEmpty, LegalHeading.isTitleCase(line.text), LegalHeading(line.text) == nil else { break }
            title.append(line)
            titleBlocks += 1
            if let note { notes.append((note, raw[next].pages, raw[next])) }
            next += 1
        }
        let pages = PageRange(first: raw[index].pages.first, last: raw[next - 1].pages.last)
        blocks.append(
            Block(
                kind: .heading, text: title.text, citations: title.calls, level: .part, label: label, section: label,
                pages: pages).placed(raw[index..<next]))
        for note in notes {
            blocks.append(
                Block(kind: .paragraph, text: note.content.text, citations: note.content.calls, section: label, pages: note.pages)
                    .placed(note.source))
        }
        return next
    }

    /// One content block of the annex.
    mutating func block(_ block: RawBlock) -> Block {
        if let heading = headings.heading(block) {
            sections.enter(heading)
            return Block(
                kind: .heading, text: heading.text, citations: block.content.suffix(heading.text).calls, level: heading.level,
                label: heading.label, section: section, pages: block.pages
            ).placed(block)
        }
        if let item = ItemMarker.split(block.text) {
            return Block(
                kind: .item, text: item.text, citations: block.content.suffix(item.text).calls, marker: item.marker,
                section: section, pages: block.pages
            ).placed(block)
        }
        return Block(kind: .paragraph, text: block.text, citations: block.content.calls, section: section, pages: block.pages).placed(block)
    }

    /// Where in the annex the next block stands: "Phụ lục I", "Phụ lục I/II.2".
    var section: String { sections.path.isEmpty ? label : label + "/" + sections.path }

    /// A title line with the note run on after it: the title, and the note from its "(".
    static func splitNote(_ content: CitedText) -> (title: CitedText, note: CitedText?) {
        let text = content.text
        guard let open = text.firstIndex(of: "("), isAttachmentNote(String(text[open...])) else { return (content, nil) }
        let title = String(text[..<open]).trimmingWhitespace()
        return (CitedText(text: title, calls: content.calls.filter { $0.offset <= title.count }), content.suffix(String(text[open...])))
    }

    /// The note under an annex's label: "(Kèm theo Nghị định số …)", "(Ban hành kèm theo …)".
    static func isAttachmentNote(_ text: String) -> Bool {
        text.hasPrefix("(") && TextKey.of(text).contains("kem theo")
    }
}
