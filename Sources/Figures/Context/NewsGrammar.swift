/// Clauses of the news voice that reports and their lists seldom use: cases named by the outcome
/// said after their type ("có 41 trường hợp khiếu nại đúng"), a target written as a bound ("đưa
/// số đơn vượt cấp xuống dưới 50 đơn"). A part set apart ("Riêng đơn tố cáo có 87 đơn") opens a
/// head: `HeadBoundary`.
enum NewsGrammar {
    /// Words that name a target before a bound: "đặt mục tiêu …", "phấn đấu …", "chỉ tiêu …".
    static let targetWords: [[String]] = [["mục", "tiêu"], ["chỉ", "tiêu"], ["phấn", "đấu"]]

    /// Qualifiers or words right before a figure that make it a bound: "dưới 50 đơn", "xuống 30 đơn".
    static let boundWords: Set<String> = ["dưới", "xuống"]

    /// Units that count cases by those who brought them, whose kind is said by the words after.
    static let caseByOutcomeUnits: Set<String> = ["trường hợp"]

    /// "có 41 trường hợp khiếu nại đúng hoặc đúng một phần": cases counted by who brought them,
    /// of the type named after the unit, with an outcome said after the type — resolved cases,
    /// whatever state the sentences before left.
    static func readCasesByOutcome(_ readings: inout [Reading], in tokens: [Token]) {
        for position in readings.indices where readings[position].thing == nil {
            let mention = readings[position].mention
            guard caseByOutcomeUnits.contains(mention.unit) else { continue }
            var typeEnd = mention.end
            while typeEnd < tokens.count, tokens[typeEnd].isWord, TypeReader.isTypeWord(tokens[typeEnd].lower) { typeEnd += 1 }
            guard typeEnd > mention.end, typeEnd < tokens.count, ListGrammar.outcomeHeads.contains(tokens[typeEnd].lower) else { continue }
            let types = TypeReader.types(in: tokens, range: mention.end..<typeEnd)
            guard !types.isEmpty else { continue }
            readings[position].thing = .cases
            readings[position].types = types
            readings[position].namedTypes = types
            readings[position].afterOutcome = true
        }
    }

    /// "huyện lần lượt nhận 210, 185 và 160 đơn khiếu nại": numerals joined by commas and "và"
    /// before one unit all count in it; each takes what the last one, which names the unit, counts.
    /// So does the earlier end of a change told from one count to another ("từ 71 lên 139 đơn").
    static func shareTrailingUnit(_ readings: inout [Reading], in tokens: [Token]) {
        ListGrammar.backToFront(&readings) { reading, next in
            let mention = reading.mention
            guard !mention.hasUnit, reading.thing == nil, next.thing != nil, mention.denominator == nil else { return }
            let between = tokens[mention.end..<next.mention.tokenRange.lowerBound]
            // "từ 71 lên 139 đơn": the earlier end of a change counts in the later one's unit.
            let opener = mention.tokenRange.lowerBound > 0 ? tokens[mention.tokenRange.lowerBound - 1].lower : ""
            guard between.allSatisfy({ $0.is(",") || $0.lower == "và" })
                || PeriodFigures.linksRangeEnds(between.map(\.lower), openedBy: opener)
            else { return }
            // The chain must end in a numeral with the unit: "210, 185 và 160 đơn".
            guard next.mention.hasUnit || next.thingInherited else { return }
            reading.thing = next.thing
            reading.thingInherited = true
            reading.types = next.types
            reading.namedTypes = next.namedTypes
            if reading.predicate == nil { reading.predicate = next.predicate }
        }
    }

    /// "lần lượt": counts said after it pair, in order, with as many counts of the same thing
    /// named before it in the sentence.
    static let respectively = ["lần", "lượt"]

    /// "Bộ đã thụ lý 146 vụ việc khiếu nại và 38 vụ việc tố cáo, giải quyết xong lần lượt 132 và
    /// 35 vụ việc": the counts after "lần lượt" (to the end of their clause) each take the type of
    /// the count before that they pair with — only where those counts each name one type of
    /// their own, all different. "lần lượt nhận 210, 185 và 160 đơn" pairs with nothing.
    static func pairRespectively(_ readings: inout [Reading], in tokens: [Token]) {
        guard let at = tokens.indices.first(where: { PredicateMatcher.matches(respectively, tokens, at: $0) }) else { return }
        let start = at + respectively.count
        let end = tokens[start...].firstIndex { $0.bounds(StretchMarks.clause) } ?? tokens.count
        let after = readings.indices.filter {
            (start..<end).contains(readings[$0].mention.tokenRange.lowerBound)
        }
        guard after.count >= 2, let thing = readings[after[0]].thing, after.allSatisfy({ readings[$0].thing == thing }) else { return }
        let before = readings.indices.filter { readings[$0].mention.end <= at && readings[$0].thing == thing }.suffix(after.count)
        guard before.count == after.count else { return }
        let types = before.map { readings[$0].namedTypes }
        guard types.allSatisfy({ $0.count == 1 }), Set(types).count == types.count else { return }
        for (position, type) in zip(after, types) {
            readings[position].types = type
            readings[position].namedTypes = type
        }
    }

    /// "đặt mục tiêu … đưa số đơn vượt cấp xuống dưới 50 đơn": a bound set as a target counts
    /// nothing done.
    static func readTargetBounds(_ readings: inout [Reading], in tokens: [Token]) {
        for position in readings.indices {
            let mention = readings[position].mention
            let start = mention.tokenRange.lowerBound
            let bound = boundWords.contains(mention.qualifier) || start > 0 && boundWords.contains(tokens[start - 1].lower)
            guard bound else { continue }
            let clauseStart = tokens.start(before: start, after: StretchMarks.clause)
            let targeted = (clauseStart..<start).contains { index in
                targetWords.contains { PredicateMatcher.matches($0, tokens, at: index) }
            }
            if targeted { readings[position].predicate = .planned }
        }
    }
}
