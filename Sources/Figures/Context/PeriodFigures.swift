/// Counts of another period set beside the one a sentence reports on, as news writes them: the
/// count compared with ("giảm 412 đơn so với năm 2025 (6.730 đơn)", "ít hơn so với 100 đơn trong
/// kỳ trước") and counts given period by period ("Số lượt tiếp giảm dần: năm 2022 là 4.912 lượt,
/// …, năm 2024 còn 3.660 lượt"; "Năm 2024, huyện nhận 506 đơn, đến năm 2026 chỉ còn 142 đơn").
/// Each counts what the figure beside it counts. The change or the "còn" that links it to its
/// period says how the counts moved, not that this one is a change or is still pending; it
/// takes the verb of the figure it stands beside, else the verb its clause said before the
/// change, else none (its paragraph's, or received for bare petitions, `ParagraphHeads`).
enum PeriodFigures {
    /// Words that may stand between "so với" and the count compared with: the period it is of
    /// ("so với năm 2025 (6.730 đơn)", "so với cùng kỳ năm trước là 310 lượt").
    static let comparedPeriodWords: Set<String> = [
        "năm", "cùng", "kỳ", "trước", "ngoái", "qua", "tháng", "quý", "(", "là", "mức", "con", "số",
    ]

    /// How a period's count is linked to the period named right before it: "năm 2022 là 4.912
    /// lượt", "năm 2024 còn 3.660 lượt", "đến năm 2026 chỉ còn 142 đơn".
    static let periodLinks: [[String]] = [["chỉ", "còn"], ["là"], ["còn"]]

    /// "chỉ còn" after a subject that is a count ("số đơn … chỉ còn 19 đơn"): the count fell to it.
    static let fallenLink = ["chỉ", "còn"]
    static let countSubject = "số"

    /// A fall told by its change word, whatever counts it: "số đơn giảm còn 868 đơn", "đơn thư
    /// giảm xuống còn 41 đơn". The count is the level reached, never what is still pending.
    static let fallLinks: [[String]] = [["giảm", "còn"], ["giảm", "xuống", "còn"]]

    /// "còn" before a level, as "chỉ còn" and "còn" are.
    static let levelLink = "còn"

    /// What opens the count another period had, right after a level: "chỉ còn 26 đơn, so với 171
    /// đơn cùng kỳ", "còn 868 đơn (cùng kỳ 1.021 đơn)".
    static let comparisonOpeners: [[String]] = [comparedWith, ["(", "cùng", "kỳ"]]
    /// "so với": what a change or a past count is measured against follows it.
    static let comparedWith = ["so", "với"]

    /// The same period of the year before, as it opens the count compared with: "(cùng kỳ 1.021
    /// đơn)", "…, cùng kỳ năm trước 310 lượt".
    static let samePeriod = ["cùng", "kỳ"]

    /// Words that name a period after "năm" without a year's number.
    static let relativeYears: Set<String> = ["nay", "ngoái", "trước"]

    /// How far before the count "so với" may stand.
    static let comparedReach = 6

    /// Whether the figure is the count of a period named and linked right before it, or the
    /// count a "số …" subject fell to ("Năm 2026, số đơn gửi đến phường chỉ còn 19 đơn").
    static func isPeriodValue(_ mention: NumberMention, in tokens: [Token]) -> Bool {
        let start = mention.tokenRange.lowerBound
        guard let link = periodLinks.first(where: { PredicateMatcher.matches($0, tokens, at: start - $0.count) }) else { return false }
        if isLevelReached(start: start, end: mention.end, in: tokens) { return true }
        let period = start - link.count
        if link == fallenLink {
            let clause = tokens.start(before: period, after: StretchMarks.phrase)
            if clause < period, tokens[clause].lower == countSubject { return true }
        }
        guard period >= 2, tokens[period - 2].lower == "năm" else { return false }
        return isYear(tokens[period - 1]) || relativeYears.contains(tokens[period - 1].lower)
    }

    /// Whether the count after "còn" (at `start`, its unit ending at `end`) is the level a count
    /// fell to: a change word before it ("giảm còn 868 đơn"), or another period's count compared
    /// with it right after ("chỉ còn 26 đơn, so với 171 đơn cùng kỳ"). "còn 12 đơn đang giải
    /// quyết, giảm so với …" says its own state before any comparison and stays pending.
    private static func isLevelReached(start: Int, end: Int, in tokens: [Token]) -> Bool {
        if fallLinks.contains(where: { PredicateMatcher.matches($0, tokens, at: start - $0.count) }) { return true }
        guard start > 0, tokens[start - 1].lower == levelLink else { return false }
        let next = end < tokens.count && tokens[end].is(",") ? end + 1 : end
        return comparisonOpeners.contains { PredicateMatcher.matches($0, tokens, at: next) }
    }

    /// Whether the words `between` a numeral without a unit after "từ" and the next count link the
    /// two ends of a change ("từ 71 lên 139 đơn", "từ 27 xuống còn 19 vụ việc"): the earlier end
    /// counts in the later one's unit.
    static func linksRangeEnds(_ between: [String], openedBy opener: String) -> Bool {
        guard opener == rangeStart, let link = between.first, rangeEnds.contains(link) else { return false }
        return between.count == 1 || between.count == 2 && rangeEndFillers.contains(between[1])
    }

    /// Whether the figure is the count another figure is compared with: "so với" right before it,
    /// with at most the words of a period between.
    static func isComparedBase(_ mention: NumberMention, in tokens: [Token]) -> Bool {
        let start = mention.tokenRange.lowerBound
        var index = start - 1
        while index > 0, start - index <= comparedReach {
            if PredicateMatcher.matches(comparedWith, tokens, at: index - 1) { return !isChangeAmount(mention, in: tokens) }
            // "(cùng kỳ 1.021 đơn)", ", cùng kỳ năm trước 310 lượt": the same period before.
            if PredicateMatcher.matches(samePeriod, tokens, at: index - 1), index >= 2,
                tokens[index - 2].is("(") || tokens[index - 2].is(",")
            {
                return true
            }
            guard comparedPeriodWords.contains(tokens[index].lower) || isYear(tokens[index]) || namesPeriod(at: index, in: tokens)
            else { return false }
            index -= 1
        }
        return false
    }

    /// Whether the figure is the amount of a change said before its comparison: "giảm so
    /// với cùng kỳ năm trước là 47 lượt", "tăng so với năm 2025 24 đơn". A change word right before
    /// "so với" and a period between "với" and the count make the count by how much;
    /// "tăng so với 13 đơn" (no period) and "giảm so với năm 2025 (6.730 đơn)" (the count set
    /// apart) give the count compared with.
    static func isChangeAmount(_ mention: NumberMention, in tokens: [Token]) -> Bool {
        let count = mention.tokenRange.lowerBound
        let floor = max(0, count - comparedReach - 1)
        guard let so = (floor..<count).last(where: { $0 + 1 < count && PredicateMatcher.matches(comparedWith, tokens, at: $0) }) else {
            return false
        }
        let period = tokens[(so + 2)..<count]
        guard !period.isEmpty, !period.contains(where: { $0.is("(") }),
            period.allSatisfy({ comparedPeriodWords.contains($0.lower) || isYear($0) })
        else { return false }
        return PredicateLexicon.entries.contains { entry in
            entry.predicate == .change && so >= entry.words.count && PredicateMatcher.matches(entry.words, tokens, at: so - entry.words.count)
        }
    }

    /// Whether `mention`, joined by "," or "và" right after the change `change`, is a second
    /// amount of that change, the comparison said after both: "tăng 768 lượt và 1.174 người so
    /// với năm 2023", "giảm 53 lượt, 63 người so với tháng 10".
    static func sharesChange(_ change: NumberMention, _ mention: NumberMention, in tokens: [Token]) -> Bool {
        // Two figures written by one token ("210/220 lượt") have nothing between them.
        guard change.end < mention.tokenRange.lowerBound else { return false }
        let between = tokens[change.end..<mention.tokenRange.lowerBound]
        guard between.count == 1, between.first.map({ $0.is(",") || $0.lower == "và" }) == true else { return false }
        let end = tokens[mention.end...].firstIndex { $0.bounds(StretchMarks.openedClause) || $0.is(",") } ?? tokens.count
        return (mention.end..<end).contains { index in comparisonWords.contains { PredicateMatcher.matches($0, tokens, at: index) } }
    }

    /// What says a change is measured against another period: "so với", "so cùng kỳ".
    static let comparisonWords: [[String]] = [comparedWith, ["so", "cùng"]]

    /// The words of a change told by its two ends, "từ 257 đơn xuống 226 đơn", "từ 430 lượt lên
    /// 490 lượt": the earlier count after "từ", this period's after "xuống" or "lên".
    static let rangeStart = "từ"
    static let rangeEnds: Set<String> = ["xuống", "lên"]
    /// A word the link may take before the later count: "xuống còn 226 đơn", "lên đến 490
    /// lượt", "lên tới". Its "còn" says where the change ends, not what is still pending.
    static let rangeEndFillers: Set<String> = ["còn", "đến", "tới"]

    /// How many tokens after the earlier end's unit the link may stand: "257 đơn xuống", "120 vụ
    /// việc năm 2024 lên".
    static let rangeReach = 4

    /// The earlier end's own tokens before them: "từ", its numeral, a two-word unit.
    static let earlierEndWords = 4

    /// Whether the figure is one end of a change told from one count to another: "giảm 12%, từ
    /// 257 đơn xuống 226 đơn". Both counts count what the clause's head counts, each of its own
    /// period (the earlier one is a count compared with, as "so với 257 đơn" is).
    static func isChangeEnd(_ mention: NumberMention, in tokens: [Token]) -> Bool {
        let start = mention.tokenRange.lowerBound
        guard start > 0 else { return false }
        if tokens[start - 1].lower == rangeStart {
            // The other end: a numeral right after "xuống"/"lên" (or "xuống còn") a few tokens on.
            let reach = tokens[mention.end..<min(tokens.count, mention.end + rangeReach)]
            return reach.indices.contains { rangeEnds.contains(tokens[$0].lower) && laterEnd(after: $0, in: tokens) != nil }
        }
        guard let link = linkBefore(start, in: tokens), mention.qualifier.isEmpty else { return false }
        // "từ 257 đơn xuống", "từ 120 vụ việc năm 2024 lên": the earlier end before it, its
        // numeral, unit and the words the other end may reach, within one phrase.
        let lower = max(0, link - rangeReach - earlierEndWords)
        guard let opener = (lower..<link).last(where: { tokens[$0].lower == rangeStart && tokens[$0 + 1].isNumber }) else { return false }
        return !tokens[opener..<start].contains { $0.is(",") || $0.bounds(StretchMarks.clause) }
    }

    /// The index of the later count after the link at `link`: right after it, or after one
    /// filler ("xuống còn 226").
    private static func laterEnd(after link: Int, in tokens: [Token]) -> Int? {
        var next = link + 1
        if next < tokens.count, rangeEndFillers.contains(tokens[next].lower) { next += 1 }
        return next < tokens.count && tokens[next].isNumber ? next : nil
    }

    /// The index of the link ("xuống", "lên") before a later count at `start`, with at most one
    /// filler between.
    private static func linkBefore(_ start: Int, in tokens: [Token]) -> Int? {
        var link = start - 1
        if link > 0, rangeEndFillers.contains(tokens[link].lower) { link -= 1 }
        return rangeEnds.contains(tokens[link].lower) && laterEnd(after: link, in: tokens) == start ? link : nil
    }

    static func settle(_ readings: inout [Reading], in tokens: [Token]) {
        for position in readings.indices {
            let reading = readings[position]
            let mention = reading.mention
            guard let thing = reading.thing, mention.denominator == nil, !isChangeAmount(mention, in: tokens) else { continue }
            let compared = isComparedBase(mention, in: tokens)
            let changeEnd = isChangeEnd(mention, in: tokens)
            guard compared || isPeriodValue(mention, in: tokens) || changeEnd else { continue }
            // "năm 2026 còn 12 vụ việc chưa giải quyết": what is said after it is its own state;
            // after a change's earlier end comes the link ("từ 257 đơn xuống còn 226 đơn").
            let earlierEnd = changeEnd && tokens[mention.tokenRange.lowerBound - 1].lower == rangeStart
            guard earlierEnd || PredicateMatcher.after(in: tokens, from: mention.end, thing: thing) == nil else { continue }
            guard reading.predicate == nil || reading.predicate == .change || reading.predicate == .pending else { continue }
            // The figure it stands beside: the last before it that counts in the same unit, a
            // change between them left aside.
            if let source = readings[..<position].last(where: {
                ($0.mention.unit == mention.unit || $0.thing == thing) && $0.predicate != .change
            }) {
                // "nhận được 90 đơn xin ly hôn …, tăng so với 13 đơn": the count compared with
                // is of what its figure counts, no petition where that one is none. The later
                // end of a change ("tăng từ 12 vụ lên 15 vụ") counts what the earlier one does,
                // with its verb or with none.
                // A count compared with takes its figure's verb even where that one has none
                // ("số đơn giảm còn 868 đơn (cùng kỳ 1.021 đơn)"): the "còn" before is not its own.
                guard countsPetitions(source), source.predicate != nil || changeEnd || compared else { continue }
                readings[position].predicate = source.predicate
                readings[position].predicateSource = .carried
                if compared, readings[position].types.isEmpty { readings[position].types = source.types }
            } else {
                // The clause's own verb, so the paragraph's next figures may take it. Petitions
                // whose level is told with none ("số đơn giảm còn 868 đơn (cùng kỳ 1.021 đơn)")
                // are the period's total that came in, not what another paragraph did with some.
                let verb = verbBeforeChange(of: mention, thing: thing, in: tokens)
                let total = thing == .petitions && isLevelReached(start: mention.tokenRange.lowerBound, end: mention.end, in: tokens)
                readings[position].predicate = verb ?? (total ? .received : nil)
                readings[position].predicateSource = .own
            }
            readings[position].verbDistance = nil
        }
    }

    /// Whether the figure counts petitions, cases, visits or the like, its verb aside: one whose
    /// state its paragraph gives ("số đơn giảm còn 868 đơn", the earlier end of "từ 38 lên 95
    /// đơn") counts what it would count as received.
    private static func countsPetitions(_ reading: Reading) -> Bool {
        guard reading.measure == nil else { return true }
        guard reading.predicate == nil else { return false }
        var received = reading
        received.predicate = .received
        return received.measure != nil
    }

    /// The verb the figure's clause said before any change or "còn": "Số lượt tiếp giảm dần
    /// qua từng năm: năm 2022 là …" counts visits received. A sending verb says what was done
    /// only right after the petitions sent ("số đơn gửi đến phường": received).
    private static func verbBeforeChange(of mention: NumberMention, thing: CountedThing, in tokens: [Token]) -> Predicate? {
        let start = tokens.start(before: mention.tokenRange.lowerBound, after: StretchMarks.clause)
        var window = start..<mention.tokenRange.lowerBound
        while let match = PredicateMatcher.before(in: tokens, window: window, thing: thing) {
            // "số đơn quá hạn ở cấp xã chỉ còn 22 đơn", "số vụ việc tồn đọng giảm còn 9 vụ việc":
            // a state the subject names is the level's; the "còn" of the link names none.
            if match.predicate == .pending, tokens[match.range.lowerBound].lower != levelLink { return .pending }
            guard match.predicate == .change || match.predicate == .pending else {
                guard tokens[match.range].map(\.lower) == PredicateLexicon.sendingVerb else { return match.predicate }
                // "số đơn gửi đến phường": petitions sent to it were received, as "N đơn gửi tới" is.
                let sender = match.range.lowerBound - 1
                return sender >= 0 && PredicateLexicon.passedOnNouns.contains(tokens[sender].lower) ? .received : nil
            }
            window = window.lowerBound..<match.range.lowerBound
        }
        return nil
    }

    /// "3.906 phản ánh (tháng 10: 3.541)": a bare count in parentheses labelled by another
    /// month or quarter, "(tháng 10: 3.541)", "(quý II: 812)", is that period's count of what the
    /// figure before it counts (`CarriedBreakdowns.inheritInParentheses`).
    static func isPeriodInParentheses(_ mention: NumberMention, in tokens: [Token]) -> Bool {
        let start = mention.tokenRange.lowerBound
        guard !mention.hasUnit, mention.denominator == nil, start >= 4, mention.end < tokens.count, tokens[mention.end].is(")"),
            tokens[start - 1].is(":"), tokens[start - 4].is("(")
        else { return false }
        return namesPeriod(at: start - 2, in: tokens)
    }

    /// The number of a quarter or a month: "quý II", "tháng 8".
    private static func namesPeriod(at index: Int, in tokens: [Token]) -> Bool {
        guard index > 0, periodNouns.contains(tokens[index - 1].lower) else { return false }
        let token = tokens[index]
        return token.isNumber || token.isWord && token.text.allSatisfy { "IVX".contains($0) }
    }

    static let periodNouns: Set<String> = ["quý", "tháng"]

    private static func isYear(_ token: Token) -> Bool {
        token.isNumber && token.text.count == 4 && (token.text.hasPrefix("19") || token.text.hasPrefix("20"))
    }
}
