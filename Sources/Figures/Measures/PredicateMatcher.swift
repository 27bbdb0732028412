/// Finds the predicate of a figure among the words of its clause.
enum PredicateMatcher {
    struct Match: Sendable, Hashable {
        var predicate: Predicate
        /// Token indices of the matched phrase.
        var range: Range<Int>
    }

    /// The predicate nearest before the figure in `window`: of all phrases that match, the one
    /// that ends last, and of those the longest ("thuộc thẩm quyền giải quyết" over "giải quyết").
    static func before(in tokens: [Token], window: Range<Int>, thing: CountedThing?) -> Match? {
        var best: (match: Match, specific: Bool)?
        for start in window {
            for entry in PredicateLexicon.entries where applies(entry, to: thing) {
                let end = start + entry.words.count
                guard end <= window.upperBound, matches(entry.words, tokens, at: start) else { continue }
                let candidate = Match(predicate: entry.predicate, range: start..<end)
                let specific = !entry.things.isEmpty
                if let current = best {
                    let later = end > current.match.range.upperBound
                    let sameEnd = end == current.match.range.upperBound
                    let longer = entry.words.count > current.match.range.count
                    let moreSpecific = entry.words.count == current.match.range.count && specific && !current.specific
                    guard later || sameEnd && (longer || moreSpecific) else { continue }
                }
                best = (candidate, specific)
            }
        }
        guard var match = best?.match else { return nil }
        if let modified = modifier(before: match.range.lowerBound, in: tokens, window: window),
            [.resolved, .processed, .inJurisdiction].contains(match.predicate) || modified.predicate == .planned
        {
            match = Match(predicate: modified.predicate, range: modified.start..<match.range.upperBound)
        }
        // "chuyển đến các sở ngành liên quan giải quyết 14 đơn": sent on to be resolved elsewhere.
        if match.predicate == .resolved, thing == .petitions,
            tokens[max(window.lowerBound, match.range.lowerBound - PredicateLexicon.forwardingReach)..<match.range.lowerBound]
                .contains(where: { $0.lower == "chuyển" })
        {
            match = Match(predicate: .forwarded, range: match.range)
        }
        return match.predicate == .ignored ? nil : match
    }

    /// The predicate said right after the figure's unit and subject, within its comma segment
    /// (attendance may follow a list: "1.900 lượt cán bộ, đảng viên và nhân dân tham gia").
    static func after(in tokens: [Token], from start: Int, limit: Int = 12) -> Predicate? {
        var crossedComma = false
        var index = start
        // "có 200 đơn (180 khiếu nại, 20 tố cáo) thuộc thẩm quyền": the breakdown stands between
        // the figure and what is said of it.
        if index < tokens.count, tokens[index].is("("),
            let close = tokens[index...].firstIndex(where: { $0.is(")") }), close + 1 < tokens.count
        {
            index = close + 1
        }
        let end = min(tokens.count, index + limit)
        while index < end {
            let token = tokens[index]
            if token.isNumber || token.is(";") || token.is("(") || token.is(")") || token.is(".") || token.is(":") {
                return nil
            }
            // "20 kiến nghị, phản ánh và đa số được trả lời": what follows "và" is said of others.
            if token.is(",") || token.lower == "và" {
                crossedComma = true
            }
            for (words, predicate) in PredicateLexicon.following where matches(words, tokens, at: index) {
                if !crossedComma || predicate == .attended { return predicate }
            }
            index += 1
        }
        return nil
    }

    private static func modifier(before start: Int, in tokens: [Token], window: Range<Int>) -> (predicate: Predicate, start: Int)? {
        let lower = max(window.lowerBound, start - 3)
        for (words, predicate) in PredicateLexicon.modifiers {
            for position in lower..<start where position + words.count <= start {
                if matches(words, tokens, at: position) { return (predicate, position) }
            }
        }
        return nil
    }

    private static func applies(_ entry: PredicateLexicon.Entry, to thing: CountedThing?) -> Bool {
        guard !entry.things.isEmpty else {
            return thing != .visits || entry.predicate == .ignored || entry.predicate == .change
        }
        return thing.map(entry.things.contains) ?? false
    }

    static func matches(_ words: [String], _ tokens: [Token], at start: Int) -> Bool {
        guard start >= 0, start + words.count <= tokens.count else { return false }
        for (offset, word) in words.enumerated() where tokens[start + offset].lower != word {
            return false
        }
        return true
    }
}
