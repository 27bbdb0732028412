/// Recommendations an inspection made and the bodies it inspected carry out: "các đơn vị mới thực
/// hiện 5/12 kiến nghị của đoàn thanh tra", "mới có 5/12 kiến nghị được thực hiện". They count a
/// finding's follow-up, not petitions; citizens' recommendations are answered or resolved, never
/// "thực hiện".
enum InspectionFindings {
    /// Units that name recommendations.
    static let recommendationUnits: Set<String> = ["kiến nghị"]
    /// The verb of carrying out a recommendation.
    static let implementing = ["thực", "hiện"]
    /// How many tokens before the numeral the verb may stand ("đã thực hiện xong 19/27 kiến nghị").
    static let verbReach = 4
    /// Words after the unit that name an inspection or audit as the recommendations' author.
    static let authorPhrases: [[String]] = [
        ["của", "đoàn", "thanh", "tra"], ["sau", "thanh", "tra"], ["của", "thanh", "tra"], ["của", "kết", "luận"],
        ["theo", "kết", "luận"], ["của", "kiểm", "toán"], ["sau", "kiểm", "toán"],
    ]

    /// Whether `mention` counts recommendations carried out (or to be) after an inspection.
    static func isFinding(_ mention: NumberMention, in tokens: [Token]) -> Bool {
        guard recommendationUnits.contains(mention.unit) else { return false }
        let verbStart = max(0, mention.numeralIndex - verbReach - implementing.count)
        let verbBefore = (verbStart..<mention.numeralIndex).contains { position in
            PredicateMatcher.matches(implementing, tokens, at: position)
                && !tokens[position..<mention.numeralIndex].contains { $0.is(",") || $0.is(";") }
        }
        let after = mention.end
        let verbAfter = [["được"], ["đã", "được"], ["đã"]].contains {
            PredicateMatcher.matches($0 + implementing, tokens, at: after)
        }
        let author = authorPhrases.contains { PredicateMatcher.matches($0, tokens, at: after) }
        return verbBefore || verbAfter || author
    }

    /// A recommendation count after a finding in the same sentence counts the same
    /// recommendations unless it names citizens: "… 5/12 kiến nghị của đoàn thanh tra; 7 kiến
    /// nghị còn lại phải hoàn thành …".
    static func dropFindings(_ readings: inout [Reading], in tokens: [Token]) {
        var sawFinding = false
        for position in readings.indices {
            let mention = readings[position].mention
            guard recommendationUnits.contains(mention.unit) else { continue }
            // "thực hiện 50 kiến nghị của cử tri": citizens' recommendations stay theirs.
            let owners = LoweredText(readings[position].followingWords.joined(separator: " "))
            guard !owners.containsAny(Topic.petitionerWords) else { continue }
            if sawFinding || isFinding(mention, in: tokens) {
                sawFinding = true
                readings[position].thing = nil
            }
        }
    }
}
