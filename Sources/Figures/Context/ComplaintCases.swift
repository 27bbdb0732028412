/// Cases ("vụ việc") that are a complaint's by their own words, where the sentence names no
/// complaint: incidents, lawsuits and legal aid are "vụ việc" too (`MeasureClassifier`), but
/// cases "thuộc thẩm quyền" are those a body must settle as complaints or denunciations
/// ("Trong 286 vụ việc thuộc thẩm quyền, đã giải quyết 250 vụ"). Only right after the unit (its
/// type words between), or after the clause's counted noun ("Số vụ việc thuộc thẩm quyền … là 212
/// vụ việc"): a verb of accepting ("thụ lý 120 vụ việc") is also a court's, and
/// reading it as a complaint's gave civil-judgment cases a row.
/// The jurisdiction of investigators or courts ("12 vụ việc thuộc thẩm quyền điều tra", "thuộc
/// thẩm quyền của Tòa án") names no complaint, nor does a sentence about crime.
enum ComplaintCases {
    static let caseUnit = "vụ việc"

    /// Words after "thuộc thẩm quyền" that give the cases to investigators or courts.
    static let otherAuthorities: [Phrase] = ["điều tra", "xét xử", "tố tụng", "tòa án", "công an", "viện kiểm sát"]

    /// How many words after "thuộc thẩm quyền" may name whose jurisdiction it is: "của Tòa án nhân dân".
    static let authorityReach = 5

    /// The words that name the clause's counted noun before a figure: "Số vụ việc thuộc thẩm
    /// quyền của bộ là 212 vụ việc" counts the cases "số vụ việc" names.
    static let countedNoun = ["số", "vụ", "việc"]

    static func withinJurisdiction(_ mention: NumberMention, in tokens: [Token]) -> Bool {
        guard mention.unit == caseUnit else { return false }
        if withinJurisdiction(after: mention.end, in: tokens) { return true }
        let clauseStart = tokens.start(before: mention.tokenRange.lowerBound, after: StretchMarks.clause)
        return (clauseStart..<mention.tokenRange.lowerBound).contains { start in
            PredicateMatcher.matches(countedNoun, tokens, at: start) && withinJurisdiction(after: start + countedNoun.count, in: tokens)
        }
    }

    /// Whether the cases whose noun ends before `start` are said to be within a body's jurisdiction
    /// (type words may stand between), no investigator's or court's.
    private static func withinJurisdiction(after start: Int, in tokens: [Token]) -> Bool {
        var index = start
        while index < tokens.count, tokens[index].isWord, TypeReader.isTypeWord(tokens[index].lower) { index += 1 }
        guard PredicateMatcher.matches(PredicateLexicon.jurisdiction, tokens, at: index) else { return false }
        let after = index + PredicateLexicon.jurisdiction.count
        let whose = LoweredText(tokens[after..<min(tokens.count, after + authorityReach)].map(\.lower).joined(separator: " "))
        let sentence = LoweredText(tokens.map(\.lower).joined(separator: " "))
        return !whose.containsAny(otherAuthorities) && !Topic.speaksOfCrime(sentence)
    }
}
