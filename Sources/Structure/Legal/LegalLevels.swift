import DocumentModel

/// A legal text's units on the document tree's levels, as the schema numbers them: Phần 0,
/// Chương 1, Mục 2, Điều 3, khoản 4, điểm 5, and an annex 0.
extension HeadingLevel {
    static let legalChapter = HeadingLevel.roman
    static let legalSection = HeadingLevel.number
    static let article = HeadingLevel.subnumber
    static let clause = HeadingLevel.subsubnumber
    static let point = HeadingLevel.letter
}

/// A clause ("1.") or point ("a)") of an article, by the numbering a report's headings use.
enum LegalItem {
    /// The report numbering levels that number an article's clauses and points.
    static let levels: Set<HeadingLevel> = [.number, .letter]

    /// The level of a clause or point numbered so; nil for any other numbering.
    static func level(of pattern: HeadingPattern) -> HeadingLevel? {
        switch pattern.level {
        case .number: .clause
        case .letter: .point
        default: nil
        }
    }
}
