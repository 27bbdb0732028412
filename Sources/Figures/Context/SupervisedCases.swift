import DocumentModel

/// Cases whose resolution is what a supervision looks into: "tổ chức 2 cuộc giám sát chuyên đề …
/// về việc giải quyết 12 vụ việc khiếu nại đông người" resolved none of the 12; "việc giải quyết"
/// names the matter supervised, and the cases are still pending (the annotation rules: cases
/// under a supervision are pending).
enum SupervisedCases {
    /// The nominalised verb right before the figure: the resolution as a matter, not an act.
    static let matter: [String] = ["việc", "giải", "quyết"]
    /// Words that name a supervision of the matter.
    static let supervision: [[String]] = [["giám", "sát"]]

    static func settle(_ readings: inout [Reading], in tokens: [Token]) {
        for position in readings.indices where readings[position].thing == .cases && readings[position].predicate == .resolved {
            let start = readings[position].mention.tokenRange.lowerBound - matter.count
            guard start >= 0, PredicateMatcher.matches(matter, tokens, at: start) else { continue }
            let supervised = (0..<start).contains { index in supervision.contains { PredicateMatcher.matches($0, tokens, at: index) } }
            if supervised {
                readings[position].predicate = .pending
            }
        }
    }
}
