import DocumentModel

/// How the items of a list, a breakdown or a coordination inherit from their head what they do
/// not say themselves: "có 19 đoàn đông người (cấp tỉnh 7 đoàn, cấp huyện 12 đoàn)" counts
/// delegations three times, "12 cuộc thanh tra, … đã kết luận 07 cuộc" inspections twice, and
/// "60 đơn khiếu nại (…); đã giải quyết 50/60 đơn, còn 10 đơn" complaints three times.
enum ListGrammar {
    /// Where the words that type a figure end: before the label of the next item ("khiếu nại 40
    /// lượt, tố cáo 12 lượt": "tố cáo" types the 12, not the 40).
    static func typeEnd(of following: Range<Int>, in tokens: [Token]) -> Int {
        // "58 lượt đảng viên và công dân đến phản ánh, tố cáo": a type phrase the phrase's word
        // limit cut in two is read whole.
        var end = following.upperBound
        while end > following.lowerBound, end < tokens.count, tokens[end].isWord, TypeReader.isTypeWord(tokens[end].lower),
            TypeReader.isTypeWord(tokens[end - 1].lower), !tokens[end].isCapitalized
        {
            end += 1
        }
        if end > following.upperBound { return end }
        guard following.upperBound < tokens.count,
            tokens[following.upperBound].isNumber || VietnameseNumber.spelledCount(at: following.upperBound, in: tokens) != nil,
            let comma = tokens[following].lastIndex(where: { $0.is(",") || $0.is(":") }),
            !countsPeriod(at: following.upperBound, in: tokens)
        else { return following.upperBound }
        let label = tokens[(comma + 1)..<following.upperBound]
        let labelled = !label.isEmpty && TypeReader.label(
            in: tokens, window: (comma + 1)..<following.upperBound, numeral: following.upperBound, isBreakdown: true
        ).isEmpty == false
        return labelled ? comma : following.upperBound
    }

    /// "đơn thư khiếu nại, tố cáo trong 9 tháng": a number of months or years opens no next item,
    /// so the type words before it still type the figure.
    static func countsPeriod(at numeral: Int, in tokens: [Token]) -> Bool {
        numeral + 1 < tokens.count && NonFigureRules.dateWords.contains(tokens[numeral + 1].lower)
    }

    /// The part of a figure's clause window that belongs to it: right after another figure, the
    /// words up to the first "," or "và" still describe that figure ("38/46 cuộc theo kế hoạch và
    /// 5 cuộc" plans nothing for the 5; "312 đơn khiếu nại, 58 đơn tố cáo" labels nothing for the 58).
    static func itemWindow(of position: Int, window: Range<Int>, mentions: [NumberMention], in tokens: [Token]) -> Range<Int> {
        guard position > 0, window.lowerBound == mentions[position - 1].end else { return window }
        // "39 đơn do Thanh tra tỉnh, Ban Tiếp công dân chuyển đến và 17 đơn …": a phrase naming who
        // sent the figure before runs to its verb, its commas listing the senders, up to the "và"
        // that opens the next item.
        if tokens[window].first?.lower == PredicateLexicon.agentMarker, let link = tokens[window].lastIndex(where: { $0.lower == "và" }) {
            return (link + 1)..<window.upperBound
        }
        guard let link = tokens[window].firstIndex(where: { $0.is(",") || $0.is(":") || $0.lower == "và" }) else {
            return window
        }
        return (link + 1)..<window.upperBound
    }

    /// Whether the type words right before a numeral are its verb ("), phản ánh 672 vụ việc")
    /// rather than the last of a label ("kiến nghị, phản ánh 452 vụ việc").
    static func isVerbNotLabel(_ verb: Range<Int>, numeral: Int, in tokens: [Token]) -> Bool {
        guard verb.upperBound == numeral else { return false }
        let before = verb.lowerBound
        guard before >= 3, tokens[before - 1].is(",") else { return true }
        return TypeReader.types(in: tokens, range: (before - 3)..<(before - 1)).isEmpty
    }

    /// The type named with the counted noun in the words before a figure: "số đơn tố cáo", "vụ
    /// việc khiếu nại"; none when two are named.
    static func headNounTypes(in tokens: [Token], window: Range<Int>) -> Set<PetitionType> {
        var found: Set<PetitionType> = []
        for index in window where headNouns.contains(tokens[index].lower) {
            let words = (index + 1)..<min(window.upperBound, index + 1 + headTypeReach)
            found.formUnion(TypeReader.types(in: tokens, range: words))
        }
        return found.count == 1 ? found : []
    }

    static let headNouns: Set<String> = ["đơn", "việc", "thư"]

    /// The clause before the "(" a figure stands in, from the last ";" or sentence start, when the
    /// figure breaks down no figure before it: where its counted noun and type are named.
    static func clauseBeforeParenthesis(_ opening: Int, isBreakdown: Bool, in tokens: [Token]) -> Range<Int>? {
        guard !isBreakdown else { return nil }
        let start = tokens.start(before: opening, after: StretchMarks.clause)
        return start..<opening
    }
    /// How far after the noun its type words may run: "đơn khiếu nại, tố cáo, kiến nghị, phản ánh".
    static let headTypeReach = 8

    /// Whether `second` follows `first` as its apposition: "1.126 lượt với 1.482 người", "412 lượt,
    /// 538 người", "84 lượt (202 người)", "480 lượt/530 người" — at most two linking tokens between.
    /// "3.985 lượt công dân, tương ứng với 4.718 người" too: "tương ứng" says the persons are those
    /// of the visits, and links no more than the "với" after it.
    static func adjacent(_ first: NumberMention, _ second: NumberMention, in tokens: [Token]) -> Bool {
        var between = Array(tokens[first.end..<second.tokenRange.lowerBound])
        if let at = between.indices.first(where: { PredicateMatcher.matches(corresponding, between, at: $0) }) {
            between.removeSubrange(at..<(at + corresponding.count))
        }
        return between.count <= 2 && between.allSatisfy { $0.is(",") || $0.is("(") || $0.is("/") || ["với", "và", "gồm"].contains($0.lower) }
    }

    /// "tương ứng (với)": the second count says the first again in another unit.
    static let corresponding = ["tương", "ứng"]

    /// Whether `second` follows `first` in the same phrase with only linking words between:
    /// `adjacent`'s links, also with "tổng số" or "tổng cộng" ("16 đoàn, với tổng số 402 người"),
    /// after the words of the first one's unit ("11 đoàn đông người với 214 người"), or after a
    /// slash ("17 đoàn/412 người": a slash between two units pairs them, it divides nothing).
    static func follows(_ first: NumberMention, _ second: NumberMention, in tokens: [Token]) -> Bool {
        var between = tokens[first.end..<second.tokenRange.lowerBound]
        if between.map(\.lower).starts(with: ["đông", "người"]) { between = between.dropFirst(2) }
        return between.count <= 5
            && between.allSatisfy { $0.is(",") || $0.is("(") || $0.is("/") || ["với", "và", "gồm", "tổng", "số", "cộng"].contains($0.lower) }
    }

    /// What counted sessions are: the kind the unit's own phrase names ("tiếp 138 cuộc thanh tra"
    /// hosts inspections; "cuộc kiểm tra," alone leaves it to the words after), else, when the
    /// unit's phrase names nothing, the reception verb right before the numeral ("tiếp định kỳ 3
    /// buổi") or another verb right before it ("thanh tra 46 cuộc"), else the words after the
    /// unit, else those of the clause before it — a verb next to
    /// the figure says more than a title earlier in the clause ("Phó Tổng Thanh tra … đã tiếp định
    /// kỳ 3 buổi") or a talk after it ("tiếp định kỳ 12 buổi, trực tiếp đối thoại với …").
    static func sessionKind(
        following: [String], unitWords: [String], window: Range<Int>, numeral: Int, in tokens: [Token]
    ) -> MeasureClassifier.SessionKind? {
        let ownKind = MeasureClassifier.sessionKind(named: unitWords)
        if let ownKind, ownKind != .other { return ownKind }
        // "tiếp 45 cuộc làm việc với …": sessions of another kind are not received.
        if ownKind == nil, receivedInSessions(numeral: numeral, window: window, in: tokens) { return .reception }
        // "Tỉnh tổ chức 212 cuộc đối thoại, thanh tra 46 cuộc về …", "đối thoại 9 cuộc với người
        // dân, thanh, kiểm tra 4 cuộc": the verb right before the numeral says what its sessions
        // are before the rest of the clause can.
        if ownKind == nil, let kind = kindOfVerbRightBefore(numeral: numeral, window: window, in: tokens) { return kind }
        // "2 cuộc đang hoàn thiện dự thảo kết luận": sessions a conclusion is drafted on.
        if ownKind == nil, MeasureClassifier.namesConclusion(following) { return .inspection }
        if let named = MeasureClassifier.sessionKind(named: following) { return named }
        return MeasureClassifier.sessionKind(before: tokens[window].filter(\.isWord).map(\.lower))
    }

    /// The kind of sessions a verb right before the numeral names: "thanh tra 46", "đối thoại 9",
    /// "thanh, kiểm tra 4". Words that follow another count's unit are that count's noun
    /// ("162 cuộc thanh tra và 1.418 cuộc kiểm tra"), no verb of this one.
    static func kindOfVerbRightBefore(numeral: Int, window: Range<Int>, in tokens: [Token]) -> MeasureClassifier.SessionKind? {
        var start = numeral
        while start > max(window.lowerBound, numeral - sessionVerbReach), tokens[start - 1].isWord, !tokens[start - 1].isNumber {
            start -= 1
        }
        var words = tokens[start..<numeral].map(\.lower)
        // "thanh, kiểm tra 4 cuộc": the pair written with a comma is one verb.
        if words == ["kiểm", "tra"], start >= 2, tokens[start - 1].is(","), tokens[start - 2].lower == "thanh" { words.insert("thanh", at: 0) }
        let unitWords = UnitLexicon.petitionCountWords.union(sessionUnits)
        guard !words.contains(where: { unitWords.contains($0) || $0 == "và" }) else { return nil }
        // "Đã ban hành kết luận 12 cuộc" after a sentence that ended in internal checks.
        if MeasureClassifier.namesConclusion(words) { return .inspection }
        return MeasureClassifier.sessionKind(before: words)
    }

    /// How many tokens before the numeral the verb naming its sessions may take: "thanh, kiểm tra 9".
    static let sessionVerbReach = 4
    static let sessionUnits: Set<String> = ["cuộc", "buổi", "kỳ", "đợt"]

    /// Whether "tiếp" stands right before the numeral, with only the words saying how or whom it
    /// receives between: "tiếp định kỳ 9 buổi", "tiếp công dân đột xuất 2 buổi".
    static func receivedInSessions(numeral: Int, window: Range<Int>, in tokens: [Token]) -> Bool {
        var index = numeral - 1
        while index > window.lowerBound, tokens[index].isWord, receptionManner.contains(tokens[index].lower) { index -= 1 }
        guard index >= window.lowerBound, index < numeral, tokens[index].lower == "tiếp" else { return false }
        return index == 0 || !tiepCompounds.contains(tokens[index - 1].lower)
    }

    /// Words between "tiếp" and its count of sessions: when and whom it received.
    static let receptionManner: Set<String> = ["định", "kỳ", "đột", "xuất", "thường", "xuyên", "công", "dân"]
    /// Words before "tiếp" that make another word with it ("trực tiếp", "liên tiếp").
    static let tiepCompounds: Set<String> = ["trực", "liên", "gián", "kế", "đón"]

    /// A "đoàn" or a "cuộc" that names nothing counts what its head or the item before it counts.
    /// An item without a unit in the parentheses after a whole count, labelled by a petition type
    /// or a level, counts what that count counts: "96 đơn (khiếu nại 71, tố cáo 25)", "81 vụ (cấp
    /// huyện 29, cấp xã 52)". After a share ("38/51 đơn (KN 6, TC 32)") the items do not say
    /// whether they split the part or the whole, and other labels ("476 đơn (đơn mới 463, đơn cũ
    /// 13)") are left as the public bench's gold leaves them: figures without a measure.
    static func inheritThings(_ readings: inout [Reading], parents: [Int?], in tokens: [Token]) {
        for position in readings.indices {
            if readings[position].thing == nil, let parent = parents[position],
                isLabelledItem(readings[position].mention, in: tokens),
                !readings[position].namedTypes.isEmpty || labelsLevel(readings[position].mention, in: tokens),
                readings[parent].mention.denominator == nil, let thing = readings[parent].thing,
                [.petitions, .cases, .visits, .sessions].contains(thing)
            {
                readings[position].thing = thing
                readings[position].thingInherited = true
                readings[position].types = readings[position].namedTypes
                if thing == .sessions { readings[position].sessionKind = readings[parent].sessionKind }
            }
            let heads = [parents[position]].compactMap { $0 } + Array(readings.indices[..<position].reversed())
            if readings[position].thing == nil, readings[position].mention.unit == "đoàn",
                heads.contains(where: { readings[$0].thing == .delegations })
            {
                readings[position].thing = .delegations
                readings[position].thingInherited = true
            }
            if readings[position].thing == .sessions, readings[position].sessionKind == nil,
                let head = heads.first(where: { readings[$0].thing == .sessions && readings[$0].sessionKind != nil })
            {
                readings[position].sessionKind = readings[head].sessionKind
                readings[position].thingInherited = true
            }
        }
    }

    /// A numeral without a unit that ends an item of a list, after words that label it: "khiếu nại
    /// 71," or "cấp phường 52)", not "năm 2025 là 588" (a comparison names its period with a verb).
    static func isLabelledItem(_ mention: NumberMention, in tokens: [Token]) -> Bool {
        guard !mention.hasUnit, mention.qualifier.isEmpty, mention.denominator == nil, mention.tokenRange.lowerBound > 0,
            tokens[mention.tokenRange.lowerBound - 1].isWord,
            !itemVerbs.contains(tokens[mention.tokenRange.lowerBound - 1].lower)
        else { return false }
        let next = mention.end < tokens.count ? tokens[mention.end] : nil
        return next.map { $0.is(",") || $0.is(";") || $0.is(")") } ?? false
    }

    /// Whether the item's label names a level of government: "cấp huyện 29", "(cấp tỉnh 9".
    static func labelsLevel(_ mention: NumberMention, in tokens: [Token]) -> Bool {
        let start = tokens[..<mention.tokenRange.lowerBound].lastIndex(where: { $0.is(",") || $0.is(";") || $0.is("(") || $0.is(":") })
        return start.map { $0 + 1 < mention.tokenRange.lowerBound && tokens[$0 + 1].lower == levelWord } ?? false
    }

    static let levelWord = "cấp"

    /// Words before a numeral that make it the value of a comparison or a rate, not a labelled item.
    static let itemVerbs: Set<String> = ["là", "tăng", "giảm", "bằng", "đạt", "chiếm", "lên", "xuống"]

    /// The counted noun a clause opens with, "số đơn", "tổng số vụ việc", for a numeral that has
    /// no unit of its own; "một số đơn" (some petitions) counts nothing.
    /// A numeral right after the copula ("Số đơn khiếu nại gửi đến Thanh tra huyện trong quý III
    /// là 97") may stand anywhere after its noun in the clause.
    static func countedNoun(in tokens: [Token], window: Range<Int>, unit own: String = "") -> (noun: String, following: [String])? {
        let afterCopula = window.upperBound > window.lowerBound && tokens[window.upperBound - 1].lower == copula
        let reach = afterCopula ? window.count : countedNounReach
        let near = max(window.lowerBound, window.upperBound - reach)..<window.upperBound
        for index in near where tokens[index].lower == "số" && (index == 0 || !vagueBeforeSo.contains(tokens[index - 1].lower)) {
            if let unit = UnitLexicon.unit(at: index + 1, in: tokens), headCountNouns.contains(unit.text) {
                let start = index + 1 + unit.length
                let following = tokens[start..<min(window.upperBound, start + 2)].filter(\.isWord).map(\.lower)
                return (unit.text, following)
            }
        }
        // "- Đơn khiếu nại: 96", "Đoàn đông người: 3 đoàn": a line labelled by the noun itself;
        // "Thư khiếu nại gửi Ủy ban … lên tới 2.315 thư": a clause opening with the noun its
        // figure's unit repeats.
        // The noun opens the sentence, capitalised, so it is read by its words, not as a unit.
        // The first label of a list may follow its head's own ":" ("Phân loại theo nội dung: đơn
        // khiếu nại: 186; đơn tố cáo: 42"): the label opens after that colon.
        guard window.upperBound > window.lowerBound, let opening = tokens[window].firstIndex(where: \.isWord) else { return nil }
        let labelled = tokens[window.upperBound - 1].is(":")
        let afterHead = labelled
            ? tokens[window.lowerBound..<(window.upperBound - 1)].lastIndex(where: { $0.is(":") }).map { $0 + 1 } : nil
        for first in [opening] + (afterHead.map { [$0] } ?? []) {
            let lengths = [2, 1].filter { first + $0 <= window.upperBound }
            guard let length = lengths.first(where: { headCountNouns.contains(tokens[first..<(first + $0)].map(\.lower).joined(separator: " ")) })
            else { continue }
            let noun = tokens[first..<(first + length)].map(\.lower).joined(separator: " ")
            guard labelled || noun == own else { return nil }
            let start = first + length
            return (noun, tokens[start..<min(window.upperBound, start + 2)].filter(\.isWord).map(\.lower))
        }
        return nil
    }

    static let copula = "là"

    /// The noun a figure is named as after it, topicalised: "Còn 7 là số đơn đang trong quá
    /// trình giải quyết", "45 là số đơn khiếu nại Sở đã giải quyết xong" — "là số" and a noun
    /// of `headCountNouns` right after the numeral; what follows the noun says its state.
    static func countedNounAfterCopula(_ mention: NumberMention, in tokens: [Token]) -> (noun: String, following: [String])? {
        let end = mention.end
        guard end + 2 < tokens.count, tokens[end].lower == copula, tokens[end + 1].lower == "số",
            let unit = UnitLexicon.unit(at: end + 2, in: tokens), headCountNouns.contains(unit.text)
        else { return nil }
        let start = end + 2 + unit.length
        return (unit.text, tokens[start..<min(tokens.count, start + 2)].filter(\.isWord).map(\.lower))
    }

    /// Whether the noun a figure's clause opens with names a court filing or an application
    /// although the figure's own unit is a petition's: "Số đơn kháng cáo bản án sơ thẩm là 326
    /// đơn", "số đơn khởi kiện … mới nhận trong năm là 83 đơn" count what that noun names.
    static func headNamesNoPetition(in tokens: [Token], window: Range<Int>, unit: String, talk: Topic.Talk) -> Bool {
        guard UnitLexicon.namesPetitions(unit), let noun = countedNoun(in: tokens, window: window, unit: unit),
            UnitLexicon.namesPetitions(noun.noun)
        else { return false }
        return CountedThing(unit: noun.noun, subjectWords: noun.following, talk: talk) == nil
    }

    /// "Số lượt công dân được tiếp là 512" counts visits as "số đơn … 164" counts petitions, "Số
    /// đoàn đông người được tiếp là 8 đoàn" delegations.
    static let headCountNouns: Set<String> = ["đơn", "đơn thư", "thư", "vụ việc", "lượt công dân", "đoàn"]
    /// How far before the numeral its noun may stand: "Tổng số đơn thư Bộ nhận được là 1.942".
    static let countedNounReach = 10
    /// "một số đơn", "đa số đơn": some or most of them, no count.
    static let vagueBeforeSo: Set<String> = ["một", "đa", "phần"]

    /// "Số đơn thuộc thẩm quyền 164, không thuộc thẩm quyền 1.023": a numeral without a unit
    /// coordinated with one that counts its clause's noun counts the same.
    static func inheritCountedNouns(_ readings: inout [Reading], in tokens: [Token]) {
        for position in readings.indices.dropFirst() where readings[position].thing == nil && !readings[position].mention.hasUnit {
            let previous = readings[position - 1]
            guard let thing = previous.thing, !previous.mention.hasUnit else { continue }
            let between = tokens[previous.mention.end..<readings[position].mention.tokenRange.lowerBound]
            guard between.contains(where: { $0.is(",") }), !between.contains(where: { $0.bounds(StretchMarks.clause) }) else { continue }
            readings[position].thing = thing
            readings[position].thingInherited = true
        }
    }

    /// "420 đơn khiếu nại …, trong đó 111 trường hợp đến từ …": "trường hợp" names no thing of
    /// its own; after "trong đó" it counts what the figure before counts.
    static func inheritGenericCounts(_ readings: inout [Reading], windows: [Range<Int>], in tokens: [Token]) {
        for position in readings.indices.dropFirst() where readings[position].thing == nil {
            guard genericUnits.contains(readings[position].mention.unit),
                let head = readings[..<position].last(where: { $0.thing != nil })?.thing
            else { continue }
            let words = tokens[windows[position]].map(\.lower)
            guard words.indices.contains(where: { words[$0] == "trong" && $0 + 1 < words.count && words[$0 + 1] == "đó" }) else {
                continue
            }
            readings[position].thing = head
            readings[position].thingInherited = true
        }
    }

    static let genericUnits: Set<String> = ["trường hợp"]

    /// The figure before whose predicate a figure without one takes: the last one counting the
    /// same thing with a predicate. A change ("tiếp nhận 438 đơn, tăng 15 đơn so với năm trước;
    /// trong đó: khiếu nại 212 đơn") is said of a difference: a breakdown opened after it splits
    /// the count it compared, so its items take the predicate of the figure before the change.
    static func carriedSource(before position: Int, readings: [Reading], in tokens: [Token]) -> Reading? {
        let thing = readings[position].thing
        // A whole lends no state: "287 trên tổng số 331 vụ việc … và 64 trên tổng số 72 vụ việc"
        // continues the part before it.
        var sources = readings.indices[..<position].filter {
            readings[$0].thing == thing && readings[$0].predicate != nil && readings[$0].predicate != .unstated
        }
        // "438 đơn thư … (Bộ Công Thương chuyển đến 31 đơn, …), gồm: 267 đơn khiếu nại": an item
        // inside a parenthesis closed before the figure is not what the figure continues.
        let outside = sources.filter { !closesAround(readings[$0].mention, before: readings[position].mention, in: tokens) }
        if !outside.isEmpty { sources = outside }
        guard let last = sources.last else { return nil }
        // Two figures written by one token ("(210/220 lượt)") have nothing between them.
        let start = readings[last].mention.end, end = readings[position].mention.tokenRange.lowerBound
        if readings[last].predicate == .change, start < end, opensBreakdown(tokens[start..<end]) {
            return sources.last { readings[$0].predicate != .change }.map { readings[$0] }
        }
        return readings[last]
    }

    /// Whether `inner` stands inside a parenthesis that closes before `later`.
    static func closesAround(_ inner: NumberMention, before later: NumberMention, in tokens: [Token]) -> Bool {
        guard inner.end <= later.tokenRange.lowerBound else { return false }
        var depth = 0
        for token in tokens[inner.end..<later.tokenRange.lowerBound] {
            if token.is("(") { depth += 1 } else if token.is(")") { depth -= 1 }
            if depth < 0 { return true }
        }
        return false
    }

    /// Whether the words hold "trong đó" or "gồm", which open a breakdown of the figure before.
    static func opensBreakdown(_ tokens: ArraySlice<Token>) -> Bool {
        let words = tokens.map(\.lower)
        return words.contains("gồm") || words.indices.dropLast().contains { words[$0] == "trong" && words[$0 + 1] == "đó" }
    }

    /// "đã giải quyết 19 trong số 24 vụ việc", "1.175 trên tổng số 1.204 kiến nghị": a numeral
    /// without a unit right before "trong số" and another figure is the part of that whole, two
    /// figures counting the same thing. The position of the whole, if so.
    static func whole(of position: Int, mentions: [NumberMention], in tokens: [Token]) -> Int? {
        let mention = mentions[position]
        guard !mention.hasUnit, mention.denominator == nil, position + 1 < mentions.count, mentions[position + 1].hasUnit else { return nil }
        return joinsWhole(mention, mentions[position + 1], in: tokens) ? position + 1 : nil
    }

    /// The rate a count restates: the figure right before it is a share ("%") and only a
    /// restating phrase stands between ("87%, tương đương 156 vụ việc", "95% tổng số đơn (tương
    /// ứng 418 đơn)"), the rate's own noun included.
    static func restatedRate(of position: Int, mentions: [NumberMention], in tokens: [Token]) -> Int? {
        guard position > 0, mentions[position - 1].unit == "%" else { return nil }
        let between = tokens[mentions[position - 1].end..<mentions[position].tokenRange.lowerBound]
        guard let marker = between.indices.first(where: { index in restatingPhrases.contains { PredicateMatcher.matches($0, tokens, at: index) } }),
            marker + 2 == mentions[position].tokenRange.lowerBound,
            !between.contains(where: { $0.is(";") || $0.is(".") || $0.isNumber })
        else { return nil }
        return position - 1
    }

    /// Phrases that say a count is a rate said again: "tương đương", "tương ứng".
    static let restatingPhrases: [[String]] = [["tương", "đương"], ["tương", "ứng"]]

    /// Whether the figure at `position` is the whole the figure before it was taken from.
    static func isWhole(_ position: Int, mentions: [NumberMention], in tokens: [Token]) -> Bool {
        position > 0 && whole(of: position - 1, mentions: mentions, in: tokens) == position
    }

    /// Whether `whole` follows `part` as the whole it is taken from: "19 trong số 24 vụ việc".
    static func joinsWhole(_ part: NumberMention, _ whole: NumberMention, in tokens: [Token]) -> Bool {
        guard part.end <= whole.numeralIndex else { return false }
        return partOfWholeLinks.contains(tokens[part.end..<whole.numeralIndex].map(\.lower))
    }

    /// "giải quyết 1.612 vụ việc trên tổng số 1.745 vụ việc thuộc thẩm quyền": the whole is a
    /// complaint case where its part is one, whatever else the sentence names.
    static func shareWholes(_ readings: inout [Reading], in tokens: [Token]) {
        for position in readings.indices.dropFirst() {
            let part = readings[position - 1]
            guard part.thing == .cases, readings[position].thing == .cases, part.measure != nil,
                joinsWhole(part.mention, readings[position].mention, in: tokens)
            else { continue }
            readings[position].talk.complaints = true
        }
        // "287 trên tổng số 331 vụ việc khiếu nại và 64 trên tổng số 72 vụ việc tố cáo": the part
        // is of the type its whole names, whatever the sentence named before it.
        for position in readings.indices.dropFirst() {
            let whole = readings[position]
            guard !whole.namedTypes.isEmpty, readings[position - 1].thing == whole.thing, whole.thing != nil,
                joinsWhole(readings[position - 1].mention, whole.mention, in: tokens)
            else { continue }
            readings[position - 1].types = whole.namedTypes
        }
    }

    /// "Khiếu nại đúng: 4", "tố cáo sai 12": a number without a unit after a type and an outcome
    /// counts cases of that type, outcomes being said only of resolved cases.
    /// "kết luận tố cáo đúng và đúng một phần 17 trường hợp": so also for a count of cases by a
    /// unit that names nothing of its own.
    static func outcomeLabel(before mention: NumberMention, in tokens: [Token]) -> Set<PetitionType>? {
        // "tố cáo đúng 6 đảng viên": members or bodies counted by the outcome of their case too.
        let complainants = ComplainantCount.units.contains(mention.unit)
        guard !mention.hasUnit || genericUnits.contains(mention.unit) || complainants, mention.denominator == nil else { return nil }
        guard let types = outcomeTypes(before: mention, in: tokens) else { return nil }
        // "…, đúng một phần 8 đảng viên": complainants counted by an outcome alone are cases whose
        // type the paragraph or its section names.
        return types.count == 1 ? types : types.isEmpty && complainants ? [] : nil
    }

    /// "đã giải quyết 14 vụ việc (đúng 1, đúng một phần 3, sai 10)": a bare number after an
    /// outcome with no type of its own, in the parentheses that break a count of cases down,
    /// counts those cases by their outcome; their type and state are the count's.
    static func outcomeItem(_ mention: NumberMention, of parent: NumberMention, talk: Topic.Talk, in tokens: [Token]) -> Bool {
        guard !mention.hasUnit, mention.denominator == nil, parent.hasUnit,
            CountedThing(unit: parent.unit, subjectWords: [], talk: talk) == .cases
        else { return false }
        return outcomeTypes(before: mention, in: tokens)?.isEmpty == true
    }

    /// The types named before an outcome right before the numeral ("xác định tố cáo sai 8 vụ":
    /// denunciations), or nil when no outcome stands there.
    static func outcomeTypes(before mention: NumberMention, in tokens: [Token]) -> Set<PetitionType>? {
        var end = mention.tokenRange.lowerBound
        if end > 0, tokens[end - 1].is(":") { end -= 1 }
        var start = end
        while start > 0, tokens[start - 1].isWord, tokens[start - 1].lower == "và" || outcomeWords.contains(tokens[start - 1].lower) {
            start -= 1
        }
        let outcome = tokens[start..<end].map(\.lower)
        guard outcome.contains(where: { outcomeHeads.contains($0) }) else { return nil }
        // The type words right before the outcome: "khiếu nại", "KN", "tố cáo".
        var typeStart = start
        while typeStart > 0, tokens[typeStart - 1].isWord, TypeReader.isTypeWord(tokens[typeStart - 1].lower) { typeStart -= 1 }
        return TypeReader.types(in: tokens, range: typeStart..<start)
    }

    /// Words that make a label an outcome ("đúng", "sai"); `outcomeWords` are all its words.
    static let outcomeHeads: Set<String> = ["đúng", "sai"]

    static let partOfWholeLinks: Set<[String]> = [["trong", "số"], ["trong", "tổng", "số"], ["trên", "tổng", "số"], ["trên", "số"]]

    /// What is said of the whole after it, for a part with no verb of its own: "Đã có 38 trong
    /// số 41 đơn thuộc thẩm quyền được UBND thị xã giải quyết dứt điểm" — the last verb of the
    /// phrase, up to its first separator.
    static func predicateAfterWhole(_ whole: NumberMention, thing: CountedThing?, in tokens: [Token]) -> Predicate? {
        let end = tokens[whole.end...].firstIndex(where: { $0.is(";") || $0.is(",") || $0.is(".") || $0.is("(") || $0.isNumber })
            ?? tokens.count
        return PredicateMatcher.before(in: tokens, window: whole.end..<end, thing: thing)?.predicate
    }

    /// "Các đại biểu đã tiếp xúc cử tri tại 1.846 điểm": the places a contact with voters was
    /// held at count its sessions ("3 điểm tiếp công dân" are places, not sessions).
    static func contactPoints(_ mention: NumberMention, window: Range<Int>, in tokens: [Token]) -> Bool {
        guard mention.unit == pointUnit, mention.tokenRange.lowerBound > window.lowerBound,
            tokens[mention.tokenRange.lowerBound - 1].lower == "tại"
        else { return false }
        return MeasureClassifier.sessionKind(before: tokens[window].filter(\.isWord).map(\.lower)) == .dialogue
    }

    static let pointUnit = "điểm"

    /// "chuyển đơn 164; hướng dẫn 58; lưu đơn 219": a numeral without a unit right after a verb
    /// done only to petitions (forwarding, guiding, filing away) counts petitions, in a sentence
    /// that speaks of them or names them ("Kết quả xử lý đơn: …").
    static func handledPetitions(_ mention: NumberMention, window: Range<Int>, in tokens: [Token], talk: Topic.Talk) -> Bool {
        let namesPetitions = tokens.indices.contains { index in
            UnitLexicon.unit(at: index, in: tokens).map { UnitLexicon.petitionUnits.contains($0.text) } == true
        }
        guard talk.petitions || namesPetitions, !mention.hasUnit, mention.denominator == nil, endsItem(mention, in: tokens),
            let verb = PredicateMatcher.before(in: tokens, window: window, thing: .petitions),
            verb.range.upperBound == mention.numeralIndex
        else { return false }
        return PredicateLexicon.petitionHandling.contains(verb.predicate)
    }

    /// Whether the numeral ends its item: a separator or the sentence's end follows it.
    static func endsItem(_ mention: NumberMention, in tokens: [Token]) -> Bool {
        guard mention.end < tokens.count else { return true }
        let next = tokens[mention.end]
        return next.is(",") || next.is(";") || next.is(")") || next.is(".")
    }

    /// "đã giải quyết 21/25 vụ việc, trong đó tố cáo đúng 2, đúng một phần 5, sai 14": numerals
    /// without a unit after "trong đó", labelled by a petition type, an outcome or a level, count
    /// what the figure before "trong đó" counts, share or not (a figure is matched by value).
    static func inheritListItems(_ readings: inout [Reading], parents: [Int?], in tokens: [Token]) {
        var items: Set<Int> = []
        for position in readings.indices.dropFirst() where readings[position].thing == nil && parents[position] == nil {
            let mention = readings[position].mention
            // The items before it in the list are no head: the figure before "trong đó" is.
            guard !mention.hasUnit, mention.qualifier.isEmpty, mention.denominator == nil, endsItem(mention, in: tokens),
                let head = readings.indices[..<position].last(where: { readings[$0].thing != nil && !items.contains($0) }),
                let thing = readings[head].thing, [.petitions, .cases].contains(thing)
            else { continue }
            let between = tokens[readings[head].mention.end..<mention.tokenRange.lowerBound]
            let words = between.map(\.lower)
            // The list opens with "trong đó" or "gồm" ("Đã giải quyết 9 trường hợp, gồm cấp tỉnh 3,
            // cấp huyện 6"), or its items are outcomes after an outcome ("tố cáo đúng 2 vụ việc,
            // đúng một phần 3").
            let opened = words.indices.contains(where: { words[$0] == "trong" && $0 + 1 < words.count && words[$0 + 1] == "đó" })
                || words.contains("gồm")
            // "gồm: đơn khiếu nại 143; đơn tố cáo 38": a list a colon opens may part its items by
            // ";"; any other ";" ends the head's clause.
            guard !between.contains(where: { $0.is(".") }),
                !between.contains(where: { $0.is(";") }) || opensColonList(between),
                opened || isOutcomeAfterOutcome(mention, head: readings[head].mention, in: tokens),
                isItemLabel(before: mention, in: tokens)
            else { continue }
            readings[position].thing = thing
            readings[position].thingInherited = true
            readings[position].types = readings[position].namedTypes
            items.insert(position)
        }
    }

    /// Whether the words between a list's head and an item open the list with "trong đó:" or
    /// "gồm:" before any ";": "tiếp nhận 406 đơn, gồm: đơn khiếu nại 143; đơn tố cáo 38", where
    /// the ";" parts items, not clauses.
    static func opensColonList(_ between: ArraySlice<Token>) -> Bool {
        let firstStop = between.firstIndex(where: { $0.is(";") }) ?? between.endIndex
        let opening = between[..<firstStop]
        guard let colon = opening.firstIndex(where: { $0.is(":") }), colon > opening.startIndex else { return false }
        let before = opening[..<colon].suffix(2).map(\.lower)
        return before.last == "gồm" || before == ["trong", "đó"]
    }

    /// Whether the words of the item before a numeral are a type label, an outcome ("đúng một
    /// phần", "sai") or a level ("cấp huyện"), and nothing else.
    static func isItemLabel(before mention: NumberMention, in tokens: [Token]) -> Bool {
        let numeral = mention.tokenRange.lowerBound
        guard let separator = tokens[..<numeral].lastIndex(where: { $0.is(",") || $0.is(":") || $0.is("(") || $0.is(";") }) else {
            return false
        }
        var start = separator + 1
        if start + 1 < numeral, tokens[start].lower == "trong", tokens[start + 1].lower == "đó" { start += 2 }
        if start + 1 < numeral, tokens[start].lower == "bao", tokens[start + 1].lower == "gồm" { start += 2 }
        if start < numeral, tokens[start].lower == "gồm" { start += 1 }
        let words = tokens[start..<numeral]
        guard !words.isEmpty, words.allSatisfy(\.isWord) else { return false }
        if words.first?.lower == levelWord { return words.count <= 3 }
        if words.allSatisfy({ outcomeWords.contains($0.lower) }) { return true }
        return !TypeReader.label(in: tokens, window: start..<numeral, numeral: numeral, isBreakdown: true).isEmpty
    }

    /// Whether a figure labelled by an outcome alone follows, after a comma, a figure labelled by
    /// an outcome: "tố cáo đúng 2 vụ việc, đúng một phần 3".
    static func isOutcomeAfterOutcome(_ mention: NumberMention, head: NumberMention, in tokens: [Token]) -> Bool {
        let between = tokens[head.end..<mention.tokenRange.lowerBound]
        guard between.first?.is(",") == true, between.dropFirst().allSatisfy({ outcomeWords.contains($0.lower) }) else { return false }
        let headLabel = tokens[max(0, head.tokenRange.lowerBound - 2)..<head.tokenRange.lowerBound]
        return headLabel.contains { outcomeHeads.contains($0.lower) }
    }

    /// The outcomes of a resolved complaint or denunciation: "đúng", "sai", "đúng một phần", "có
    /// đúng có sai", "đúng toàn bộ".
    static let outcomeWords: Set<String> = ["đúng", "sai", "một", "phần", "có", "toàn", "bộ"]

    /// A figure naming no type takes its head's: the figure it breaks down, else the last figure
    /// before it counting the same thing outside any breakdown.
    static func inheritTypes(_ readings: inout [Reading], parents: [Int?], in tokens: [Token]) {
        for position in readings.indices where readings[position].types.isEmpty {
            let thing = readings[position].thing
            guard thing == .petitions || thing == .cases || thing == .visits else { continue }
            if let parent = parents[position], readings[parent].thing == thing {
                readings[position].types = readings[parent].types
            } else if let head = readings.indices[..<position].last(where: { readings[$0].thing == thing && parents[$0] == nil }),
                !labelledOther(readings[position].mention, in: tokens) || !labelledByType(readings[head].mention, in: tokens)
            {
                readings[position].types = readings[head].types
            }
        }
    }

    /// "có 35 đơn khiếu nại, 5/32 đơn tố cáo thuộc thẩm quyền giải quyết": petitions joined by ","
    /// or "và" to the next ones, with no verb of their own, share the status said after the last
    /// of them (`sharedStatuses`), as a unit said once is shared (`NewsGrammar.shareTrailingUnit`).
    static func shareTrailingStatus(_ readings: inout [Reading], in tokens: [Token]) {
        backToFront(&readings) { reading, next in
            let mention = reading.mention
            guard reading.predicate == nil, reading.thing == .petitions, next.thing == .petitions,
                let status = next.predicate, sharedStatuses.contains(status)
            else { return }
            let between = tokens[mention.end..<next.mention.tokenRange.lowerBound]
            // The figure's own words (its type) may stand before the link: "35 đơn khiếu nại, 5 đơn".
            guard let link = between.lastIndex(where: { !$0.isWord || $0.lower == "và" }), link == next.mention.tokenRange.lowerBound - 1,
                tokens[link].is(",") || tokens[link].lower == "và",
                between[..<link].allSatisfy({ $0.isWord && TypeReader.isTypeWord($0.lower) })
            else { return }
            guard PredicateMatcher.after(in: tokens, from: next.mention.end, thing: next.thing) == status else { return }
            // "Trong 38 đơn tố cáo, 21 đơn thuộc thẩm quyền": a whole the next figure is taken from.
            let start = mention.tokenRange.lowerBound
            guard !HeadBoundary.topicOpeners.contains(where: { PredicateMatcher.matches($0, tokens, at: start - $0.count) }) else { return }
            reading.predicate = status
            reading.predicateSource = .carried
        }
    }

    /// Each reading with the one after it, the last pair first, where the next one's numeral
    /// stands after this one's words: what the last member of a chain says passes back one link
    /// at a time (`shareTrailingStatus`, `NewsGrammar.shareTrailingUnit`), so a member that took
    /// it passes it on to the one before.
    static func backToFront(_ readings: inout [Reading], _ pass: (_ reading: inout Reading, _ next: Reading) -> Void) {
        for position in stride(from: readings.count - 2, through: 0, by: -1) {
            let next = readings[position + 1]
            guard readings[position].mention.end < next.mention.tokenRange.lowerBound else { continue }
            pass(&readings[position], next)
        }
    }

    /// What is said after a list of petitions of all of them: which are a body's to settle.
    static let sharedStatuses: Set<Predicate> = [.inJurisdiction, .outsideJurisdiction, .ineligible]

    /// Whether the label right before a figure's numeral ends in "khác": "loại khác 132 lượt",
    /// "lĩnh vực khác 40 đơn", "khác: 12 đơn". Listed after items labelled by type ("Khiếu nại 52
    /// lượt, tố cáo 13 lượt, loại khác 132 lượt") it is of none of their types (`inheritTypes`);
    /// after a typed whole ("80 đơn khiếu nại, trong đó: …, lĩnh vực khác 30 đơn") it is of its type.
    static func labelledOther(_ mention: NumberMention, in tokens: [Token]) -> Bool {
        var label = mention.tokenRange.lowerBound - 1
        if label >= 0, tokens[label].is(":") { label -= 1 }
        return label >= 0 && tokens[label].lower == otherLabel
    }

    /// Whether a type word stands right before the figure's numeral, its label: "tố cáo 13 lượt".
    static func labelledByType(_ mention: NumberMention, in tokens: [Token]) -> Bool {
        var label = mention.tokenRange.lowerBound - 1
        if label >= 0, tokens[label].is(":") { label -= 1 }
        return label >= 0 && TypeReader.isTypeWord(tokens[label].lower)
    }

    /// The word that labels the rest of a list by type: "loại khác", "khác".
    static let otherLabel = "khác"

    /// Whether the clause before a figure names a plan ("kế hoạch") and nothing done ("đã", "đến nay").
    /// After another count only the figure's own item is read (`from`): in "24 cuộc theo kế hoạch
    /// và 7 cuộc đột xuất" the plan is what the 24 were done under, not said of the 7; a bare
    /// number before ("QĐ 1369, với 90 cuộc") ends no item.
    static func speaksOfPlan(before mention: NumberMention, from floor: Int = 0, in tokens: [Token]) -> Bool {
        let clauseStart = tokens.start(before: mention.tokenRange.lowerBound, after: StretchMarks.item)
        let start = max(clauseStart, min(floor, mention.tokenRange.lowerBound))
        let words = tokens[start..<mention.tokenRange.lowerBound].map(\.lower)
        let named = words.indices.contains { words[$0] == "kế" && $0 + 1 < words.count && words[$0 + 1] == "hoạch" }
        return named && !words.contains("đã") && !words.contains("nay")
    }

    /// A section of tasks for the next period: "IV. NHIỆM VỤ NĂM 2025", "Phương hướng năm 2026".
    static func isPlanTitle(_ title: String) -> Bool {
        let lowered = LatinLetters.lowercased(title)
        if planTitleOpeners.contains(where: { lowered.hasPrefix($0) }) { return true }
        // "ĐÁNH GIÁ VÀ NHIỆM VỤ NĂM 2027", "Nhận xét chung và phương hướng": an assessment
        // joined to the tasks introduces the tasks; one that names results ("Đánh giá kết quả và
        // nhiệm vụ") holds them.
        guard assessmentOpeners.contains(where: { lowered.hasPrefix($0) }), !lowered.contains(resultsWord) else { return false }
        return planTitleOpeners.contains { lowered.contains(" và " + $0) }
    }

    static let planTitleOpeners = ["nhiệm vụ", "phương hướng", "kế hoạch", "dự kiến", "mục tiêu", "chỉ tiêu"]
    static let assessmentOpeners = ["đánh giá", "nhận xét"]
    static let resultsWord = "kết quả"

    /// A sentence that sets targets before it counts anything: "Năm 2027, Sở phấn đấu giải quyết
    /// 100% đơn …; tổ chức 12 cuộc thanh tra …", "Thời gian tới, huyện tổ chức 6 cuộc thanh tra",
    /// "Chỉ tiêu năm 2027: tiếp 500 lượt công dân; thực hiện 12 cuộc thanh tra". Its figures are
    /// targets as a plan section's are, from the word on, where they have a verb; a figure with
    /// "đã" between that word and it was done ("Để đạt mục tiêu, huyện đã tiếp 300 lượt công dân"). Returns where the
    /// plan starts, nil when the sentence counts something before it or sets none.
    static func planStart(in tokens: [Token], readings: [Reading]) -> Int? {
        guard let first = readings.first(where: { $0.thing != nil })?.mention.tokenRange.lowerBound else { return nil }
        return (0..<first).first { index in planSentenceWords.contains { PredicateMatcher.matches($0, tokens, at: index) } }
    }

    /// Words that set targets for a coming period: the planned modifiers of the predicate lexicon
    /// ("phấn đấu", "sẽ", "dự kiến", "mục tiêu"), the target words of news ("chỉ tiêu") and the
    /// coming period itself ("thời gian tới", "năm tới").
    static let planSentenceWords: [[String]] = PredicateLexicon.modifiers.filter { $0.predicate == .planned }.map(\.words)
        + NewsGrammar.targetWords + [["thời", "gian", "tới"], ["năm", "tới"]]

    /// Reads the figures after a sentence's plan word as targets, but not one a mark of the past
    /// between (`PredicateLexicon.doneMarkers`: "đã", "vừa") says was done.
    static func readPlannedSentence(_ readings: inout [Reading], in tokens: [Token]) {
        guard let start = planStart(in: tokens, readings: readings) else { return }
        var planned = readings
        readAsPlan(&planned, after: start)
        for position in readings.indices where readings[position].mention.tokenRange.lowerBound > start {
            // What exists is named, not planned: one still running ("hoàn thành kết luận 11 cuộc
            // đang triển khai"), and cases or petitions without a verb of their own ("liên quan
            // đến 12 vụ khiếu nại … kéo dài"); inspections are counted by their own noun, so the
            // plan's are its targets ("hoàn thành 10 cuộc thanh tra").
            let reading = readings[position]
            guard reading.predicate != .pending,
                reading.thing == .sessions || reading.predicate != nil && reading.predicateSource == .own
            else { continue }
            let between = tokens[start..<readings[position].mention.tokenRange.lowerBound]
            if !between.contains(where: { PredicateLexicon.doneMarkers.contains($0.lower) }) { readings[position] = planned[position] }
        }
    }

    /// In a plan, work still to do is a target; only cases or petitions named to be resolved, or
    /// named as pending, are counts, of the ones pending ("giải quyết dứt điểm 12 vụ việc", "tập
    /// trung giải quyết dứt điểm 6 vụ việc", "5 vụ việc tồn đọng").
    static func readAsPlan(_ readings: inout [Reading], after start: Int = 0) {
        for position in readings.indices where readings[position].mention.tokenRange.lowerBound >= start {
            let thing = readings[position].thing
            if thing == .cases || thing == .petitions, [.resolved, .pending].contains(readings[position].predicate) {
                readings[position].predicate = .pending
            } else {
                readings[position].predicate = .planned
            }
        }
    }
}

/// What the sentences of a section counted last, thing by thing: a figure that says nothing of
/// its own counts as they did.
struct ParagraphHeads: Sendable {
    var predicates: [CountedThing: Predicate] = [:]
    var sessionKind: MeasureClassifier.SessionKind?
    /// The one type the paragraph last named for petitions or cases: "Tổng số đơn tố cáo …: 9 đơn
    /// với 6 vụ việc. Đã giải quyết 5/6 vụ việc" are all denunciations.
    var type: PetitionType?

    /// The heads of the last sentence that held figures (`CarriedBreakdowns.isHead`): a
    /// breakdown standing in a sentence of its own breaks one of them down.
    var sentenceBefore: [Reading] = []
    /// The heads of the paragraph's earlier sentences and of the paragraph before, for a
    /// sentence a breakdown label opens that adds up to one of them ("Phân loại theo lĩnh vực: …").
    var earlierHeads: [Reading] = []
    /// The heads of the paragraph being read, before it ends.
    private var paragraphHeads: [Reading] = []
    /// The type a point's opening label named ("b) Khiếu nại: …"): in a loose run of
    /// one-sentence paragraphs it scopes the paragraphs after it, up to the next label, as it
    /// scoped the point's paragraph before the page split it.
    private var labelledType: PetitionType?

    /// A sentence opens with a label naming one type; `scopesRun`: a point's label, at its
    /// paragraph's start after a list marker.
    mutating func label(_ labelled: PetitionType, scopesRun: Bool) {
        type = labelled
        labelledType = scopesRun ? labelled : nil
    }

    /// The heads of the paragraphs before, back to the start of a loose run of one-sentence
    /// paragraphs; those of the paragraph before otherwise.
    private var runHeads: [Reading] = []

    /// A paragraph or sentence that is a question ("PV: Cụ thể với khiếu nại, tố cáo thì sao, thưa ông?")
    /// opens what the next paragraphs answer, as a heading does: the answer's figures take no
    /// verb or type of the answer before ("Khiếu nại là 612 đơn" after "1.040 đơn thuộc thẩm
    /// quyền" counts the petitions that came in, not those in its jurisdiction).
    static func asksAnew(_ paragraph: String) -> Bool {
        paragraph.last { !$0.isWhitespace } == questionMark
    }

    static let questionMark: Character = "?"

    /// A new paragraph names its own type, and no sentence of it stands before its first. In a
    /// loose run of one-sentence paragraphs (`ParagraphRun`) the heads of all its paragraphs
    /// stay earlier heads, as those of one paragraph's sentences do.
    mutating func startParagraph(inLooseRun: Bool = false) {
        if !inLooseRun { labelledType = nil }
        type = labelledType
        runHeads = inLooseRun ? runHeads + paragraphHeads : paragraphHeads
        earlierHeads = runHeads
        paragraphHeads = []
        sentenceBefore = []
    }

    /// After a sentence is read: its heads are those the next sentence's breakdown may break
    /// down; a sentence read as a breakdown leaves the heads before it in place, and one
    /// without figures breaks the link.
    mutating func endSentence(_ readings: [Reading], wasBreakdown: Bool) {
        guard !wasBreakdown else { return }
        earlierHeads += sentenceBefore
        sentenceBefore = readings.filter(CarriedBreakdowns.isHead)
        paragraphHeads += sentenceBefore
    }

    mutating func settle(_ readings: inout [Reading]) {
        for position in readings.indices {
            guard let thing = readings[position].thing else { continue }
            // "Còn 7 vụ việc đang xác minh. … xác định tố cáo sai 5 vụ": an outcome is said of a
            // resolved case; it takes no state from the sentences before.
            if readings[position].predicate == nil, !readings[position].afterOutcome, !readings[position].opensHead,
                let predicate = predicates[thing]
            {
                readings[position].predicate = predicate
                readings[position].predicateSource = .carried
            }
            if thing == .petitions || thing == .cases {
                if readings[position].types.isEmpty, let type {
                    readings[position].types = [type]
                } else if readings[position].typedByHeadNoun, let named = TypeReader.single(readings[position].types) {
                    type = named
                }
            }
            if thing == .sessions, readings[position].sessionKind == nil {
                readings[position].sessionKind = sessionKind
            }
            // "Năm 2024, có 250 đơn", "tổng số đơn … là 7.000 đơn", "Số đơn khiếu nại gửi đến … là
            // 97": petitions counted without a verb are the ones that came in.
            let unit = readings[position].mention.unit
            let countsNoun = unit.isEmpty && readings[position].thingInherited
            if readings[position].predicate == nil, thing == .petitions, UnitLexicon.namesPetitions(unit) || countsNoun {
                readings[position].predicate = .received
                readings[position].predicateSource = .context
            }
        }
        for reading in readings {
            guard let thing = reading.thing else { continue }
            // A plan or a change is said of one figure, not of the section; a status said of an
            // item of a breakdown ("1.706 lượt đơn thư (1.318 đơn mới, 388 đơn trùng nội dung)") is
            // the item's, not its head's (`HeadBoundary`).
            if let predicate = reading.predicate, reading.predicateSource == .own, predicate != .change, predicate != .planned,
                !HeadBoundary.statusStaysWithItem(reading)
            {
                predicates[thing] = predicate
            }
            if thing == .sessions, let kind = reading.sessionKind { sessionKind = kind }
        }
    }
}
