/// Whether a document reads as a report (sections "Phần thứ …", "I.", "1.", "1.1.", "a)")
/// or as a legal text (articles "Điều 1." in chapters, with clauses "1." and points "a)").
enum DocumentKind: Equatable {
    case report, legal

    /// Articles the body must open, unquoted, for a text to read as legal.
    static let minArticles = 2

    /// By the type line and the body's own lines: a type that enacts ("QUYẾT ĐỊNH", "LUẬT"…)
    /// or none, and articles that are not quoted.
    static func of(type: String?, lines: some Sequence<WorkLine>) -> DocumentKind {
        if let type, !DocumentVocabulary.legalTypes.contains(where: { TextKey.of($0) == TextKey.of(type) }) {
            return .report
        }
        var articles = 0
        var quotes = QuoteDepth()
        for line in lines {
            if !quotes.isQuoted(line.text), let heading = LegalHeading(line.text), heading.kind == .article {
                articles += 1
                if articles >= minArticles { return .legal }
            }
            quotes.advance(past: line.text)
        }
        return .report
    }
}
