/// Reads the petition type (complaint, denunciation, recommendation) a figure is about.
enum TypeReader {
    static let phrases: [(words: [String], types: Set<PetitionType>)] = [
        (["khiếu", "nại"], [.complaint]), (["tố", "cáo"], [.denunciation]),
        (["kiến", "nghị"], [.recommendation]), (["phản", "ánh"], [.recommendation]), (["đề", "nghị"], [.recommendation]),
        (["kntc"], [.complaint, .denunciation]), (["kn"], [.complaint]), (["tc"], [.denunciation]),
        (["pakn"], [.recommendation]), (["knpa"], [.recommendation]), (["kn", ",", "pa"], [.recommendation]),
    ]

    /// The types named in `range`, read phrase by phrase.
    static func types(in tokens: [Token], range: Range<Int>) -> Set<PetitionType> {
        var found: Set<PetitionType> = []
        for index in range {
            for (words, types) in phrases where index + words.count <= range.upperBound {
                if PredicateMatcher.matches(words, tokens, at: index) { found.formUnion(types) }
            }
        }
        return found
    }

    /// A label just before the numeral: "khiếu nại: 17 đơn", and inside a breakdown also
    /// "đề nghị, phản ánh 81 đơn". The label must reach the numeral (only ":" between).
    static func label(in tokens: [Token], window: Range<Int>, numeral: Int, isBreakdown: Bool) -> Set<PetitionType> {
        var end = numeral
        let hasColon = end - 1 >= window.lowerBound && tokens[end - 1].is(":")
        if hasColon { end -= 1 }
        guard hasColon || isBreakdown else { return [] }
        var start = end
        while start - 1 >= window.lowerBound, tokens[start - 1].isWord || tokens[start - 1].is(",") {
            start -= 1
        }
        let words = tokens[start..<end].filter(\.isWord).map(\.lower)
        guard !words.isEmpty else { return [] }
        let found = types(in: tokens, range: start..<end)
        // Every word of the label must belong to a type phrase, or it is not a type label
        // ("cấp huyện: 05 đơn" names a scope).
        let typeWords = Set(phrases.flatMap(\.words))
        let residue = words.filter { !typeWords.contains($0) && $0 != "trong" && $0 != "đó" && $0 != "có" }
        return residue.isEmpty ? found : []
    }

    /// The type of the counted things written after the unit: "đơn khiếu nại" is a complaint,
    /// "vụ việc khiếu nại, tố cáo" names two types and so none.
    static func single(_ types: Set<PetitionType>) -> PetitionType? {
        types.count == 1 ? types.first : nil
    }
}
