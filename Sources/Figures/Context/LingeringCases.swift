import DocumentModel

/// Cases named by how long they have stayed open — "23 vụ việc khiếu nại kéo dài", "45 vụ việc
/// tồn đọng" — are cases still pending, whatever a supervision, a review or a target does with
/// them: "giám sát 31 vụ việc khiếu nại kéo dài", "rà soát, phân loại 9 vụ việc khiếu nại kéo
/// dài", "chỉ đạo giải quyết dứt điểm 20 vụ việc khiếu nại kéo dài" (the annotation rules: existing
/// cases named as a target are pending). A verb that says they were received or resolved, or a
/// reception they were brought to, keeps its word.
enum LingeringCases {
    /// Words after the counted cases that say they have stayed open.
    static let phrases: [[String]] = [["kéo", "dài"], PredicateLexicon.backlog]
    /// How many tokens after the unit the words may stand: the cases' descriptors run over commas
    /// up to the next figure or stop, "vụ việc khiếu nại, tố cáo đông người, phức tạp, kéo dài".
    static let reach = 12
    /// What a supervision, a review or a target says of cases: no verb of its own, other work
    /// ("rà soát"), a duty ("chỉ đạo giải quyết"), a plan ("sẽ … giám sát").
    static let overridden: Set<Predicate?> = [nil, .other, .toResolve, .planned]

    /// Run before predicates are carried over, so that a reception heading does not make the
    /// cases received and the items breaking them down inherit their state.
    static func settle(_ readings: inout [Reading], in tokens: [Token]) {
        for position in readings.indices where readings[position].thing == .cases && overridden.contains(readings[position].predicate) {
            let mention = readings[position].mention
            let end = min(tokens.count, mention.end + reach)
            var index = mention.end
            while index < end, !tokens[index].isNumber, !stops.contains(tokens[index].lower) {
                if phrases.contains(where: { PredicateMatcher.matches($0, tokens, at: index) }) {
                    readings[position].predicate = .pending
                    readings[position].predicateSource = .own
                    break
                }
                index += 1
            }
        }
        for position in readings.indices where readings[position].thing == .cases && readings[position].predicate == .pending {
            pendingItems(after: position, readings: &readings, in: tokens)
        }
    }

    /// "rà soát 1.083 vụ việc … kéo dài, trong đó 35 vụ việc thuộc thẩm quyền của bộ", "411 vụ
    /// việc còn lại đang được xử lý, trong đó 35 vụ việc …": the cases of a pending whole (a
    /// lingering one or one said pending), after "trong đó" or "trong số đó" with no verb of their own, are
    /// pending with it; whose they are ("thuộc thẩm quyền của …") names no state of cases.
    static func pendingItems(after whole: Int, readings: inout [Reading], in tokens: [Token]) {
        var previous = whole
        for position in readings.indices.dropFirst(whole + 1) {
            guard readings[position].thing == .cases, itemPredicates.contains(readings[position].predicate) else { return }
            let between = tokens[readings[previous].mention.end..<readings[position].mention.tokenRange.lowerBound].map(\.lower)
            guard !between.contains(";") else { return }
            let opened = zip(between, between.dropFirst()).contains { $0 == "trong" && ComplainantCount.breakdownOpeners.contains($1) }
            guard opened || previous != whole else { return }
            readings[position].predicate = .pending
            readings[position].predicateSource = .carried
            previous = position
        }
    }

    static let itemPredicates: Set<Predicate?> = [nil, .inJurisdiction]

    /// Tokens that end what is said of the counted cases.
    static let stops: Set<String> = [";", ".", ":", "(", ")"]
}
