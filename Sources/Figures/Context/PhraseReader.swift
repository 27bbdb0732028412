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
            if token.isNumber || token.is(";") || token.is("(") || token.is(")") || token.is(".") { break }
            index += 1
        }
        return mention.end..<index
    }

    /// Words that open a clause without naming who acts.
    static let leadingFillers: [[String]] = [
        ["trong", "đó"], ["trong", "đó", "có"], ["và"], ["còn"], ["có"], ["riêng"], ["tổng", "số"], ["đến", "nay"],
        ["qua"], ["hiện", "nay"], ["đồng", "thời"],
    ]
    /// Verbs that end the noun phrase naming who acts: "huyện tổ chức 25 hội nghị" is "huyện".
    static let scopeEnders: [[String]] = [
        ["tổ", "chức"], ["thu", "hút"], ["triển", "khai"], ["thực", "hiện"], ["ban", "hành"], ["xây", "dựng"],
        ["kiểm", "tra"], ["rà", "soát"], ["thành", "lập"], ["có"], ["tiếp"], ["nhận"], ["đạt"], ["là"], ["gồm"],
    ]
    static let trailingFillers: Set<String> = ["đã", "được", "có", "đều", "thì", "là", "cũng", "vẫn", "mới", "lại"]

    /// Who or where: "cấp huyện" in "cấp huyện tiếp nhận 463 đơn", "Chủ tịch UBND tỉnh" in
    /// "Chủ tịch UBND tỉnh giải quyết xong 38/51 đơn". Read from the last comma segment before the
    /// predicate (or the numeral); long segments are descriptions, not scopes.
    static func scope(in tokens: [Token], before end: Int, from start: Int, maxWords: Int = 8) -> String {
        guard start < end else { return "" }
        // "trên địa bàn huyện X có 05 vụ việc": the place named after "địa bàn" is the scope.
        if let place = (start..<(end - 1)).first(where: { PredicateMatcher.matches(["địa", "bàn"], tokens, at: $0) }) {
            let named = clean(Array(tokens[(place + 2)..<end]), maxWords: maxWords)
            if !named.isEmpty { return named }
        }
        var segmentStart = start
        if let comma = tokens[start..<end].lastIndex(where: { $0.is(",") || $0.is(":") || $0.is("(") }) {
            segmentStart = comma + 1
            // "huyện: 05 đơn": the label before a colon is the scope itself.
            if tokens[comma].is(":"), comma + 1 == end {
                segmentStart = tokens[start..<comma].lastIndex(where: { $0.is(",") || $0.is("(") || $0.is(";") }).map { $0 + 1 } ?? start
                return clean(Array(tokens[segmentStart..<comma]), maxWords: maxWords)
            }
        }
        return clean(Array(tokens[segmentStart..<end]), maxWords: maxWords)
    }

    private static func clean(_ segment: [Token], maxWords: Int) -> String {
        var words = segment.filter { $0.isWord || $0.isNumber }
        for filler in leadingFillers.sorted(by: { $0.count > $1.count })
        where words.count >= filler.count && words.prefix(filler.count).map(\.lower) == filler {
            words.removeFirst(filler.count)
            break
        }
        let lowered = words.map(\.lower)
        if let cut = (1..<max(1, words.count)).first(where: { index in
            scopeEnders.contains { ender in Array(lowered[index...].prefix(ender.count)) == ender }
        }) {
            words.removeSubrange(cut...)
        }
        while let last = words.last, trailingFillers.contains(last.lower) { words.removeLast() }
        guard !words.isEmpty, words.count <= maxWords, !words.contains(where: \.isNumber) else { return "" }
        return words.map(\.text).joined(separator: " ")
    }
}
