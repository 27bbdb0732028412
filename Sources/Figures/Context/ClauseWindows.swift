/// Where each figure's clause starts and which figure a parenthesised breakdown belongs to:
/// in "463 đơn (trong đó: khiếu nại: 17 đơn, tố cáo: 19 đơn)" the 17 and 19 break down the 463.
struct ClauseWindows: Sendable {
    /// For each mention, the token range before it that holds its predicate and scope.
    var windows: [Range<Int>]
    /// For each mention, the mention it breaks down, if any.
    var parents: [Int?]
    /// For each mention, the "(" it stands inside, if any.
    var openings: [Int?]

    /// Words a breakdown may stand after its figure before the "(": "05 vụ việc khiếu nại, tố cáo
    /// đông người, phức tạp (01 vụ việc …" still breaks the 05 down.
    static let breakdownReach = 12

    init(tokens: [Token], mentions: [NumberMention]) {
        var windows: [Range<Int>] = []
        var parents: [Int?] = []
        var openings: [Int?] = []
        for (position, mention) in mentions.enumerated() {
            let opening = Self.enclosingParenthesis(before: mention.tokenRange.lowerBound, in: tokens)
            var start = tokens.start(before: mention.tokenRange.lowerBound, after: StretchMarks.item)
            if position > 0 { start = max(start, mentions[position - 1].end) }
            if let opening { start = max(start, opening + 1) }
            windows.append(min(start, mention.tokenRange.lowerBound)..<mention.tokenRange.lowerBound)
            openings.append(opening)
            parents.append(opening.flatMap { Self.parent(of: $0, tokens: tokens, mentions: mentions) })
        }
        self.windows = windows
        self.parents = parents
        self.openings = openings
    }

    /// The innermost "(" still open at `index`.
    static func enclosingParenthesis(before index: Int, in tokens: [Token]) -> Int? {
        var open: [Int] = []
        for position in 0..<index {
            if tokens[position].is("(") {
                open.append(position)
            } else if tokens[position].is(")") {
                _ = open.popLast()
            }
        }
        return open.last
    }

    /// The figure a "(" follows closely, with no ";" or other numeral between.
    private static func parent(of opening: Int, tokens: [Token], mentions: [NumberMention]) -> Int? {
        guard let candidate = mentions.lastIndex(where: { $0.end <= opening }) else { return nil }
        let between = tokens[mentions[candidate].end..<opening]
        guard between.count <= breakdownReach, !between.contains(where: { $0.is(";") || $0.isNumber || $0.is(".") }) else {
            return nil
        }
        return candidate
    }
}
