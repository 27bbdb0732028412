/// Finds, for each footnote, the body figure it explains. The marker says where the footnote is
/// cited; when OCR lost or misread the marker, the footnote's breakdown still adds up to the figure
/// it explains ("Yên Thế (02 vụ); Việt Yên (02 vụ); …" adds up to "giải quyết xong 08 vụ").
struct FootnoteLinker {
    let blocks: [BlockReading]
    /// How many blocks away from its citation a footnote's total may stand.
    static let reach = 2
    /// Where each footnote is first cited: block, sentence and the figure before the marker.
    private(set) var citations: [Int: CitingContext] = [:]

    init(blocks: [BlockReading]) {
        self.blocks = blocks
        for block in blocks {
            for (sentence, readings) in block.sentences {
                for citation in sentence.citations where citations[citation.footnote] == nil {
                    let figure = CitingContext.citedFigure(at: citation.offset, in: sentence, readings: readings)
                    citations[citation.footnote] = CitingContext(figure: figure, sentence: sentence, in: block)
                }
            }
        }
    }

    /// The context for footnote `number`, whose figures read on their own are `own`.
    func context(of number: Int, own: [Reading]) -> CitingContext? {
        let cited = citations[number]
        let blocksAround = cited.map { ($0.blockIndex - Self.reach)...($0.blockIndex + Self.reach) } ?? span(around: number)
        for total in breakdownTotals(of: own) {
            guard let blocksAround, let found = figure(adding: total, within: blocksAround, near: cited?.blockIndex) else {
                continue
            }
            if found.reading.predicate != nil || cited?.predicate == nil {
                return CitingContext(figure: found.reading, sentence: found.sentence, in: found.block)
            }
        }
        if let cited { return cited }
        return neighbour(of: number).map(CitingContext.init(placeOf:))
    }

    /// For each thing a footnote counts at least twice, the sum of those figures: "Cơ quan thanh tra
    /// các sở triển khai 02 cuộc …; cấp huyện triển khai 06 cuộc …" adds up to 8 inspections.
    private func breakdownTotals(of readings: [Reading]) -> [(thing: CountedThing, value: Double)] {
        var totals: [(thing: CountedThing, value: Double, count: Int)] = []
        for reading in readings {
            guard let thing = reading.thing else { continue }
            if let index = totals.firstIndex(where: { $0.thing == thing }) {
                totals[index].value += reading.mention.value
                totals[index].count += 1
            } else {
                totals.append((thing, reading.mention.value, 1))
            }
        }
        return totals.filter { $0.count >= 2 }.map { ($0.thing, $0.value) }
    }

    /// The body figure counting the same thing with the total as its value, among `candidates`
    /// blocks, nearest to `blockIndex`. A total far from where the footnote is cited is a coincidence.
    private func figure(adding total: (thing: CountedThing, value: Double), within candidates: ClosedRange<Int>, near blockIndex: Int?)
        -> (reading: Reading, sentence: Sentence, block: BlockReading)?
    {
        var best: (reading: Reading, sentence: Sentence, block: BlockReading, distance: Int)?
        for block in blocks where candidates.contains(block.index) {
            for (sentence, readings) in block.sentences {
                for reading in readings where reading.thing == total.thing && reading.mention.value == total.value {
                    let distance = abs(block.index - (blockIndex ?? block.index))
                    if best == nil || distance < best?.distance ?? .max {
                        best = (reading, sentence, block, distance)
                    }
                }
            }
        }
        return best.map { ($0.reading, $0.sentence, $0.block) }
    }

    /// The citation of the nearest cited footnote, the one before first: footnotes are numbered
    /// in reading order, so an uncited one stands after the citation of the one before it.
    private func neighbour(of number: Int) -> CitingContext? {
        for distance in 1...5 {
            if let before = citations[number - distance] { return before }
            if let after = citations[number + distance] { return after }
        }
        return nil
    }

    /// The blocks between the citations of the nearest cited footnotes before and after an uncited one.
    private func span(around number: Int) -> ClosedRange<Int>? {
        let before = (1...5).lazy.compactMap { citations[number - $0] }.first?.blockIndex
        let after = (1...5).lazy.compactMap { citations[number + $0] }.first?.blockIndex
        guard let low = before ?? after, let high = after ?? before, low <= high else { return nil }
        return (low - Self.reach)...(high + Self.reach)
    }
}
