import VietnameseText

/// Pages of good OCR that came from a worn scan (faded, photocopied, bled): many of their
/// words break Vietnamese spelling. Good OCR of a clean page prints a broken word a few times
/// a page; a worn page prints dozens, and its real-looking words are misread as often, so
/// `post` reads them with tones pooled and a smaller change cost (`Treatment.postWorn`).
enum WornPages {
    /// Share of a page's words that break spelling (`KindEvidence.broken`) from which the page
    /// counts as worn: the bench's pages of good OCR break at most 4% (most under 2%), the dev
    /// scans' faded and photocopied pages 6.7–10.5%.
    static let brokenShare = 0.06
    /// Fewer words than this say too little about a page (a table page's few words are
    /// mostly numbers, names and codes).
    static let fewestWords = 150

    /// The treatment of each scalar under `post`: `.postWorn` on worn pages (pages end at a
    /// form feed), `.post` elsewhere; nil when no page is worn.
    static func treatments(of scalars: [Unicode.Scalar], model: LanguageModel) -> [LineTreatments.Treatment]? {
        var result: [LineTreatments.Treatment]?
        var start = 0
        while start < scalars.count {
            let end = scalars[start...].firstIndex(of: "\u{0C}").map { $0 + 1 } ?? scalars.count
            let evidence = LetterTokens(scalars[start..<end]).withWords { KindEvidence($0, model: model) }
            let share = Double(evidence.broken) / Double(max(evidence.words, 1))
            if evidence.words >= fewestWords && share >= brokenShare {
                if result == nil { result = [LineTreatments.Treatment](repeating: .post, count: scalars.count) }
                result?.replaceSubrange(start..<end, with: repeatElement(.postWorn, count: end - start))
            }
            start = end
        }
        return result
    }
}
