/// Reads the subject and the scope of a figure from the words around it.
enum PhraseReader {
    /// Words that end a subject phrase: verbs and links that start the rest of the clause.
    static let subjectStoppers: Set<String> = [
        "đang", "đã", "được", "thuộc", "tham", "dự", "giải", "đạt", "với", "trong", "tại", "vào", "là", "bằng",
        "so", "chiếm", "còn", "cho", "theo", "tăng", "giảm", "của", "để", "trên", "về",
    ]

    /// The unit and the words after it that say what is counted: "lượt người đến KNTC và PAKN".
    static func subject(of mention: NumberMention, in tokens: [Token], maxWords: Int = 7) -> String {
        guard mention.hasUnit else { return "" }
        var words = [mention.unit]
        var index = mention.end
        while index < tokens.count, words.count < maxWords {
            let token = tokens[index]
            guard token.isWord, !subjectStoppers.contains(token.lower) else { break }
            words.append(token.text)
            index += 1
        }
        return words.joined(separator: " ")
    }

    /// Words after the unit up to the end of the clause, for reading types and what sessions are.
    static func followingWords(of mention: NumberMention, in tokens: [Token], limit: Int = 10) -> Range<Int> {
        var index = mention.end
        while index < min(tokens.count, mention.end + limit) {
            let token = tokens[index]
            if token.isNumber || token.is(";") || token.is("(") || token.is(")") || token.is(".")
                || VietnameseNumber.spelledCount(at: index, in: tokens) != nil
            {
                break
            }
            index += 1
        }
        return mention.end..<index
    }
}
