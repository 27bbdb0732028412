/// Cases ("vụ việc") that are a complaint's by their own words, where the sentence names no
/// complaint: incidents, lawsuits and legal aid are "vụ việc" too (`MeasureClassifier`), but
/// cases "thuộc thẩm quyền" are those a body must settle as complaints or denunciations
/// ("Trong 286 vụ việc thuộc thẩm quyền, đã giải quyết 250 vụ"). Only right after the unit (its
/// type words between): a verb of accepting ("thụ lý 120 vụ việc") is also a court's, and
/// reading it as a complaint's gave civil-judgment cases a row.
enum ComplaintCases {
    static let caseUnit = "vụ việc"

    static func withinJurisdiction(_ mention: NumberMention, in tokens: [Token]) -> Bool {
        guard mention.unit == caseUnit else { return false }
        var index = mention.end
        while index < tokens.count, tokens[index].isWord, TypeReader.isTypeWord(tokens[index].lower) { index += 1 }
        return PredicateMatcher.matches(PredicateLexicon.jurisdiction, tokens, at: index)
    }
}
