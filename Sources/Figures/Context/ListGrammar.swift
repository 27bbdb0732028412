/// How the items of a list, a breakdown or a coordination inherit from their head what they do
/// not say themselves: "có 19 đoàn đông người (cấp tỉnh 7 đoàn, cấp huyện 12 đoàn)" counts
/// delegations three times, "12 cuộc thanh tra, … đã kết luận 07 cuộc" inspections twice, and
/// "60 đơn khiếu nại (…); đã giải quyết 50/60 đơn, còn 10 đơn" complaints three times.
enum ListGrammar {
    /// Where the words that type a figure end: before the label of the next item ("khiếu nại 40
    /// lượt, tố cáo 12 lượt": "tố cáo" types the 12, not the 40).
    static func typeEnd(of following: Range<Int>, in tokens: [Token]) -> Int {
        guard following.upperBound < tokens.count, tokens[following.upperBound].isNumber,
            let comma = tokens[following].lastIndex(where: { $0.is(",") || $0.is(":") })
        else { return following.upperBound }
        let label = tokens[(comma + 1)..<following.upperBound]
        let labelled = !label.isEmpty && TypeReader.label(
            in: tokens, window: (comma + 1)..<following.upperBound, numeral: following.upperBound, isBreakdown: true
        ).isEmpty == false
        return labelled ? comma : following.upperBound
    }

    /// Whether `second` follows `first` as its apposition: "1.126 lượt với 1.482 người", "412 lượt,
    /// 538 người", "84 lượt (202 người)", "480 lượt/530 người" — at most two linking tokens between.
    static func adjacent(_ first: NumberMention, _ second: NumberMention, in tokens: [Token]) -> Bool {
        let between = tokens[first.end..<second.tokenRange.lowerBound]
        return between.count <= 2 && between.allSatisfy { $0.is(",") || $0.is("(") || $0.is("/") || ["với", "và", "gồm"].contains($0.lower) }
    }

    /// What counted sessions are: the words after the unit, else those of the clause before it.
    static func sessionKind(following: [String], window: Range<Int>, in tokens: [Token]) -> MeasureClassifier.SessionKind? {
        if let named = MeasureClassifier.sessionKind(named: following) { return named }
        return MeasureClassifier.sessionKind(before: tokens[window].filter(\.isWord).map(\.lower))
    }

    /// A "đoàn" or a "cuộc" that names nothing counts what its head or the item before it counts.
    static func inheritThings(_ readings: inout [Reading], parents: [Int?], tokens: [Token]) {
        // "tiếp nhận 827 lượt công dân (…), phản ánh 672 vụ việc": cases beside petitions or visits
        // are complaint cases even where no complaint word is written.
        let petitionTalk = readings.contains { $0.thing == .petitions || $0.thing == .visits }
        for position in readings.indices {
            if petitionTalk, readings[position].thing == nil, readings[position].mention.unit == "vụ việc",
                !readings[position].talk.crime
            {
                readings[position].thing = .cases
            }
            let heads = [parents[position]].compactMap { $0 } + Array(readings.indices[..<position].reversed())
            if readings[position].thing == nil, readings[position].mention.unit == "đoàn",
                heads.contains(where: { readings[$0].thing == .delegations })
            {
                readings[position].thing = .delegations
            }
            if readings[position].thing == .sessions, readings[position].sessionKind == nil,
                let head = heads.first(where: { readings[$0].thing == .sessions && readings[$0].sessionKind != nil })
            {
                readings[position].sessionKind = readings[head].sessionKind
            }
        }
    }

    /// A figure naming no type takes its head's: the figure it breaks down, else the last figure
    /// before it counting the same thing outside any breakdown.
    static func inheritTypes(_ readings: inout [Reading], parents: [Int?]) {
        for position in readings.indices where readings[position].types.isEmpty {
            let thing = readings[position].thing
            guard thing == .petitions || thing == .cases || thing == .visits else { continue }
            if let parent = parents[position], readings[parent].thing == thing {
                readings[position].types = readings[parent].types
            } else if let head = readings.indices[..<position].last(where: { readings[$0].thing == thing && parents[$0] == nil }) {
                readings[position].types = readings[head].types
            }
        }
    }
}
