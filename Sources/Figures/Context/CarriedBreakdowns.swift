import DocumentModel

/// Breakdowns that stand apart from the figure they break down, and inherit from it what an
/// in-sentence breakdown inherits (what is counted, its status, its type): a sentence that is
/// only a breakdown ("Ban tiếp nhận 412 đơn. Cấp tỉnh 58; cấp huyện 247; cấp xã 107."), a
/// sentence a breakdown label opens ("Phân loại theo lĩnh vực: đất đai 312; môi trường 120."),
/// and names with their counts in parentheses after a head ("tiếp nhận 96 đơn, nhiều nhất là
/// xã Tân Mỹ (41), xã Hòa Lạc (23)"); another month's count in parentheses after a head
/// ("(tháng 10: 3.541)") counts what the head counts, of its month.
///
/// Precision first, each case decided here once:
/// - the head is a petition figure (it has a measure) that is no item of a breakdown itself; a
///   list after a sentence counting money, households or anything without a measure inherits
///   nothing;
/// - the items' sum is at most the head's value (the last head of the sentence before), or
///   equals exactly the value of another head of that sentence; a list that adds up to more
///   than its head is another count;
/// - across a paragraph only a sentence a breakdown label opens inherits, and only from a head
///   whose value its items add up to exactly ("Phân loại theo lĩnh vực: …" under the paragraph
///   that gave the total); a heading starts afresh (`ParagraphHeads` is reset there), and a
///   sentence without figures between the head and the list breaks the link;
/// - items that state their own verb or count another thing keep what they say; an item
///   inherits only where its reading then gives the head's measure.
enum CarriedBreakdowns {
    /// Words that open a sentence listing the parts of a figure said before, before a colon:
    /// "Trong đó:", "Cụ thể:", "Tiêu biểu:", "Bao gồm:"; "Phân loại" may name what it sorts by
    /// before its colon ("Phân loại theo lĩnh vực:").
    static let sentenceOpeners: [[String]] = [["phân", "loại"], ["trong", "đó"], ["cụ", "thể"], ["tiêu", "biểu"], ["bao", "gồm"], ["gồm"]]

    /// How many words "Phân loại" may run before its colon ("theo nội dung đơn").
    static let sortingPhraseReach = 6

    /// How many words may label an item of a breakdown ("đất đai, xây dựng", "UBND phường Cầu Rào").
    static let labelReach = 6

    /// How many words may stand between the separator and a place's parenthesis: the words that
    /// lead to the first place run with its name ("tập trung ở UBND phường Tân Mỹ (41)").
    static let placeLabelReach = 9

    /// The colon after a breakdown opener at the sentence's start, if the sentence has one.
    static func openerColon(in tokens: [Token]) -> Int? {
        guard let first = tokens.firstIndex(where: { !$0.isDash && !$0.is("+") && !$0.is("*") }) else { return nil }
        for opener in sentenceOpeners where PredicateMatcher.matches(opener, tokens, at: first) {
            let after = first + opener.count
            let reach = opener == sentenceOpeners[0] ? sortingPhraseReach : 0
            let colon = tokens[after..<min(tokens.count, after + reach + 1)].firstIndex { $0.is(":") }
            if let colon, tokens[after..<colon].allSatisfy(\.isWord) { return colon }
        }
        return nil
    }

    /// A figure that may be an item of a breakdown that names no unit: a bare numeral right after
    /// its label's words, ending its item ("trật tự đô thị 1.284;"), with no verb of its own.
    static func isBareItem(_ reading: Reading, in tokens: [Token]) -> Bool {
        let mention = reading.mention
        guard reading.thing == nil, !saysOwnVerb(reading), !mention.hasUnit, mention.qualifier.isEmpty,
            mention.denominator == nil, !mention.earlierPeriod, !mention.perPeriod, mention.notACount == nil,
            !mention.inWords, mention.tokenRange.lowerBound > 0
        else { return false }
        let before = tokens[mention.tokenRange.lowerBound - 1]
        return before.isWord && !ListGrammar.itemVerbs.contains(before.lower) && ListGrammar.endsItem(mention, in: tokens)
    }

    /// The word that opens a sentence listing typed counts: "Có 6 vụ việc khiếu nại, 3 vụ việc
    /// kiến nghị, phản ánh." after "tiếp 23 lượt công dân với 9 vụ việc".
    static let countListOpener = "có"

    /// Whether the sentence only lists counts with a unit, each named by its type, after "Có":
    /// no verb, no word but type words, separators and "và".
    static func isTypedCountList(_ readings: [Reading], in tokens: [Token]) -> Bool {
        guard readings.count >= 2, let first = tokens.firstIndex(where: { !$0.isDash }), tokens[first].lower == countListOpener,
            readings.allSatisfy({ $0.mention.hasUnit && $0.mention.denominator == nil && !$0.namedTypes.isEmpty })
        else { return false }
        let counted = Set(readings.flatMap { Array($0.mention.tokenRange.lowerBound..<$0.mention.end) })
        return tokens.indices.allSatisfy { index in
            let token = tokens[index]
            return index == first || counted.contains(index) || token.is(",") || token.is(";") || token.is(".") || token.lower == "và"
                || TypeReader.isTypeWord(token.lower)
        }
    }

    /// Whether the sentence is only a breakdown: every stretch between separators is label words,
    /// or label words closed by one figure, and the last stretch holds one. No verb, no other word.
    static func isOnlyBreakdown(_ readings: [Reading], in tokens: [Token]) -> Bool {
        guard readings.count >= 2 else { return false }
        var next = 0
        var start = 0
        var closed = false
        for index in tokens.indices {
            let token = tokens[index]
            if token.is(",") || token.is(";") || token.is(".") {
                start = index + 1
                continue
            }
            if next < readings.count, index == readings[next].mention.tokenRange.lowerBound {
                let label = tokens[start..<index]
                guard !label.isEmpty, label.count <= labelReach, label.allSatisfy(\.isWord) else { return false }
                closed = true
                next += 1
                continue
            }
            if next > 0, index < readings[next - 1].mention.end { continue }
            guard token.isWord else { return false }
            closed = false
        }
        return next == readings.count && closed
    }

    /// Items of a sentence that stands apart from its head inherit from the head of the sentence
    /// before (`heads`). Returns whether the sentence was read as such a breakdown.
    static func inheritFromSentenceBefore(_ readings: inout [Reading], heads: ParagraphHeads, in tokens: [Token]) -> Bool {
        guard !readings.isEmpty else { return false }
        if let ranked = inheritRankedParts(&readings, heads: heads, in: tokens) { return ranked }
        let colon = openerColon(in: tokens)
        let candidates: [Int]
        var typedList = false
        if let colon {
            candidates = readings.indices.filter { readings[$0].mention.tokenRange.lowerBound > colon }
        } else {
            guard !readings.contains(where: saysOwnVerb) else { return false }
            typedList = isTypedCountList(readings, in: tokens)
            guard typedList || isOnlyBreakdown(readings, in: tokens) else { return false }
            candidates = Array(readings.indices)
        }
        // Which items could inherit: bare numerals, and counts of a petition thing with no verb.
        let items = candidates.filter { position in
            isBareItem(readings[position], in: tokens)
                || readings[position].thing != nil && !saysOwnVerb(readings[position]) && readings[position].mention.hasUnit
        }
        // A list that counts two things ("58 đơn; 30 hộ") is no breakdown of one head.
        let things = Set(items.compactMap { readings[$0].thing })
        guard !items.isEmpty, things.count <= 1 else { return false }
        let sum = items.reduce(0.0) { $0 + readings[$1].mention.value }
        // A label that names one type ("Phân loại đơn khiếu nại theo nội dung: …") breaks down a
        // head of that type, not the last head before whatever its type.
        let labelled = colon.flatMap { TypeReader.single(TypeReader.types(in: tokens, range: 0..<$0)) }
        // Typed counts after "Có" could as well be new ones: only a head they add up to exactly.
        let found = typedList
            ? heads.sentenceBefore.last { head in head.thing.map(things.contains) == true && abs(head.mention.value - sum) < 0.5 }
            : head(for: sum, things: things, heads: heads, opened: colon != nil, type: labelled)
        guard let head = found else { return false }
        var inherited = false
        for position in items where inheritKeepingMeasure(from: head, into: &readings[position]) { inherited = true }
        return inherited
    }

    /// Words that open a sentence counting a part of what the sentence before counted, with or
    /// without a colon: "Trong đó, 41 đơn thuộc thẩm quyền", "Trong số đó có 19 đơn …", "Trong số
    /// này, 12 vụ việc đã giải quyết xong".
    static let partOpeners: [[String]] = [["trong", "số", "đó"], ["trong", "số", "này"], ["trong", "đó"]]

    /// The position after a part opener that opens the sentence, if one does.
    static func partOpenerEnd(in tokens: [Token]) -> Int? {
        guard let first = tokens.firstIndex(where: { !$0.isDash && !$0.is("+") && !$0.is("*") }) else { return nil }
        return partOpeners.first { PredicateMatcher.matches($0, tokens, at: first) }.map { first + $0.count }
    }

    /// "Tiếp nhận 60 đơn khiếu nại. Trong đó, 41 đơn thuộc thẩm quyền giải quyết.": a sentence a
    /// part opener opens counts parts of a head of the sentence before, in the words of a clause
    /// of its own (a verb, a unit). Its figures that count what the head counts and no more than
    /// it take the rest of the head (`Deliver 1` of issue #14): its type where they name none,
    /// its scope where they have none, its status where they say none. The head is the whole the
    /// sentence before counted, its largest head of the same thing, as for a ranked list ("Đơn
    /// đủ điều kiện là 2.467 đơn, gồm: 312 đơn khiếu nại, …, 2.097 đơn kiến nghị. Trong đó, có
    /// 2.200 đơn không thuộc thẩm quyền" parts the 2 467, not the proposals); nothing is taken
    /// from a head without a measure or across a sentence without figures.
    static func inheritOpenedParts(_ readings: inout [Reading], heads: ParagraphHeads, in tokens: [Token]) {
        guard let opened = partOpenerEnd(in: tokens) else { return }
        for position in readings.indices where readings[position].mention.tokenRange.lowerBound >= opened {
            let part = readings[position]
            guard let thing = part.thing, !part.thingInherited || part.mention.hasUnit, part.mention.denominator == nil,
                !part.mention.earlierPeriod, part.mention.notACount == nil,
                let head = heads.sentenceBefore.filter({ $0.thing == thing }).max(by: { $0.mention.value < $1.mention.value }),
                part.mention.value <= head.mention.value + 0.5
            else { continue }
            if part.namedTypes.isEmpty { readings[position].types = head.types }
            if part.scope.isEmpty { readings[position].scope = head.scope }
            if part.predicate == nil {
                readings[position].predicate = head.predicate
                readings[position].predicateSource = .carried
            }
        }
    }

    /// Words that rank what the items after or before them are: "nhiều nhất", "nhiều phản ánh
    /// nhất", "cao nhất" (a degree word, then "nhất" within `rankingReach` words), "chủ yếu".
    static let degreeWords: Set<String> = ["nhiều", "cao"]
    static let superlative = "nhất"
    static let rankingReach = 3
    static let mainly = ["chủ", "yếu"]

    /// Whether the clause `range` ranks what it lists from `firstItem` on: "Theo lĩnh vực, nhiều
    /// nhất là …", "Các phường có nhiều phản ánh nhất là …", "… có số phản ánh cao nhất", "chủ yếu
    /// là …" — "chủ yếu" only before the list: "Đơn tố cáo (21 đơn) chủ yếu tố cáo cán bộ" says
    /// what the petitions were about.
    static func ranks(_ range: Range<Int>, firstItem: Int, in tokens: [Token]) -> Bool {
        range.contains { index in
            if index + mainly.count <= firstItem, PredicateMatcher.matches(mainly, tokens, at: index) { return true }
            guard tokens[index].lower == superlative else { return false }
            return tokens[max(range.lowerBound, index - rankingReach)..<index].contains { degreeWords.contains($0.lower) }
        }
    }

    /// "trật tự xây dựng (3.105 phản ánh)", "Cẩm Hòa (1.204)": a count alone in parentheses right
    /// after the words that label it, bare or with the unit of a petition thing, with no verb.
    static func isLabelledInParentheses(_ reading: Reading, in tokens: [Token]) -> Bool {
        let mention = reading.mention
        let start = mention.tokenRange.lowerBound
        guard !saysOwnVerb(reading), mention.qualifier.isEmpty, mention.denominator == nil, !mention.earlierPeriod,
            !mention.perPeriod, mention.notACount == nil, !mention.inWords, start >= 2, tokens[start - 1].is("("),
            mention.end < tokens.count, tokens[mention.end].is(")"),
            mention.hasUnit ? reading.thing != nil : reading.thing == nil
        else { return false }
        let labelStart = tokens[..<(start - 1)].lastIndex { !$0.isWord || $0.lower == "và" || $0.lower == "là" }.map { $0 + 1 } ?? 0
        let label = start - 1 - labelStart
        return label >= 1 && label <= labelReach
    }

    /// A list that ranks the largest parts of a whole counted before it, each with its count in
    /// parentheses: "Theo lĩnh vực, nhiều nhất là trật tự xây dựng (3.105 phản ánh), vệ sinh môi
    /// trường (2.240) và giao thông, đô thị (1.318).", "Các phường có nhiều phản ánh nhất là Cẩm
    /// Hòa (1.204), Hòa Xuân (986)", "…; các phường Tân Lập (412) và Hòa Hưng (367) có số phản ánh
    /// cao nhất". Its items are parts of the whole the text counted, not of the last status said
    /// ("119 phản ánh quá hạn"): they inherit from the largest head that holds them all — of their
    /// own sentence before them, else of the sentence before, its paragraph and the paragraph
    /// before. Nil when the sentence holds no such list or heads of its own before it; else
    /// whether the sentence was only the list, so that the heads before it stay for the next one.
    static func inheritRankedParts(_ readings: inout [Reading], heads: ParagraphHeads, in tokens: [Token]) -> Bool? {
        guard let first = readings.indices.first(where: { isLabelledInParentheses(readings[$0], in: tokens) }) else { return nil }
        let clauseStart = tokens[..<readings[first].mention.tokenRange.lowerBound].lastIndex { $0.bounds(StretchMarks.clause) }.map { $0 + 1 } ?? 0
        var items = [first]
        var next = first + 1
        while next < readings.count, isLabelledInParentheses(readings[next], in: tokens),
            !tokens[readings[next - 1].mention.end..<readings[next].mention.tokenRange.lowerBound].contains(where: { $0.bounds(StretchMarks.clause) })
        {
            items.append(next)
            next += 1
        }
        let clauseEnd = tokens[readings[items[items.count - 1]].mention.end...].firstIndex { $0.bounds(StretchMarks.clause) } ?? tokens.count
        guard ranks(clauseStart..<clauseEnd, firstItem: readings[first].mention.tokenRange.lowerBound, in: tokens) else { return nil }
        let things = Set(items.compactMap { readings[$0].thing })
        guard things.count <= 1 else { return nil }
        let sum = items.reduce(0.0) { $0 + readings[$1].mention.value }
        let holds = { (head: Reading) in
            isHead(head) && (things.isEmpty || head.thing.map(things.contains) == true) && sum <= head.mention.value + 0.5
        }
        let largest = { (candidates: [Reading]) in candidates.filter(holds).max { $0.mention.value < $1.mention.value } }
        let own = Array(readings[..<first])
        guard let head = largest(own) ?? (own.isEmpty ? largest(heads.sentenceBefore + heads.earlierHeads) : nil) else { return nil }
        for position in items { inheritKeepingMeasure(from: head, into: &readings[position]) }
        // A sentence with heads of its own goes on to be read as any other.
        guard own.isEmpty else { return nil }
        return next == readings.count
    }

    /// The head a breakdown of `sum` breaks down: the last head of the sentence before when the
    /// sum fits in it, else one of that sentence's heads the sum equals, else, for a sentence a
    /// breakdown label opens, a head of the paragraph or the paragraph before that it equals.
    /// With `type` (the label's), only heads of that type or of none.
    static func head(for sum: Double, things: Set<CountedThing>, heads: ParagraphHeads, opened: Bool, type: PetitionType? = nil) -> Reading? {
        func fits(_ head: Reading) -> Bool {
            guard things.isEmpty || head.thing.map(things.contains) == true else { return false }
            guard let type else { return true }
            return head.types.isEmpty || head.types.contains(type)
        }
        if let last = heads.sentenceBefore.last, fits(last), sum <= last.mention.value + 0.5 { return last }
        let equals = { (head: Reading) in fits(head) && abs(head.mention.value - sum) < 0.5 }
        if let exact = heads.sentenceBefore.last(where: equals) { return exact }
        guard opened else { return nil }
        return heads.earlierHeads.last(where: equals)
    }

    /// Whether the figure's status was said by its own words, not carried from a figure before it.
    static func saysOwnVerb(_ reading: Reading) -> Bool {
        reading.predicate != nil && reading.predicateSource == .own
    }

    /// An item inherits only where its reading then gives the head's measure; otherwise it stays
    /// as it was read. Returns whether it inherited.
    @discardableResult
    static func inheritKeepingMeasure(from head: Reading, into item: inout Reading) -> Bool {
        let before = item
        inherit(from: head, into: &item)
        guard item.measure == head.measure else {
            item = before
            return false
        }
        return true
    }

    /// What an item takes from its head: what it counts, the status, the types unless its label
    /// names its own, and the talk its measure is read in.
    static func inherit(from head: Reading, into item: inout Reading) {
        item.thing = head.thing
        item.thingInherited = true
        if !saysOwnVerb(item) {
            item.predicate = head.predicate
            item.predicateSource = .carried
        }
        item.types = item.namedTypes.isEmpty ? head.types : item.namedTypes
        item.sessionKind = head.sessionKind
        item.dialogue = head.dialogue
        item.talk = head.talk
        item.inBreakdown = true
    }

    /// Whether a figure is a head whose parts a later breakdown may list: a petition figure
    /// that is no part of a breakdown itself.
    static func isHead(_ reading: Reading) -> Bool {
        reading.measure != nil && !reading.inBreakdown && reading.thing != nil
    }

    /// "106 phản ánh quá hạn, tập trung ở UBND phường Tân Mỹ (41), UBND phường Cầu Rào (27) và Sở
    /// Xây dựng (19)": bare numerals alone in parentheses after a name, following a head of the
    /// same clause, count its parts by place, when they add up to no more than it.
    static func inheritInParentheses(_ readings: inout [Reading], in tokens: [Token]) {
        var position = 0
        while position < readings.count {
            guard isHead(readings[position]) else {
                position += 1
                continue
            }
            let head = readings[position]
            var items: [Int] = []
            var next = position + 1
            // Items of the head's own clause: no ";" or "." between the head and them.
            let sameClause = { (item: Reading) in
                !tokens[head.mention.end..<item.mention.tokenRange.lowerBound].contains { $0.bounds(StretchMarks.clause) }
            }
            while next < readings.count, placeInParentheses(readings[next], in: tokens), sameClause(readings[next]) {
                items.append(next)
                next += 1
            }
            // Another period's count right after the head is no part of it: no sum to check.
            if items.isEmpty, next < readings.count, readings[next].thing == nil, !saysOwnVerb(readings[next]),
                PeriodFigures.isPeriodInParentheses(readings[next].mention, in: tokens), sameClause(readings[next])
            {
                inheritKeepingMeasure(from: head, into: &readings[next])
                position = next + 1
                continue
            }
            let sum = items.reduce(0.0) { $0 + readings[$1].mention.value }
            if !items.isEmpty, sum <= head.mention.value + 0.5 {
                for item in items { inheritKeepingMeasure(from: head, into: &readings[item]) }
            }
            position = max(next, position + 1)
        }
    }

    /// "Tân Mỹ (41)": a bare numeral alone in parentheses right after a name, its label's words
    /// back to the separator or "và" before it holding a capitalised word.
    static func placeInParentheses(_ reading: Reading, in tokens: [Token]) -> Bool {
        let mention = reading.mention
        let start = mention.tokenRange.lowerBound
        guard reading.thing == nil, !saysOwnVerb(reading), !mention.hasUnit, mention.qualifier.isEmpty,
            mention.denominator == nil, !mention.earlierPeriod, mention.notACount == nil, start >= 2,
            tokens[start - 1].is("("), mention.end < tokens.count, tokens[mention.end].is(")")
        else { return false }
        let labelStart = tokens[..<(start - 1)].lastIndex { !$0.isWord || $0.lower == "và" || $0.lower == "là" }.map { $0 + 1 } ?? 0
        let label = tokens[labelStart..<(start - 1)]
        return !label.isEmpty && label.count <= placeLabelReach && label.contains { $0.isCapitalized }
    }
}
