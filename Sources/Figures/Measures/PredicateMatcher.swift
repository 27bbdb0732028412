/// Finds the predicate of a figure among the words of its clause.
enum PredicateMatcher {
    struct Match: Sendable, Hashable {
        var predicate: Predicate
        /// Token indices of the matched phrase.
        var range: Range<Int>
    }

    /// The predicate nearest before the figure in `window`: of all phrases that match, the one
    /// that ends last, and of those the longest ("thuộc thẩm quyền giải quyết" over "giải quyết").
    /// `folding` compares words without their marks, a printed header read by OCR ("thấm
    /// quyền"): `tokens` are then folded (`TypeReader.fold`).
    static func before(in tokens: [Token], window: Range<Int>, thing: CountedThing?, folding: Bool = false) -> Match? {
        var best: (match: Match, specific: Bool)?
        for start in window {
            for entry in PredicateLexicon.entries where applies(entry, to: thing) {
                let end = start + entry.words.count
                guard end <= window.upperBound, matches(entry.words, tokens, at: start, folding: folding) else { continue }
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
        if let modified = modifier(before: match.range.lowerBound, in: tokens, window: window, folding: folding),
            [.resolved, .processed, .inJurisdiction].contains(match.predicate) || modified.predicate == .planned
        {
            match = Match(predicate: modified.predicate, range: modified.start..<match.range.upperBound)
        }
        // "tiếp nhận, xử lý, đôn đốc giải quyết 20 đơn thư": the verb listed before the urging.
        if match.predicate == .toResolve, matches(PredicateLexicon.urging, tokens, at: match.range.lowerBound, folding: folding),
            match.range.lowerBound - 1 > window.lowerBound, tokens[match.range.lowerBound - 1].is(","),
            let listed = before(in: tokens, window: window.lowerBound..<(match.range.lowerBound - 1), thing: thing, folding: folding),
            listed.range.upperBound == match.range.lowerBound - 1, [.received, .processed].contains(listed.predicate)
        {
            match = listed
        }
        // "chuyển đến các sở ngành liên quan giải quyết 14 đơn": sent on to be resolved elsewhere.
        if match.predicate == .resolved, thing == .petitions,
            tokens[max(window.lowerBound, match.range.lowerBound - PredicateLexicon.forwardingReach)..<match.range.lowerBound]
                .contains(where: { $0.lower == (folding ? TypeReader.fold("chuyển") : "chuyển") })
        {
            match = Match(predicate: .forwarded, range: match.range)
        }
        // "Số đơn do các cơ quan Trung ương chuyển đến là 1.263 đơn": passed on to this body.
        if match.predicate == .forwarded, PredicateLexicon.passedOnBySender(verb: match.range.lowerBound, in: tokens, from: window.lowerBound) {
            match = Match(predicate: .received, range: match.range)
        }
        // "Bộ Công Thương chuyển đến 31 đơn": passed on here, no destination named.
        if match.predicate == .forwarded, PredicateLexicon.passedHere(verb: match.range, figureAt: window.upperBound, in: tokens) {
            match = Match(predicate: .received, range: match.range)
        }
        return match.predicate == .ignored ? nil : match
    }

    /// The predicate said right after the figure's unit and subject, within its comma segment
    /// (attendance may follow a list: "1.900 lượt cán bộ, đảng viên và nhân dân tham gia").
    /// `thing`: what the figure counts, for phrases said only of some things (nil: any);
    /// `phrases`: which phrases to look for.
    static func after(
        in tokens: [Token], from start: Int, limit: Int = 12, folding: Bool = false, thing: CountedThing? = nil,
        phrases: [PredicateLexicon.Entry] = PredicateLexicon.following, agents: [PredicateLexicon.Entry] = PredicateLexicon.afterAgent
    ) -> Predicate? {
        var crossedComma = false
        // "219 đơn được các cơ quan có thẩm quyền trả lời": where the passive's agent was opened.
        var passive: Int?
        var crossedTypePair = false
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
            // "20 kiến nghị, phản ánh và đa số được trả lời": what follows "và" is said of others;
            // the comma of a type pair ("727 đơn kiến nghị, phản ánh thuộc thẩm quyền") is none.
            if token.is(","), thing == .petitions, TypeReader.joinsTypes(comma: index, in: tokens) {
                crossedTypePair = true
            } else if token.is(",") || token.lower == (folding ? "va" : "và") {
                crossedComma = true
            }
            if let other = PredicateLexicon.notFollowing.first(where: { matches($0, tokens, at: index, folding: folding) }) {
                index += other.count
                continue
            }
            let agentVerbs = passive.map { !crossedComma && index - $0 <= PredicateLexicon.agentReach } == true ? agents : []
            for entry in phrases + agentVerbs where matches(entry.words, tokens, at: index, folding: folding) {
                guard entry.things.isEmpty || thing.map(entry.things.contains) == true else { continue }
                // "đã xử lý 66 đơn còn lại 04 đơn đang xem xét": a "còn (lại)" with a count right after
                // it opens that count's phrase, and says nothing of the figure before.
                if entry.predicate == .pending, opensCount(at: index, in: tokens, phrases: phrases, folding: folding) { continue }
                // "96 đơn khiếu nại, tố cáo thuộc thẩm quyền 40 đơn", "75 đơn khiếu nại, tố cáo đã
                // giải quyết xong 60 đơn": after a type pair, a status followed by a count in its
                // own phrase is that count's.
                let labelsNext = crossedTypePair && countFollows(in: tokens, from: index + entry.words.count)
                if !crossedComma && !labelsNext || entry.predicate == .attended { return entry.predicate }
            }
            if passive == nil, token.lower == (folding ? TypeReader.fold(PredicateLexicon.passiveMark) : PredicateLexicon.passiveMark) {
                passive = index
            }
            index += 1
        }
        return nil
    }

    /// Whether a pending phrase at `index` ("còn", "còn lại") has a numeral right after it: it
    /// opens that count ("58 đơn còn lại 12 đơn").
    private static func opensCount(at index: Int, in tokens: [Token], phrases: [PredicateLexicon.Entry], folding: Bool) -> Bool {
        phrases.contains { entry in
            let end = index + entry.words.count
            return entry.predicate == .pending && end < tokens.count && tokens[end].isNumber && matches(entry.words, tokens, at: index, folding: folding)
        }
    }

    /// Whether a numeral stands after `start` before the phrase ends (",", ";", ".", a parenthesis).
    private static func countFollows(in tokens: [Token], from start: Int) -> Bool {
        guard start < tokens.count else { return false }
        let end = tokens[start...].firstIndex { $0.is(",") || $0.bounds(StretchMarks.clause) || $0.is("(") || $0.is(")") } ?? tokens.count
        return tokens[start..<end].contains(where: \.isNumber)
    }

    private static func modifier(
        before start: Int, in tokens: [Token], window: Range<Int>, folding: Bool
    ) -> (predicate: Predicate, start: Int)? {
        // "đang tiếp tục xem xét giải quyết", "đang thẩm tra, xác minh": the tense stands before the
        // verbs of the inquiry that lead to the last one.
        let chain = inquiryChainStart(before: start, in: tokens, from: window.lowerBound, folding: folding)
        let lower = max(window.lowerBound, chain - 3)
        for (words, predicate) in PredicateLexicon.modifiers {
            for position in lower..<chain where position + words.count <= chain {
                if matches(words, tokens, at: position, folding: folding) { return (predicate, position) }
            }
        }
        return nil
    }

    /// The first token of the inquiry verbs (`PredicateLexicon.inquiryVerbs`) standing right
    /// before `start`, joined by "," or "và"; `start` itself where none does.
    static func inquiryChainStart(before start: Int, in tokens: [Token], from floor: Int, folding: Bool = false) -> Int {
        var chain = start
        while true {
            var end = chain
            if end - 1 > floor, tokens[end - 1].is(",") || tokens[end - 1].lower == (folding ? "va" : "và") { end -= 1 }
            guard let verb = PredicateLexicon.inquiryVerbs.first(where: { end - $0.count >= floor && matches($0, tokens, at: end - $0.count, folding: folding) })
            else { return chain }
            chain = end - verb.count
        }
    }

    private static func applies(_ entry: PredicateLexicon.Entry, to thing: CountedThing?) -> Bool {
        guard !entry.things.isEmpty else {
            return thing != .visits || [.ignored, .change, .found].contains(entry.predicate)
        }
        return thing.map(entry.things.contains) ?? false
    }

    /// With `folding`, the tokens' `lower` is their folded form (`TypeReader.fold`) and the
    /// lexicon's words are compared folded too.
    static func matches(_ words: [String], _ tokens: [Token], at start: Int, folding: Bool = false) -> Bool {
        guard start >= 0, start + words.count <= tokens.count else { return false }
        for (offset, word) in words.enumerated()
        where tokens[start + offset].lower != (folding ? PredicateLexicon.folded[word] ?? word : word) {
            return false
        }
        return true
    }
}
