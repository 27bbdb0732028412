/// How reports of a reception office say who was received when the verb does not stand next to
/// the figure: persons given with their visits and the passive verb after both ("Có 159 người,
/// tương ứng 68 lượt, được Chủ tịch trực tiếp tiếp"), and delegations counted with a lone "đoàn"
/// after the clause has named them ("Các đoàn đông người, gồm 7 đoàn với 236 người").
enum ReceptionGrammar {
    /// The passive marker that opens the verb said after the counted people.
    static let passiveMarker = "được"
    /// How many tokens may stand between the figure and "được": the apposition of the visits
    /// and where the people came from ("tương ứng 1.318 lượt, đến trình bày và đều được").
    static let passiveReach = 20
    /// How many tokens the agent and the verb after "được" may take ("được các cơ quan hành
    /// chính trong tỉnh tiếp").
    static let agentReach = 10
    /// Words between the figure and "được" that show the passive is said of something else:
    /// petitions and cases ("12 người gửi 5 đơn, được chuyển …"), a main clause ("thì").
    static let otherSubjects: Set<String> = ["đơn", "vụ", "thì", "nhưng", "song"]
    /// What "đoàn" alone counts once the sentence has named crowds coming together.
    static let delegationPhrase = ["đoàn", "đông", "người"]

    /// Whether people counted by `mention` are said, further on in their sentence, to have been
    /// received: "được … tiếp" (also "tiếp dân", "tiếp công dân", "tiếp nhận"), the verb's
    /// meaning read by the predicate lexicon so "được … tiếp tục" receives nobody.
    static func receivedLater(_ mention: NumberMention, thing: CountedThing?, in tokens: [Token]) -> Bool {
        guard let thing, [.persons, .visits, .delegations].contains(thing) else { return false }
        let reachEnd = min(tokens.count, mention.end + passiveReach)
        var index = mention.end
        while index < reachEnd {
            let token = tokens[index]
            if token.is(";") || token.is(".") || token.is(":") || otherSubjects.contains(token.lower) { return false }
            if token.lower == passiveMarker { break }
            index += 1
        }
        guard index < reachEnd else { return false }
        let agentStart = index + 1
        var agentEnd = agentStart
        while agentEnd < min(tokens.count, agentStart + agentReach), tokens[agentEnd].isWord { agentEnd += 1 }
        guard agentEnd > agentStart else { return false }
        return PredicateMatcher.before(in: tokens, window: agentStart..<agentEnd, thing: thing)?.predicate == .visited
    }

    /// Whether a lone "đoàn" before `numeralIndex` counts crowds because its sentence named
    /// "đoàn đông người" before it ("Riêng đoàn đông người, toàn tỉnh tiếp 17 đoàn").
    static func delegationsNamedBefore(_ numeralIndex: Int, in tokens: [Token]) -> Bool {
        let start = tokens.start(before: numeralIndex, after: StretchMarks.clause)
        guard numeralIndex - start >= delegationPhrase.count else { return false }
        return (start...(numeralIndex - delegationPhrase.count)).contains {
            PredicateMatcher.matches(delegationPhrase, tokens, at: $0)
        }
    }

    /// Whether a lone "đoàn" is received by the reception verb right before it and names nothing
    /// else after it: "Chủ tịch tiếp đột xuất 2 đoàn (61 người)", "tiếp 4 đoàn công dân". A "đoàn"
    /// named by its next words ("tiếp 3 đoàn công tác", "đoàn khách") is a visit of officials.
    static func delegationsReceived(_ mention: NumberMention, unitWords: [String], window: Range<Int>, in tokens: [Token]) -> Bool {
        guard mention.unit == "đoàn", unitWords.isEmpty || citizenDelegations.contains(where: unitWords.starts(with:)) else { return false }
        return ListGrammar.receivedInSessions(numeral: mention.numeralIndex, window: window, in: tokens)
    }

    /// Whether a lone "đoàn" counted with its persons right after it ("trong đó có 1 đoàn 12
    /// người của khu dân cư Bắc Cầu") is a part of the citizens' visits its sentence received
    /// before it ("Bí thư đã tiếp 23 lượt công dân với 9 vụ việc, trong đó …"): a delegation
    /// received, and its persons with it. Without the visits received before it ("Có 3 đoàn 45
    /// người ra Hà Nội") it is no reception.
    static func delegationWithPersons(_ position: Int, mentions: [NumberMention], in tokens: [Token]) -> Bool {
        let mention = mentions[position]
        guard mention.unit == "đoàn", position + 1 < mentions.count, mentions[position + 1].unit == personUnit,
            mentions[position + 1].tokenRange.lowerBound == mention.end
        else { return false }
        return mentions[..<position].contains { visits in
            CountedThing(unit: visits.unit, subjectWords: [], talk: Topic.Talk()) == .visits
                && PredicateMatcher.before(in: tokens, window: 0..<visits.numeralIndex, thing: .visits)?.predicate == .visited
        }
    }

    /// Whether "lượt người" counts the persons of the visits counted right before it, linked by
    /// "với", a parenthesis or a slash: "tiếp 64 lượt, với 112 lượt người", "27 lượt với 31 lượt
    /// người". Alone ("tiếp 24 lượt người") it counts visits, as every "lượt" does.
    static func personsOfVisits(_ position: Int, mentions: [NumberMention], in tokens: [Token]) -> Bool {
        let mention = mentions[position]
        guard mention.unit == personVisitsUnit, position > 0 else { return false }
        let visits = mentions[position - 1]
        guard visits.end < mention.tokenRange.lowerBound, visits.unit != personVisitsUnit, CountedThing(unit: visits.unit, subjectWords: [], talk: Topic.Talk()) == .visits,
            ListGrammar.adjacent(visits, mention, in: tokens)
        else { return false }
        return tokens[visits.end..<mention.tokenRange.lowerBound].contains { $0.lower == personLink || $0.is("(") || $0.is("/") }
    }

    /// Whether cases follow the petitions counted right before them, linked by "với": "Tiếp nhận
    /// 6.551 đơn thư với 4.676 vụ việc" counts the cases those petitions make up, received with
    /// them, as "tiếp 6.000 lượt công dân, với 4.000 vụ việc" counts the cases of the visits.
    static func casesOfPetitions(_ petitions: NumberMention, _ cases: NumberMention, in tokens: [Token]) -> Bool {
        guard petitions.end < cases.tokenRange.lowerBound, ListGrammar.adjacent(petitions, cases, in: tokens) else { return false }
        return tokens[petitions.end..<cases.tokenRange.lowerBound].contains { $0.lower == personLink }
    }

    /// The unit of visits that, beside another count of visits, counts their persons.
    static let personVisitsUnit = "lượt người"
    /// The word that sets persons beside their visits: "64 lượt, với 112 lượt người".
    static let personLink = "với"

    /// Whether persons said to take part ("tham gia") are the members of the delegation counted
    /// right before them: "31 đoàn với tổng cộng 510 người tham gia", "12 đoàn đông người, 208
    /// người tham gia".
    static func membersOfDelegation(_ position: Int, mentions: [NumberMention], in tokens: [Token]) -> Bool {
        let mention = mentions[position]
        guard mention.unit == personUnit, position > 0, delegationUnits.contains(mentions[position - 1].unit),
            mentions[position - 1].end <= mention.tokenRange.lowerBound
        else { return false }
        return ListGrammar.follows(mentions[position - 1], mention, in: tokens)
    }

    /// The units a delegation is counted in.
    static let delegationUnits: Set<String> = ["đoàn", "lượt đoàn"]

    /// Whether crowds are said to go up to the capital or the central bodies ("năm 2025 tỉnh có
    /// 4 đoàn đông người với khoảng 150 người ra Hà Nội") with no reception before them in their
    /// sentence: crowds that went, not delegations received here. "Ban Tiếp công dân Trung ương
    /// tiếp 12 đoàn đông người ra Hà Nội" received them.
    static func crowdGoingToTheCentre(_ mention: NumberMention, in tokens: [Token]) -> Bool {
        let end = tokens[mention.end...].firstIndex { $0.bounds(StretchMarks.clause) } ?? tokens.count
        let goes = (mention.end..<end).contains { index in goingToTheCentre.contains { PredicateMatcher.matches($0, tokens, at: index) } }
        guard goes else { return false }
        return PredicateMatcher.before(in: tokens, window: 0..<mention.numeralIndex, thing: .delegations)?.predicate != .visited
    }

    /// Where crowds go over the local bodies' heads.
    static let goingToTheCentre: [[String]] = [["ra", "hà", "nội"], ["lên", "hà", "nội"], ["ra", "trung", "ương"], ["lên", "trung", "ương"]]

    /// The unit a delegation's persons are counted in.
    static let personUnit = "người"

    /// Whether recommendations said to be sent ("gửi" after them) belong to the body the clause
    /// opens with: "Đoàn đại biểu Quốc hội tỉnh có 5 kiến nghị gửi Chính phủ" proposes them, while
    /// "doanh nghiệp có 40 kiến nghị gửi Bộ" and "có 95 kiến nghị của cử tri gửi …" were received.
    static func ownProposals(_ mention: NumberMention, followingWords: [String], window: Range<Int>, in tokens: [Token]) -> Bool {
        let have = mention.tokenRange.lowerBound - 1
        guard mention.unit.hasSuffix(recommendationUnit), followingWords.first == PredicateLexicon.sendingVerb[0],
            have > window.lowerBound, tokens[have].lower == "có"
        else { return false }
        let owner = LoweredText(tokens[window.lowerBound..<have].filter(\.isWord).map(\.lower).joined(separator: " "))
        let said = LoweredText(followingWords.joined(separator: " "))
        return !owner.text.isEmpty && !owner.containsAny(Topic.petitionerWords) && !said.containsAny(Topic.petitionerWords)
    }

    /// The unit of what a body proposes: "kiến nghị", "ý kiến, kiến nghị".
    static let recommendationUnit = "kiến nghị"

    /// Words after "đoàn" that say its members are citizens.
    static let citizenDelegations: [[String]] = [["công", "dân"], ["người", "dân"], ["nhân", "dân"]]

    /// The kinds of opinion that are petitions when citizens send them outside a dialogue: "2.087
    /// ý kiến phản ánh của nhân dân" received by a people's inspection board.
    static let petitionOpinionWords: [[String]] = [["phản", "ánh"], ["phản", "ảnh"], ["kiến", "nghị"]]

    /// Whether opinions named by `followingWords` are petitions: a reflection or recommendation
    /// said outside any dialogue with voters ("ý kiến, kiến nghị" of voters stay theirs).
    static func opinionsArePetitions(followingWords: [String], dialogue: Bool, talk: Topic.Talk) -> Bool {
        !dialogue && !talk.voters && petitionOpinionWords.contains { followingWords.starts(with: $0) }
    }

    /// Whether a bare "ý kiến" counts the petitions an earlier count of its sentence named with
    /// the same unit: "tiếp nhận 2.087 ý kiến phản ánh của nhân dân, đã chuyển … giải quyết 1.964
    /// ý kiến". Read before the figure's verb, so the verb is read as said of petitions.
    static func repeatsPetitionOpinions(
        _ position: Int, mentions: [NumberMention], tokens: [Token], dialogue: Bool, talk: Topic.Talk
    ) -> Bool {
        mentions[..<position].contains { earlier in
            guard earlier.unit == mentions[position].unit else { return false }
            let words = tokens[PhraseReader.followingWords(of: earlier, in: tokens)].filter(\.isWord).map(\.lower)
            return opinionsArePetitions(followingWords: words, dialogue: dialogue, talk: talk)
                || opinionsNamedAsPetitions(earlier, in: tokens, dialogue: dialogue, talk: talk)
        }
    }

    /// Whether the clause before an opinion count names it "số ý kiến phản ánh" or "số ý kiến
    /// kiến nghị", the noun a hotline's or a portal's record counts ("Số ý kiến phản ánh được ghi
    /// nhận, chuyển xử lý là 1.152 ý kiến"): the bare "ý kiến" after it in its sentence ("đã xử lý
    /// xong 1.117 ý kiến, 35 ý kiến đang xác minh") repeat petitions, where no dialogue or voter is
    /// spoken of. The named count itself stays unmeasured: its verbs ("được ghi nhận, chuyển xử
    /// lý") say how it was recorded, which no measure says, and the last of them is no state of it.
    static func opinionsNamedAsPetitions(_ mention: NumberMention, in tokens: [Token], dialogue: Bool, talk: Topic.Talk) -> Bool {
        guard !dialogue, !talk.voters, opinionUnits.contains(mention.unit) else { return false }
        let start = tokens.start(before: mention.tokenRange.lowerBound, after: StretchMarks.clause)
        let words = tokens[start..<mention.tokenRange.lowerBound].filter(\.isWord).map(\.lower)
        return words.indices.contains { index in
            words[index] == countNoun && words[(index + 1)...].starts(with: ["ý", "kiến"])
                && petitionOpinionWords.contains { words[(index + 3)...].starts(with: $0) }
        }
    }

    /// "số" before a counted noun: "Số ý kiến phản ánh".
    static let countNoun = "số"

    /// Whether the figure's own phrase says its people came to petition, before anything
    /// befell them: "tiếp 68 lượt công dân (81 người) đến khiếu nại, phản ánh, trong đó có … thân
    /// nhân một người bệnh tử vong" counts people received, whoever else the clause names; in
    /// "tiếp nhận 12 người bị thương, nhiều người nhà đến phản ánh" the injured came to no
    /// authority.
    static func cameToPetition(after mention: NumberMention, in tokens: [Token]) -> Bool {
        let end = tokens[mention.end...].firstIndex { $0.bounds(StretchMarks.clause) } ?? tokens.count
        let words = tokens[mention.end..<end].filter(\.isWord).map(\.lower)
        guard let purpose = words.indices.first(where: { index in
            PredicateLexicon.visitsComing.contains { words[index...].starts(with: $0) }
        }) else { return false }
        return !Topic.speaksOfPeopleNotReceived(LoweredText(words[..<purpose].joined(separator: " ")))
    }

    /// Units that count opinions, whoever raised them.
    static let opinionUnits: Set<String> = ["ý kiến", "lượt ý kiến"]

    /// Such a repeated count takes the type of the petitions it repeats.
    static func inheritPetitionOpinionTypes(_ readings: inout [Reading]) {
        for position in readings.indices where readings[position].thing == .petitions && readings[position].types.isEmpty {
            guard opinionUnits.contains(readings[position].mention.unit), let earlier = readings[..<position].last(where: {
                $0.thing == .petitions && $0.mention.unit == readings[position].mention.unit && !$0.types.isEmpty
            }) else { continue }
            readings[position].types = earlier.types
        }
    }

    /// The word that names visits by the reception they were: "Trong tổng số 355 lượt tiếp".
    static let receptionWord = "tiếp"

    /// Whether the visits counted by `mention` are named, right after their unit, by the
    /// reception they were: "355 lượt tiếp", but not "12 lượt tiếp xúc", "lượt tiếp theo".
    static func visitsNamedByReception(_ mention: NumberMention, thing: CountedThing?, in tokens: [Token]) -> Bool {
        guard thing == .visits, mention.end < tokens.count, tokens[mention.end].lower == receptionWord else { return false }
        return !(PredicateLexicon.continuingTiep + PredicateLexicon.notReceiving).contains {
            PredicateMatcher.matches($0, tokens, at: mention.end)
        }
    }

    /// Whether the words between a verb and the figure are only a comma: the verb is a label
    /// the figure stands in apposition to ("Số còn lại, 877 đơn thuộc thẩm quyền").
    static func isApposition(after verb: Range<Int>, numeral: Int, in tokens: [Token]) -> Bool {
        let between = tokens[verb.upperBound..<numeral]
        return between.count == 1 && between.allSatisfy { $0.is(",") }
    }
}
