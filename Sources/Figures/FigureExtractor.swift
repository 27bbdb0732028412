import DocumentModel

/// Finds every statistic of a structured document with its meaning and provenance: value and
/// unit, what is counted, what happened to it, where (scope, section, page, footnote), and the
/// petition ("đơn thư") measure when it is one.
public struct FigureExtractor: Sendable {
    public init() {}

    /// Figures in document order; a footnote's figures follow the block that cites it.
    /// `doc` names the source in every row (a path or an identifier).
    public func figures(in document: Document, doc: String) -> [Figure] {
        let blocks = readBlocks(of: document)
        let linker = FootnoteLinker(blocks: blocks)
        var footnoteRows: [Int: [Figure]] = [:]
        var unplaced: [Figure] = []
        for footnote in document.footnotes.sorted(by: { $0.number < $1.number }) {
            let citing = linker.context(of: footnote.number, own: preliminaryReadings(of: footnote))
            let rows = figures(of: footnote, citing: citing, doc: doc)
            if let block = citing?.blockIndex {
                footnoteRows[block, default: []] += rows
            } else {
                unplaced += rows
            }
        }
        var figures: [Figure] = []
        // Table cells keep their own levels (their headers are their evidence); only figures read
        // from sentences are weighed by what the rest of the document holds.
        var tableCells: Set<Int> = []
        for block in blocks {
            if let table = block.table {
                let cells = TableFigureReader(table, surroundings: surroundings(of: block, in: blocks, titled: !document.title.isEmpty))
                    .figures(doc: doc, page: block.page, section: block.place.path)
                tableCells.formUnion(figures.count..<figures.count + cells.count)
                figures += cells
            }
            var placement = FigurePlacement(layout: block.layout)
            for (sentence, readings) in block.sentences {
                figures += readings.map {
                    placement.placed(
                        FigureBuilder.figure(from: $0, doc: doc, page: block.page, place: block.place, sentence: sentence.text))
                }
            }
            figures += footnoteRows[block.index] ?? []
        }
        figures += unplaced
        RepeatedFigures.typeRepetitions(&figures, skipping: tableCells)
        let petitionFigures = figures.filter { $0.measure != .unspecified }.count
        for index in figures.indices where !tableCells.contains(index) && figures[index].measure != .unspecified {
            figures[index].confidence = FigureConfidence.weighed(figures[index].confidence, petitionFiguresInDocument: petitionFigures)
        }
        return figures
    }

    /// What stands around a table: its section's title and the sentence right before it when
    /// that sentence introduces it. `titled`: the first block read is the document's title
    /// (`readBlocks`).
    private func surroundings(of block: BlockReading, in blocks: [BlockReading], titled: Bool) -> TableSurroundings {
        var surroundings = TableSurroundings(sectionTitle: block.place.title, planSection: block.place.plan)
        if block.index > 0, blocks[block.index - 1].table == nil,
            let last = blocks[block.index - 1].sentences.last?.sentence.text,
            TableSurroundings.introduces(last, inTitle: titled && block.index == 1)
        {
            surroundings.introduction = last
        }
        return surroundings
    }

    private func readBlocks(of document: Document) -> [BlockReading] {
        var tracker = SectionTracker()
        var heads = ParagraphHeads()
        // An earlier paragraph spoke of voters (`VoterRecommendations`).
        var votersBefore = false
        // The title is read too: a text file's first line, taken for its title, may be a whole
        // news paragraph ("Hơn 2.900 ý kiến, kiến nghị của cử tri … gửi tới Quốc hội").
        let title = document.title.isEmpty ? [] : [Block(kind: .paragraph, text: document.title.map(\.text).joined(separator: " "), pages: PageRange(1))]
        let blocks = title + document.blocks
        let splits = blocks.map { SentenceSplitter.sentences(of: $0) }
        // The title opens no run: the body's first paragraph is not its sentence.
        let runs = title.map { ParagraphRun(loose: false, continues: false, text: $0.text) }
            + ParagraphRun.runs(of: document.blocks, sentences: Array(splits.dropFirst(title.count)))
        return blocks.enumerated().map { index, block in
            let place = tracker.place(of: block)
            let run = runs[index]
            let lowered = LoweredText(lowering: run.text + " " + place.title)
            let reception = MeasureClassifier.speaksOfReception(lowered)
            var context = SurroundingContext(reception: reception, sectionTitle: place.title)
            context.voters = Topic.speaksOfVoters(lowered)
            context.planSection = place.plan
            context.heading = block.kind == .heading
            if block.kind == .heading || ParagraphHeads.asksAnew(block.text) { heads = ParagraphHeads() }
            if !context.voters, VoterRecommendations.namedAgain(in: block.text, votersEarlier: votersBefore) {
                context.voters = true
            }
            if Topic.speaksOfVoters(LoweredText(lowering: block.text)) { votersBefore = true }
            if !run.continues { heads.startParagraph(inLooseRun: run.loose) }
            // A question inside a paragraph opens what follows as a question paragraph does: an
            // interview scraped onto one line asks and answers in one block.
            let split = splits[index]
            let sentences = split.indices.map { index in
                let sentence = split[index]
                if ParagraphHeads.asksAnew(sentence.text) { heads = ParagraphHeads() }
                var context = context
                if let near = SurroundingContext.paragraphAround(index, of: split) {
                    context.reception = MeasureClassifier.speaksOfReception(LoweredText(lowering: near + " " + place.title))
                }
                return (sentence, SentenceReader.readings(of: sentence, context: context, heads: &heads))
            }
            // A title heads the document and opens no section: the verbs of its figures are
            // not the body's ("Huyện tiếp 120 lượt công dân" over "Xã Tân Hòa có 30 lượt").
            if index == 0, !title.isEmpty { heads = ParagraphHeads() }
            return BlockReading(
                index: index, place: place, page: block.pages?.first ?? 0, reception: reception, sentences: sentences,
                table: block.table, layout: block.layout)
        }
    }

    /// A footnote's figures read before knowing which body figure they explain, to add them up.
    private func preliminaryReadings(of footnote: Footnote) -> [Reading] {
        let context = SurroundingContext(assumePetitionTalk: true)
        return SentenceSplitter.sentences(of: footnote).flatMap { SentenceReader.readings(of: $0, context: context) }
    }

    private func figures(of footnote: Footnote, citing: CitingContext?, doc: String) -> [Figure] {
        let place = citing?.place ?? SectionPlace(path: "", title: "")
        let page = footnote.page > 0 ? footnote.page : citing?.page ?? 0
        let context = SurroundingContext(
            reception: MeasureClassifier.speaksOfReception(LoweredText(lowering: footnote.text)), citing: citing,
            sectionTitle: place.title)
        var placement = FigurePlacement(layout: footnote.layout)
        return SentenceSplitter.sentences(of: footnote).flatMap { sentence in
            SentenceReader.readings(of: sentence, context: context).map {
                var figure = FigureBuilder.figure(from: $0, doc: doc, page: page, place: place, sentence: sentence.text)
                figure.footnote = footnote.number
                return placement.placed(figure)
            }
        }
    }
}
