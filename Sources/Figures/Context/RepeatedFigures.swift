import DocumentModel

/// A count news says again by its number, far from the words that typed it: a deputy asks about
/// "46 vụ việc khiếu nại …", the director answers "Với 46 vụ việc tại huyện …, Sở đã giải quyết
/// 31 vụ việc; 15 vụ việc còn lại …". The repetition names no type, but it counts the same
/// cases: it takes the type the earlier mention named, and so do the figures after it in the
/// sentence it opens, which break it down.
enum RepeatedFigures {
    /// Small numbers repeat by chance; a count at least this large said again in one document
    /// is the same count.
    static let smallestRepeated = 10.0

    /// Types the untyped petitions and cases of sentences (table cells left aside) that repeat an
    /// earlier typed figure of the document.
    static func typeRepetitions(_ figures: inout [Figure], skipping tableCells: Set<Int>) {
        for index in figures.indices where !tableCells.contains(index) {
            let figure = figures[index]
            // A repetition says its noun again ("46 vụ việc"); a bare numeral in a list ("hướng dẫn
            // 58") and a share ("58/66 đơn") are other counts that happen to share a number.
            guard figure.type == .unspecified, figure.value >= smallestRepeated, figure.denominator == nil, !figure.unit.isEmpty,
                let kind = typedKind(of: figure.measure),
                let earlier = figures[..<index].last(where: {
                    $0.value == figure.value && $0.denominator == nil && !$0.unit.isEmpty && $0.type != .unspecified
                        && typedKind(of: $0.measure) == kind && typedByOwnWords($0)
                })
            else { continue }
            figures[index].type = earlier.type
            // Only the sentence's first count of petitions or cases heads what follows it.
            var first = index
            while first > 0, figures[first - 1].sentence == figure.sentence { first -= 1 }
            guard !figures[first..<index].contains(where: { typedKind(of: $0.measure) != nil }) else { continue }
            var next = index + 1
            while next < figures.count, figures[next].sentence == figure.sentence {
                if figures[next].type == .unspecified, typedKind(of: figures[next].measure) == kind {
                    figures[next].type = earlier.type
                }
                next += 1
            }
        }
    }

    /// Whether the type words follow the figure as written ("46 vụ việc khiếu nại"): a count
    /// named with its type, which a repetition can point back to. An item typed by the label of
    /// its breakdown ("(trong đó: đề nghị: 13 đơn)") is one part among others, and the same
    /// number said later ("còn 13 đơn") is another count.
    static func typedByOwnWords(_ figure: Figure) -> Bool {
        guard let written = figure.sentence.range(of: figure.raw) else { return false }
        let words = figure.sentence[written.upperBound...].lowercased()
            .split(whereSeparator: { $0 == " " }).prefix(2).map(String.init)
        return TypeReader.names(words)
    }

    /// "don" or "vu_viec": the measures a type is read for.
    private static func typedKind(of measure: PetitionMeasure) -> Substring? {
        measure.isTyped ? measure.domain : nil
    }
}
