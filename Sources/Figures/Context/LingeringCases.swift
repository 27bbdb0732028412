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

    /// Cases or petitions someone is told to resolve by a date are still open: "giao UBND quận
    /// giải quyết dứt điểm 5 vụ việc trước ngày 31/1/2027", "đề nghị giải quyết xong 105 đơn
    /// trước 30/6/2027" (the annotation rules: existing cases named as a target are pending). A
    /// verb said as done ("đã giải quyết 40 đơn trước ngày 15/11") keeps its word, and so does a
    /// time that is no date ("trước thời hạn").
    static func givenDeadline(_ mention: NumberMention, verb: Range<Int>, in tokens: [Token]) -> Bool {
        // Only right before the verb: "đã chỉ đạo giải quyết … trước ngày" gave the duty earlier.
        let before = tokens[max(0, verb.lowerBound - pastReach)..<verb.upperBound].map(\.lower)
        guard !before.contains(where: PredicateLexicon.doneMarkers.contains) else { return false }
        var index = mention.end
        let end = min(tokens.count, mention.end + reach + 2)
        while index + 1 < end, !stops.contains(tokens[index].lower), !tokens[index].isNumber {
            if tokens[index].lower == deadlineWord {
                var next = index + 1
                if next < tokens.count, deadlineUnits.contains(tokens[next].lower) { next += 1 }
                return next < tokens.count && tokens[next].isNumber && (next > index + 1 || tokens[next].text.contains("/"))
            }
            index += 1
        }
        return false
    }

    /// Whether cases a verb said as done resolved are named as old ones right after the unit
    /// (past its type words): "đã giải quyết 214/239 vụ việc khiếu nại tồn đọng" says which
    /// cases were resolved, not their state. Without "đã" ("giải quyết dứt điểm 27 vụ việc tồn
    /// đọng") it may be a target, and the cases stay pending.
    static func doneOnOldCases(_ mention: NumberMention, verb: Range<Int>, in tokens: [Token]) -> Bool {
        guard verb.lowerBound > 0, PredicateLexicon.doneMarkers.contains(tokens[verb.lowerBound - 1].lower) else { return false }
        var index = mention.end
        while index < tokens.count, TypeReader.isTypeWord(tokens[index].lower) || tokens[index].is(",") { index += 1 }
        return phrases.contains { PredicateMatcher.matches($0, tokens, at: index) }
    }

    /// A duty to resolve cases for good ("chỉ đạo giải quyết dứt điểm 5 vụ việc") names cases still
    /// open, as a target does (the annotation rules); a duty alone ("đôn đốc giải quyết 41 vụ
    /// việc") names them without a state.
    static func settledForGood(verb: Range<Int>, in tokens: [Token]) -> Bool {
        let words = tokens[verb].map(\.lower)
        return zip(words, words.dropFirst()).contains { [$0, $1] == forGood }
    }

    static let forGood = ["dứt", "điểm"]

    /// The word that opens a deadline, and the words of time a date may follow in it.
    static let deadlineWord = "trước"
    static let deadlineUnits: Set<String> = ["ngày", "tháng", "quý", "năm"]
    /// How many words before the verb a mark of the past may stand: "đã giải quyết".
    static let pastReach = 1

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
