import DocumentModel

/// Cases counted by the people or bodies who brought them: "giải quyết khiếu nại kỷ luật đảng
/// của 44 đảng viên", "phải giải quyết tố cáo 22 tổ chức đảng", "49 trường hợp có đơn khiếu nại,
/// tố cáo". Each complainant is one case of the type named with them.
enum ComplainantCount {
    /// Units that count complainants. "người" only with a petition of their own after it ("5
    /// người có đơn"): "tố cáo 2 người hàng xóm" names the accused.
    /// "đồng chí" counts party members ("Đã kết luận 11 đồng chí").
    static let units: Set<String> = ["đảng viên", "đồng chí", "tổ chức", "trường hợp", "hộ dân", "hộ", "lao động", "cá nhân", "tập thể"]
    static let ownPetitionUnits: Set<String> = units.union(["người", "công dân"])
    /// How many words before the numeral the complaint word may stand: "khiếu nại kỷ luật đảng của 44".
    static let reach = 6
    /// Words between the unit and the complaint word that say the complainants have one: "có đơn thư".
    static let having: Set<String> = ["có", "đơn", "thư", ",", "gửi"]
    /// Verbs after the complainants that say they brought a petition, or still hold or withdrew
    /// the one they brought: "có đơn", "làm đơn", "vẫn giữ đơn", "đã rút đơn". Not "gửi": "12 hộ
    /// dân đã gửi đơn tố cáo ông …" sent one letter together, a crowd that complains.
    static let openers: Set<String> = ["có", "làm", "giữ", "rút"]
    /// Words opening where the complainants live, said between them and their verb: "27 hộ ở
    /// xã Nà Khoang có đơn".
    static let placeOpeners: Set<String> = ["ở", "tại", "thuộc"]
    /// How many words that place may hold.
    static let placeReach = 5
    /// Who the complainants are, said between their count and their verb: "36 trường hợp người
    /// lao động có đơn khiếu nại".
    static let owners: [[String]] = [["người", "dân"], ["công", "dân"], ["người", "lao", "động"]]

    /// The types of the complaints a figure counts complainants of, or nil when it counts none.
    /// `verb`: where the figure's verb starts, when it has one; a complaint word before the
    /// figure is read only after a verb ("giải quyết khiếu nại của").
    /// `sectionType`: the type the section's title is a label of ("2. Về giải quyết tố cáo"),
    /// which complainants counted right after a verb ("Đã giải quyết xong 4 tổ chức đảng") bring.
    static func types(
        of mention: NumberMention, in tokens: [Token], window: Range<Int>, verb: Range<Int>?, sectionType: PetitionType? = nil
    ) -> Set<PetitionType>? {
        if let outcome = DisciplineOutcome.types(of: mention, in: tokens, sectionType: sectionType) { return outcome }
        // Households' own complaint first: "5 hộ vẫn giữ đơn khiếu nại, đề nghị bồi thường" brings
        // a complaint, and the request after it is what they ask, no type of their own.
        if let found = broughtAfter(mention, in: tokens) { return found }
        if untypedComplainants(mention, in: tokens) { return [] }
        if ownPetitionUnits.contains(mention.unit) {
            let start = ownVerb(after: mention, in: tokens)
            if start < tokens.count, openers.contains(tokens[start].lower) {
                var index = start + 1
                while index < min(tokens.count, start + 4), having.contains(tokens[index].lower) { index += 1 }
                let found = TypeReader.types(in: tokens, range: index..<min(tokens.count, index + 5))
                if !found.isEmpty { return found }
            }
        }
        if let found = partyTypes(after: mention, in: tokens) { return found }
        if let found = ruledBefore(mention, in: tokens) { return found }
        if let found = labelTypes(of: mention, in: tokens) { return found }
        if let found = statusTypes(of: mention, in: tokens, sectionType: sectionType) { return found }
        guard units.contains(mention.unit), let verb, verb.upperBound <= mention.numeralIndex else { return nil }
        let start = max(verb.upperBound, mention.numeralIndex - reach)
        let before = tokens[start..<mention.numeralIndex]
        guard !before.contains(where: { $0.is(",") || $0.is(";") || $0.is(":") || $0.isNumber }) else { return nil }
        // "kiến nghị xử lý kỷ luật 2 cá nhân" recommends a sanction: only a complaint or a
        // denunciation before the figure is brought by those it counts.
        let found = TypeReader.types(in: tokens, range: start..<mention.numeralIndex).intersection(broughtBefore)
        if found.isEmpty, let sectionType, broughtBefore.contains(sectionType),
            tokens[verb.upperBound..<mention.numeralIndex].allSatisfy({ verbToCount.contains($0.lower) })
        {
            return [sectionType]
        }
        return found.isEmpty ? nil : found
    }

    /// Whether complainants are counted with a complaint that names no one type, a "khiếu kiện"
    /// (complaints and lawsuits alike) right after them or after their own verb: "3 công dân có
    /// đơn khiếu kiện vượt cấp", "3 hộ dân khiếu kiện", "285 trường hợp khiếu kiện đăng ký gặp
    /// gỡ". Each is a case, of no type. Persons counted alone ("60 người khiếu kiện kéo đến") are
    /// a crowd.
    static func untypedComplainants(_ mention: NumberMention, in tokens: [Token]) -> Bool {
        guard ownPetitionUnits.contains(mention.unit), mention.unit != crowdUnit else { return false }
        var index = ownVerb(after: mention, in: tokens)
        if index < tokens.count, openers.contains(tokens[index].lower) {
            index += 1
            while index < min(tokens.count, index + 3), having.contains(tokens[index].lower) { index += 1 }
        }
        return PredicateMatcher.matches(untypedComplaint, tokens, at: index)
    }

    /// A complaint or a lawsuit, no one petition type.
    static let untypedComplaint = ["khiếu", "kiện"]
    /// The unit of persons, who complaining together are a crowd.
    static let crowdUnit = "người"

    /// Where the complainants' own verb may stand after them: past where they live ("ở thôn Đá
    /// Mài") and an adverb ("đã", "vẫn"). `start` itself when no verb follows those words.
    static func verbAfterComplainants(from start: Int, in tokens: [Token]) -> Int {
        var index = start
        if index < tokens.count, placeOpeners.contains(tokens[index].lower) {
            let end = min(tokens.count, index + 1 + placeReach)
            guard let verb = tokens[(index + 1)..<end].firstIndex(where: { !$0.isWord || openers.contains($0.lower) || adverbs.contains($0.lower) }),
                tokens[verb].isWord
            else { return start }
            index = verb
        }
        while index < tokens.count, adverbs.contains(tokens[index].lower) { index += 1 }
        return index < tokens.count && openers.contains(tokens[index].lower) ? index : start
    }

    /// The complainants' own verbs that bring a petition or withdraw it, no state of a case:
    /// "có đơn", "làm đơn", "gửi đơn", "rút đơn" ("vẫn giữ đơn" keeps one still pending).
    static let bringingOwn: Set<String> = ["có", "làm", "gửi", "rút"]

    /// Whether the complainants' own verb after them brings their petition: "36 trường hợp người
    /// lao động có đơn khiếu nại", "27 hộ ở xã Nà Khoang có đơn", "41 hộ gửi đơn khiếu nại".
    static func broughtTheirOwn(_ mention: NumberMention, in tokens: [Token]) -> Bool {
        let start = ownVerb(after: mention, in: tokens)
        return start < tokens.count && bringingOwn.contains(tokens[start].lower)
    }

    /// Where the complainants' own verb stands after their count: past who they are ("58 trường
    /// hợp người dân làm đơn"), where they live and an adverb (`verbAfterComplainants`).
    static func ownVerb(after mention: NumberMention, in tokens: [Token]) -> Int {
        var start = mention.end
        if let owner = owners.first(where: { PredicateMatcher.matches($0, tokens, at: start) }) { start += owner.count }
        return verbAfterComplainants(from: start, in: tokens)
    }

    /// Words that may stand between a verb and the complainants it counts when only the section
    /// names their type: "đã giải quyết xong 4 tổ chức đảng", "phải giải quyết là 6 tổ chức đảng".
    static let verbToCount: Set<String> = ["xong", "là", "được", "cho", "đối", "với"]

    static let broughtBefore: Set<PetitionType> = [.complaint, .denunciation]

    /// Party members and bodies counted with their complaint, or the denunciation against them,
    /// right after them: "Có 3 đảng viên khiếu nại quyết định khai trừ", "27 đảng viên bị tố cáo",
    /// "2 tổ chức đảng bị tố cáo". Each is a case of the party's own inspection.
    static let partyUnits: Set<String> = ["đảng viên", "đồng chí", "tổ chức"]
    /// Words between a party unit and its complaint: "tổ chức đảng bị tố cáo".
    static let partyLinks: Set<String> = ["đảng", "bị"]

    static func partyTypes(after mention: NumberMention, in tokens: [Token]) -> Set<PetitionType>? {
        guard partyUnits.contains(mention.unit) else { return nil }
        var index = mention.end
        while index < min(tokens.count, mention.end + partyLinks.count), partyLinks.contains(tokens[index].lower) { index += 1 }
        guard index < tokens.count, TypeReader.isTypeWord(tokens[index].lower) else { return nil }
        let found = TypeReader.types(in: tokens, range: index..<min(tokens.count, index + 2)).intersection(broughtBefore)
        return found.isEmpty ? nil : found
    }

    /// Complainants whose complaint or denunciation is said after them in their own clause: "9 hộ
    /// vẫn giữ đơn khiếu nại", "41 hộ gửi đơn khiếu nại lên tỉnh", "12 hộ tiếp tục khiếu nại lần
    /// hai", "52 hộ đã nhận tiền hỗ trợ và làm đơn rút khiếu nại", "45 hộ khiếu nại về giá đất".
    /// A verb that brings a petition (`bringing`) may stand anywhere before the complaint word;
    /// without one only adverbs may ("vẫn", "tiếp tục"): "45 hộ phải tái định cư, khiếu nại …" and
    /// "3 hộ bị tố cáo lấn chiếm" count no complainants.
    static func broughtAfter(_ mention: NumberMention, in tokens: [Token]) -> Set<PetitionType>? {
        guard households.contains(mention.unit), !represented(mention, in: tokens) else { return nil }
        var brought = false
        // Words that neither bring a petition nor are adverbs stand before one that does:
        // "đã nhận tiền hỗ trợ và làm đơn rút khiếu nại".
        var free = false
        for index in mention.end..<min(tokens.count, mention.end + broughtReach) {
            let token = tokens[index]
            guard token.isWord, token.lower != accused else { return nil }
            if TypeReader.isTypeWord(token.lower) {
                guard brought || !free else { return nil }
                // "49 hộ dân có khiếu nại tố cáo" names more than a complaint of their own: the
                // general reading of complainants (`types(of:)`) gives every type named.
                let run = tokens[index...].prefix { $0.isWord && TypeReader.isTypeWord($0.lower) }.count
                let named = TypeReader.types(in: tokens, range: index..<(index + run))
                return named == ownComplaints ? named : nil
            }
            if bringing.contains(token.lower) {
                brought = true
            } else if !adverbs.contains(token.lower) {
                free = true
            }
        }
        return nil
    }

    /// Complainants each of whom brings a complaint of their own (the annotation rules'
    /// "households and workers"): "17 trường hợp khiếu nại về tiền điện" names no complainants.
    static let households: Set<String> = ["hộ dân", "hộ", "lao động"]
    /// How far after the unit the complaint word may stand: "đã nhận tiền hỗ trợ và làm đơn rút khiếu nại".
    static let broughtReach = 10
    /// Verbs by which households bring, keep or take back a complaint of their own: those of
    /// any complainant (`openers`) and "gửi", which for a complaint sent is each household's own.
    static let bringing: Set<String> = openers.union(["gửi"])
    /// Adverbs that may stand between complainants and their verb ("41 hộ dân đã làm đơn"), or
    /// their complaint when no such verb does ("12 hộ tiếp tục khiếu nại", "9 hộ vẫn khiếu nại").
    static let adverbs: Set<String> = ["vẫn", "đã", "cũng", "còn", "tiếp", "tục", "đang", "cùng", "đều"]
    /// "3 hộ bị tố cáo lấn chiếm": the complaint is against them.
    static let accused = "bị"
    /// What households and workers bring each on their own: a complaint. A denunciation
    /// they send names a wrongdoer and is one letter they sign together ("12 hộ dân đã gửi đơn
    /// tố cáo ông …"), as the crowds of the annotation rules.
    static let ownComplaints: Set<PetitionType> = [.complaint]

    /// "tám người đại diện hơn 1.000 hộ dân khiếu nại": households a few people speak for are
    /// a crowd with one complaint, not cases; "đã đối thoại với 144 hộ dân khiếu nại" counts
    /// those met (the annotation rules leave households met at a dialogue out), where "giải
    /// quyết đối với 20 hộ" would rule on their cases.
    static func represented(_ mention: NumberMention, in tokens: [Token]) -> Bool {
        let start = mention.tokenRange.lowerBound
        let before = tokens[max(0, start - 3)..<start].map(\.lower)
        return before.suffix(2) == ["đại", "diện"] || before == ["đại", "diện", "cho"]
            || before.last == "với" && before.dropLast().last != "đối"
    }

    /// Complainants a ruling on their complaint names right before them, with no verb the
    /// predicate lexicon knows: "bác khiếu nại của 14 hộ dân", "công nhận khiếu nại đúng một phần
    /// đối với 23 hộ", "giải quyết khiếu nại lần đầu cho 9 hộ". The complaint, its outcome or its
    /// round, then "của", "đối với" or "cho".
    static func ruledBefore(_ mention: NumberMention, in tokens: [Token]) -> Set<PetitionType>? {
        guard households.contains(mention.unit) else { return nil }
        var index = mention.numeralIndex
        if let link = rulingLinks.first(where: { index >= $0.count && tokens[(index - $0.count)..<index].map(\.lower) == $0 }) {
            index -= link.count
        } else {
            return nil
        }
        while index > 0, ListGrammar.outcomeWords.union(rounds).contains(tokens[index - 1].lower) { index -= 1 }
        var start = index
        while start > 0, tokens[start - 1].isWord, TypeReader.isTypeWord(tokens[start - 1].lower) { start -= 1 }
        guard start < index else { return nil }
        let found = TypeReader.types(in: tokens, range: start..<index).intersection(ownComplaints)
        return found.isEmpty ? nil : found
    }

    static let rulingLinks: [[String]] = [["của"], ["đối", "với"], ["cho"]]
    /// The round of a complaint, said between it and its complainants: "khiếu nại lần đầu đối với".
    static let rounds: Set<String> = ["lần", "đầu", "hai"]

    /// Members, bodies and cases counted after a line label that names the complaint they
    /// brought or the denunciation against them: "Tố cáo đối với tổ chức đảng: 2 tổ chức", "- Tố
    /// cáo đảng viên: 7 đồng chí", "Số đảng viên bị tố cáo phải giải quyết: 15 đồng chí",
    /// "Khiếu nại kỷ luật đảng: 5 trường hợp". A sanction named before the complaint ("Thi hành
    /// kỷ luật đảng viên bị tố cáo: 2 đồng chí") counts the members sanctioned.
    static func labelTypes(of mention: NumberMention, in tokens: [Token]) -> Set<PetitionType>? {
        let colon = mention.tokenRange.lowerBound - 1
        guard units.contains(mention.unit), colon > 0, tokens[colon].is(":") else { return nil }
        let start = tokens[..<colon].lastIndex(where: { $0.is(".") || $0.is(";") || $0.is(":") || $0.is("(") || $0.isNumber })
            .map { $0 + 1 } ?? 0
        guard colon - start <= labelReach else { return nil }
        let words = tokens[start..<colon].map(\.lower)
        guard let typeAt = words.indices.first(where: { TypeReader.isTypeWord(words[$0]) }),
            !words[..<typeAt].contains(DisciplineOutcome.sanction[0])
        else { return nil }
        let found = TypeReader.types(in: tokens, range: start..<colon).intersection(broughtBefore)
        return found.isEmpty ? nil : found
    }

    /// How many tokens a line label before its ":" may hold.
    static let labelReach = 10

    /// Members, bodies and cases whose state or outcome is said right after them, where the
    /// sentence or its section names the complaint they brought: "1 trường hợp đang thẩm tra", "2
    /// đồng chí đang xác minh", "1 trường hợp còn lại đang thẩm tra", "5 đồng chí đúng một phần".
    static func statusTypes(of mention: NumberMention, in tokens: [Token], sectionType: PetitionType?) -> Set<PetitionType>? {
        guard units.contains(mention.unit) else { return nil }
        let status = PredicateMatcher.after(in: tokens, from: mention.end, limit: statusReach, thing: .cases)
        let outcome = mention.end < tokens.count && ListGrammar.outcomeHeads.contains(tokens[mention.end].lower)
        guard outcome || status.map(statusPredicates.contains) == true else { return nil }
        let named = TypeReader.types(in: tokens, range: 0..<mention.numeralIndex).intersection(broughtBefore)
        if !named.isEmpty { return named }
        if let sectionType, broughtBefore.contains(sectionType) { return [sectionType] }
        return nil
    }

    /// How far after the unit the state may be said: "còn lại đang thẩm tra".
    static let statusReach = 3
    static let statusPredicates: Set<Predicate> = [.pending, .resolved]

    /// Members, bodies and cases that break down a count of cases brought by members, bodies or
    /// cases, in parentheses or after "trong đó": "Tố cáo đảng viên: 14 đồng chí (năm trước
    /// chuyển sang 3 đồng chí, phát sinh trong năm 11 đồng chí)", "6 trường hợp, trong đó kỳ trước
    /// chuyển sang 1 trường hợp" are cases of the same complaint.
    static func inheritHeads(_ readings: inout [Reading], parents: [Int?], in tokens: [Token]) {
        for position in readings.indices.dropFirst() where readings[position].thing == nil {
            let mention = readings[position].mention
            guard units.contains(mention.unit) else { continue }
            var head = parents[position]
            if head == nil {
                let previous = position - 1
                let between = tokens[readings[previous].mention.end..<mention.tokenRange.lowerBound].map(\.lower)
                if !between.contains(";"), zip(between, between.dropFirst()).contains(where: { $0 == "trong" && breakdownOpeners.contains($1) }) {
                    head = previous
                }
            }
            guard let head, readings[head].thing == .cases, units.contains(readings[head].mention.unit) else { continue }
            readings[position].thing = .cases
            readings[position].thingInherited = true
            if readings[position].types.isEmpty { readings[position].types = readings[head].types }
        }
    }

    /// Units by which complainants are counted again after the count that named their complaint:
    /// "trường hợp", households.
    static let countedAgainUnits: Set<String> = ["trường hợp", "hộ dân", "hộ"]

    /// What done with complainants' cases says they are cases: resolved (also by mediation),
    /// still pending, to be resolved, sent on to a court. "cấp giấy chứng nhận cho 15 hộ" receives
    /// no case.
    static let doneWithCases: Set<Predicate> = [.resolved, .pending, .toResolve, .guided]

    /// Complainants counted again, by what was done with their cases, after the count that named
    /// their complaint in the same sentence or the sentence before: "Có 36 trường hợp người lao
    /// động có đơn khiếu nại …; Sở đã hòa giải thành 29 trường hợp, 7 trường hợp được hướng dẫn
    /// khởi kiện", "46 hộ dân có đơn khiếu nại …; tỉnh đã giải quyết cho 31 hộ", "… 146 hộ dân có
    /// đơn khiếu nại. Tỉnh đã giải quyết 118 trường hợp, còn 28 trường hợp đang được xem xét lại".
    /// They are some of those complainants (no more than the head), with a verb of cases right
    /// before them ("giải quyết (cho)") or their state right after; they bring the head's
    /// complaint. "hỗ trợ 20 hộ tái định cư" says nothing done with a case. From the sentence
    /// before, the largest such count is the whole the others are parts of.
    static func inheritCountedAgain(_ readings: inout [Reading], sentenceBefore: [Reading], windows: [Range<Int>], in tokens: [Token]) {
        let isHead = { (reading: Reading) in
            reading.thing == .cases && ownPetitionUnits.contains(reading.mention.unit) && !reading.namedTypes.isEmpty
                && reading.mention.denominator == nil
        }
        var countedAgain: Set<Int> = []
        for position in readings.indices where readings[position].thing == nil {
            let mention = readings[position].mention
            guard countedAgainUnits.contains(mention.unit), mention.denominator == nil, !mention.earlierPeriod,
                mention.notACount == nil,
                let head = readings[..<position].indices.last(where: { !countedAgain.contains($0) && isHead(readings[$0]) })
                    .map({ readings[$0] }) ?? sentenceBefore.filter(isHead).max(by: { $0.mention.value < $1.mention.value }),
                mention.value <= head.mention.value + 0.5
            else { continue }
            var predicate = PredicateMatcher.after(in: tokens, from: mention.end, thing: .cases)
            if predicate == nil, let verb = PredicateMatcher.before(in: tokens, window: windows[position], thing: .cases),
                tokens[verb.range.upperBound..<mention.numeralIndex].allSatisfy({ verbToCount.contains($0.lower) })
            {
                predicate = verb.predicate
            }
            guard let predicate, doneWithCases.contains(predicate) else { continue }
            readings[position].thing = .cases
            readings[position].thingInherited = true
            readings[position].predicate = predicate
            readings[position].predicateSource = .own
            readings[position].types = head.namedTypes
            readings[position].namedTypes = head.namedTypes
            countedAgain.insert(position)
        }
    }

    /// "trong đó", "trong số này": the words that open a breakdown without parentheses.
    static let breakdownOpeners: Set<String> = ["đó", "số"]

    /// "tố cáo 22 tổ chức đảng và 794 đảng viên": complainants joined to a count of
    /// complainants are counted the same way.
    static func joinCoordinated(_ readings: inout [Reading], in tokens: [Token]) {
        for position in readings.indices.dropFirst() where readings[position].thing == nil {
            let previous = readings[position - 1]
            let mention = readings[position].mention
            guard previous.thing == .cases, units.contains(previous.mention.unit), units.contains(mention.unit) else { continue }
            let between = tokens[previous.mention.end..<mention.tokenRange.lowerBound]
            guard between.count <= 3, between.contains(where: { $0.lower == "và" || $0.is(",") }),
                !between.contains(where: { $0.is(";") || $0.isNumber })
            else { continue }
            readings[position].thing = .cases
            readings[position].thingInherited = true
            readings[position].types = previous.types
            readings[position].predicate = previous.predicate
            readings[position].predicateSource = .carried
        }
    }
}
