import DocumentModel

/// The Structure stage: pages in, a structured document out.
///
/// Lines are normalised (NFC, tone placement, split syllables) and their raised numbers read,
/// page furniture and footnote bodies are taken out of the text, footnote calls anchored as
/// `Citation`s, the remaining lines flowed into paragraphs across page breaks, and the blocks
/// sorted into title, headings with their section tree (a report's, or a legal text's
/// articles), items, paragraphs, the closing block and annexes. The header, the closing and
/// the signature stamp give the document's metadata.
public struct Structurer: Sendable {
    public init() {}

    public func document(from pages: [Page], source: SourceInfo) -> Document {
        var lines = pages.map(LineAssembler.lines(of:))
        let stamp = Structurer.takeStamp(from: &lines, widget: pages.lazy.compactMap(\.signatureStamp).first)
        var (framed, furniture) = FurnitureDetector(pages: lines, heights: pages.map(\.height)).split()
        furniture.insert(contentsOf: stamp.furniture, at: 0)
        var firstPage = framed.first ?? []
        let header = HeaderReader(lines: firstPage, metrics: PageMetrics(lines: firstPage)).read()
        for (index, text) in header.repairs { firstPage[index].text = text }
        let captions = Set(header.captions)
        furniture += header.captions.map { Furniture(kind: .header, text: firstPage[$0].text, page: firstPage[$0].page) }
        let kind = DocumentKind.of(type: header.type, lines: framed.joined())
        // A legal text's title is its header, line by line; a report's title is found by the
        // blocks as it always was.
        var legalTitle: [TitleLine] = []
        if kind == .legal {
            legalTitle = firstPage.prefix(header.lineCount).enumerated().filter { !captions.contains($0.offset) }.map {
                let line = $0.element.rendered
                return TitleLine(text: line.text, citations: line.calls)
            }
            firstPage.removeFirst(min(header.lineCount, firstPage.count))
        } else {
            firstPage = firstPage.enumerated().filter { !captions.contains($0.offset) }.map(\.element)
        }
        if !framed.isEmpty { framed[0] = firstPage }
        let separated = FootnoteSeparator(pages: BracketedNotes.read(framed)).split()
        var anchorer = FootnoteAnchorer(
            body: separated.body, footnotes: separated.footnotes, bodyLinesBefore: separated.bodyLinesBefore)
        let body = anchorer.anchor()
        let builder = ParagraphBuilder(lines: body)
        // A table's parts (one per page) become one table, its caption taken in.
        let raw = TableGathering.gather(builder.blocks())
        let title: [TitleLine], blocks: [Block]
        switch kind {
        case .legal:
            title = legalTitle
            blocks = LegalAssembler(fontsKnown: builder.fontsKnown).assemble(raw)
        case .report:
            (title, blocks) = BlockAssembler(fontsKnown: builder.fontsKnown, metrics: builder.metrics).assemble(raw)
        }
        let closing = ClosingReader.read(Structurer.closingLines(blocks))
        let cleanBlocks = blocks.map(Structurer.cleaningAuthority)
        let meta = DocumentMetadata(
            issuer: header.issuer.isEmpty ? nil : header.issuer, number: header.number, place: header.place,
            date: header.date, type: header.type, subject: header.subject.isEmpty ? nil : header.subject.joined(separator: " "),
            signer: closing.signer, recipients: closing.recipients, digitalSignature: stamp.signature)
        return Document(
            source: source, title: title, blocks: cleanBlocks, footnotes: Structurer.clean(separated.footnotes),
            furniture: furniture, meta: meta)
    }

    /// The stamp's lines from the signature widget, or printed at the top of the first page
    /// (a scan's text layer, a converter's text), where they are furniture.
    static func takeStamp(from lines: inout [[WorkLine]], widget: [String]?)
        -> (signature: DocumentMetadata.DigitalSignature?, furniture: [Furniture])
    {
        var furniture: [Furniture] = []
        var stampLines = widget ?? []
        if let first = lines.first, let range = StampReader.stampRange(in: first.prefix(StampReader.topLines).map(\.text)) {
            if stampLines.isEmpty { stampLines = first[range].map(\.text) }
            furniture = first[range].map { Furniture(kind: .header, text: $0.text, page: $0.page) }
            lines[0].removeSubrange(range)
        }
        return (StampReader.signature(from: stampLines), furniture)
    }

    /// A signature block's authority line as it should read (see `AuthorityLine.cleaned`).
    static func cleaningAuthority(_ block: Block) -> Block {
        guard block.kind == .closing, AuthorityLine.hasPrefix(block.text) || AuthorityLine.isTitle(block.text) else {
            return block
        }
        var block = block
        block.text = AuthorityLine.cleaned(block.text)
        return block
    }

    /// The lines of the document's own closing: its closing blocks before any annex.
    static func closingLines(_ blocks: [Block]) -> [String] {
        var lines: [String] = []
        for block in blocks {
            if block.kind == .closing {
                lines.append(block.text)
            } else if !lines.isEmpty, block.kind == .heading, block.level == .part {
                break
            }
        }
        return lines
    }

    /// One footnote per number, in number order.
    static func clean(_ footnotes: [Footnote]) -> [Footnote] {
        var byNumber: [Int: Footnote] = [:]
        for footnote in footnotes {
            if byNumber[footnote.number] != nil {
                byNumber[footnote.number]?.append(CitedText(text: footnote.text, calls: footnote.citations))
                for box in footnote.boxes { byNumber[footnote.number]?.place(nil, box: box) }
                byNumber[footnote.number]?.place(footnote.layout, box: nil)
            } else {
                byNumber[footnote.number] = footnote
            }
        }
        return byNumber.values.sorted { $0.number < $1.number }
    }
}
