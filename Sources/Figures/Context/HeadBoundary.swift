/// One notion of a head: where a figure opens a head of its own instead of continuing the
/// clause or the sentences before. Three shapes open one, each without a verb of its own: a part
/// set apart ("Riêng đơn tố cáo có 87 đơn"), a topic ("Đối với 64 đơn tố cáo …, Công an tỉnh đã
/// chuyển"), and an existential "có" with its own counted noun at the start of a clause ("Đáng chú
/// ý, có 1.740 đơn KNTC"). Across a sentence boundary a status carries to the items of a list, a
/// breakdown or a label line ("Trong đó có 14 vụ việc …", "Cấp tỉnh 58 đơn", "Theo loại đơn: KN
/// 148 đơn"), not to a figure that opens a head: "hướng dẫn, trả lời 5.398 đơn. Đáng chú ý, có
/// 1.740 đơn KNTC liên quan đến giá đất" guides none of the 1 740, it names another set of
/// petitions by its own noun.
enum HeadBoundary {
    /// The word that sets a part apart from what the sentences before counted.
    static let setApartOpener = "riêng"

    /// Words that, opening a clause before "có", make what follows a part of the figure before:
    /// "trong đó có", "trong số đó có", "gồm có", "cụ thể có", and a part set apart ("Riêng đơn tố
    /// cáo có 87 đơn", read by `setApart`).
    static let breakdownOpeners: Set<String> = ["trong", "gồm", "bao", "cụ", "thể", "số", "đó", setApartOpener]

    /// First words of a scope that names a whole, not one item of a breakdown: "Toàn tỉnh có 64
    /// vụ việc" opens a head where "Cấp huyện có 31 vụ việc" may be an item.
    static let wholeScopeOpeners: Set<String> = ["toàn", "cả"]

    static func namesWhole(_ words: ArraySlice<Token>) -> Bool {
        guard let first = words.first, words.count <= 3, words.allSatisfy(\.isWord) else { return false }
        return wholeScopeOpeners.contains(first.lower)
    }

    /// Marks the figures of a sentence that open a head of their own, so that the section's last
    /// status (`ParagraphHeads`) is not put on them, and reads the state a head's own shape says:
    /// a part set apart came in, a topic takes its main clause's verb.
    static func markHeads(_ readings: inout [Reading], in tokens: [Token]) {
        let setApartSentence = tokens.first(where: \.isWord)?.lower == setApartOpener
        for position in readings.indices where readings[position].predicate == nil {
            if setApartSentence, setApart(readings[position], in: tokens) {
                readings[position].opensHead = true
                readings[position].predicate = .received
                readings[position].predicateSource = .context
            } else if let opener = topicOpener(of: readings[position].mention, in: tokens) {
                readings[position].opensHead = true
                readTopic(position, readings: &readings, in: tokens, readsMainVerb: !setOpeners.contains(opener))
            } else {
                readings[position].opensHead = opensHead(readings[position], in: tokens)
            }
        }
    }

    /// "Riêng đơn tố cáo có 87 đơn": the petitions of one kind among those that came in, with no
    /// verb of their own, before any other figure or ";" of the sentence; the state the sentences
    /// before left ("lưu 391 đơn") is not theirs — they came in.
    static func setApart(_ reading: Reading, in tokens: [Token]) -> Bool {
        let start = reading.mention.tokenRange.lowerBound
        return reading.thing == .petitions && start > 0 && tokens[start - 1].lower == "có"
            && !tokens[..<start].contains(where: { $0.isNumber || $0.is(";") })
    }

    /// Words that set a figure up as the topic of the clause after it: "Đối với 64 đơn tố cáo có
    /// dấu hiệu tội phạm, Công an tỉnh đã chuyển …"; "Trong 67 đơn kiến nghị, phản ánh, có 52
    /// đơn …" takes a set the sections before counted and splits it. ("Từ 34 đơn khiếu nại, Bộ
    /// Chỉ huy thụ lý 26 vụ việc" would be one too, but "từ" also opens a change's earlier end.)
    static let topicOpeners: [[String]] = [["đối", "với"], ["trong", "số"], ["trong"]]

    /// Openers of a set whose main clause speaks of what lies within it, not of the set: "Trong
    /// 3 cuộc thanh tra, đoàn đã phát hiện nhiều sai phạm" found faults, it found no inspections.
    static let setOpeners: Set<[String]> = [["trong", "số"], ["trong"]]

    /// The topic opener that stands right before the figure at the start of a clause, if any.
    static func topicOpener(of mention: NumberMention, in tokens: [Token]) -> [String]? {
        topicOpeners.first { opener in
            let start = mention.tokenRange.lowerBound - opener.count
            guard start >= 0, PredicateMatcher.matches(opener, tokens, at: start) else { return false }
            return start == 0 || tokens[start - 1].is(",") || tokens[start - 1].is(";") || tokens[start - 1].is(":") || tokens[start - 1].is(".")
        }
    }

    /// How many tokens after the topic's comma its main clause's verb may stand: "Công an tỉnh
    /// đã chuyển".
    static let topicVerbReach = 8

    /// A topic's state is said by the main clause after it: "Đối với 64 đơn …, Công an tỉnh đã
    /// chuyển cho Cơ quan Cảnh sát điều tra" forwarded the 64. Where the main clause counts the
    /// same thing again ("Đối với 58 kiến nghị của doanh nghiệp, đã giải quyết 51 kiến nghị") the
    /// verb is that figure's and the topic is the whole dealt with: petitions counted without a
    /// verb of their own, the ones that came in.
    static func readTopic(_ position: Int, readings: inout [Reading], in tokens: [Token], readsMainVerb: Bool) {
        let reading = readings[position]
        // "Trong 1.218 lượt công dân có 7 đoàn đông người": visits set apart to be split were
        // received; what the clause after them says is of their parts. Only citizens' visits:
        // named so, split into delegations or persons, or in a sentence about petitions. "Trong 2
        // lượt cuối, đội sẽ gặp …" are a match's turns.
        if !readsMainVerb, reading.thing == .visits, reading.talk.complaints || reading.talk.petitions
            || LoweredText(reading.followingWords.joined(separator: " ")).containsAny(Topic.citizenWords)
            || readings[(position + 1)...].contains(where: { $0.thing == .delegations || $0.thing == .persons })
        {
            readings[position].predicate = .visited
            readings[position].predicateSource = .context
            return
        }
        let end = tokens[reading.mention.end...].firstIndex { $0.bounds(StretchMarks.clause) } ?? tokens.count
        let laterSame = readings.indices.contains { $0 > position && readings[$0].thing == reading.thing && readings[$0].mention.numeralIndex < end }
        if laterSame {
            if reading.thing == .petitions {
                readings[position].predicate = .received
                readings[position].predicateSource = .context
                // "Trong 67 đơn …, có 52 đơn liên quan đến …": a part with no verb of its own came
                // in with the whole; the state the sentences before left is not its.
                for later in readings.indices where later > position && readings[later].mention.numeralIndex < end
                    && readings[later].thing == .petitions && readings[later].predicate == nil
                {
                    readings[later].predicate = .received
                    readings[later].predicateSource = .carried
                    readings[later].opensHead = true
                }
            }
            return
        }
        guard readsMainVerb, let comma = tokens[reading.mention.end..<end].firstIndex(where: { $0.is(",") }) else { return }
        let limit = min(end, comma + 1 + topicVerbReach)
        guard comma + 2 <= limit else { return }
        for stop in (comma + 2)...limit {
            if let verb = PredicateMatcher.before(in: tokens, window: (comma + 1)..<stop, thing: reading.thing) {
                readings[position].predicate = verb.predicate
                readings[position].predicateSource = .own
                return
            }
        }
    }

    /// "có 1.740 đơn KNTC …" at the start of a clause, with its own counted noun: an existential
    /// "có" (a qualifier may stand between: "có gần 200 đơn") right after the sentence start, a
    /// comma or a whole's scope ("Toàn tỉnh có"), and no breakdown opener in the words of the
    /// clause before it.
    static func opensHead(_ reading: Reading, in tokens: [Token]) -> Bool {
        let mention = reading.mention
        // "41 hộ gửi đơn khiếu nại": complainants with their own petition said after them are a
        // set of their own, not what the sentences before resolved or left pending.
        if reading.thing == .cases, ComplainantCount.broughtAfter(mention, in: tokens) != nil { return true }
        guard mention.hasUnit, !reading.thingInherited, !reading.inBreakdown else { return false }
        let have = mention.tokenRange.lowerBound - 1
        guard have >= 0, tokens[have].lower == "có" else { return false }
        let clauseStart = tokens.start(before: have, after: StretchMarks.phrase)
        guard clauseStart == have || namesWhole(tokens[clauseStart..<have]) else { return false }
        // The words before the comma are an adverbial ("Đáng chú ý,", "Năm 2024,") or nothing; a
        // breakdown opener there ("Trong số đó, có 30 đơn") makes the figure an item.
        let sentenceClauseStart = tokens.start(before: have, after: StretchMarks.openedClause)
        let before = tokens[sentenceClauseStart..<have].filter(\.isWord).map(\.lower)
        return !before.contains(where: breakdownOpeners.contains)
    }

    /// Whether a figure's own status stays with it and is not carried to the next sentences: an
    /// item inside parentheses or breaking another figure down. "1.706 lượt đơn thư (1.318 đơn
    /// mới, 388 đơn trùng nội dung). Phân loại …, trong số đơn mới có: KN 604 đơn" — the 604 are
    /// not duplicates.
    static func statusStaysWithItem(_ reading: Reading) -> Bool {
        reading.inBreakdown
    }
}
