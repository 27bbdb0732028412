import VietnameseText

/// Tesseract's Vietnamese model reads a table's column rule right before a cell's first word
/// as a marked capital I glued to it ("29 ÌXã Yên Mỹ", "2_ÌCác Phó Chủ tịch"). A token that
/// opens with a marked capital I followed by a capitalised syllable (a capital, then small
/// letters only) is that syllable: a Vietnamese word has one capital at most, at its start,
/// and "Ì" before another capital is no syllable of its own. Capitals throughout ("ÌXÃ") or
/// an unmarked "I" (Roman numerals, codes: "IXã" may be "IX") are left alone.
enum TableRuleRepair {
    /// The marked capital I's the rule is read as.
    static let ruleLetters: Set<Unicode.Scalar> = ["Ì", "Í", "Ỉ", "Ĩ", "Ị"]

    static func apply(_ scalars: inout [Unicode.Scalar]) {
        // From the end back, so that dropping a scalar leaves the ones still to read in place.
        var index = scalars.count - 3
        while index >= 0 {
            if ruleLetters.contains(scalars[index]), isRuleBeforeWord(scalars, at: index) {
                scalars.remove(at: index)
            }
            index -= 1
        }
    }

    static func isRuleBeforeWord(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        if index > 0, TextPieces.isLetter(scalars[index - 1]) { return false }
        var end = index + 1
        while end < scalars.count, TextPieces.isLetter(scalars[end]) { end += 1 }
        let word = scalars[(index + 1)..<end]
        guard word.count >= 2, let first = word.first, CasePattern.isUpper(first),
              !word.dropFirst().contains(where: CasePattern.isUpper) else { return false }
        if end < scalars.count, ScalarClass.isDigit(scalars[end]) { return false }
        return VietnameseSyllable.isValid(word)
    }
}
