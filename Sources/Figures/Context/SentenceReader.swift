import DocumentModel

/// What the text around a sentence tells about it.
struct SurroundingContext: Sendable {
    /// The paragraph or its section speaks of receiving citizens.
    var reception: Bool = false
    /// The sentence that cites the footnote being read, when reading a footnote.
    var citing: CitingContext?
    /// The section sets tasks for the next period ("Phương hướng năm 2026", "Nhiệm vụ quý IV"):
    /// its figures are targets.
    var planSection = false
    /// The paragraph speaks of voters: its recommendations are voters' ("142 kiến nghị còn tồn đọng").
    var voters = false
    /// The section's title speaks of complaints: read once for all its sentences.
    var titleSpeaksOfComplaints = false
    /// The one type the section's title is a label of ("2. Về giải quyết tố cáo").
    var sectionType: PetitionType?
    /// Read as if the text spoke of complaints, to learn what a footnote counts before knowing
    /// which sentence it explains.
    var assumePetitionTalk = false
    /// The sentence is a section's heading: its numbers in words name the section (`TitleNumbers`).
    var heading = false

    /// A block of more sentences than any paragraph holds is paragraphs run together (a page
    /// scraped onto one line): what a paragraph speaks of is read from the sentences around
    /// each, not from the whole block.
    static let sentencesOfAParagraph = 8
    /// How many sentences on either side stand for a sentence's paragraph in such a block.
    static let paragraphReach = 2

    /// The text of the sentences around `index` when `sentences` are more than a paragraph
    /// holds; nil for a paragraph, which speaks as a whole.
    static func paragraphAround(_ index: Int, of sentences: [Sentence]) -> String? {
        guard sentences.count > sentencesOfAParagraph else { return nil }
        let near = max(0, index - paragraphReach)...min(sentences.count - 1, index + paragraphReach)
        return sentences[near].map(\.text).joined(separator: " ")
    }

    init(reception: Bool = false, citing: CitingContext? = nil, sectionTitle: String = "", assumePetitionTalk: Bool = false) {
        self.reception = reception
        self.citing = citing
        self.assumePetitionTalk = assumePetitionTalk
        titleSpeaksOfComplaints = !sectionTitle.isEmpty && Topic.speaksOfComplaints(LoweredText(lowering: sectionTitle))
        planSection = ListGrammar.isPlanTitle(sectionTitle)
        sectionType = sectionTitle.isEmpty ? nil : TypeReader.sectionLabel(sectionTitle)
    }

    /// What a sentence speaks of, by its own words, those of the sentence citing its footnote,
    /// and for complaints its section's title when the sentence names no crime itself.
    func talk(in sentence: LoweredText) -> Topic.Talk {
        let crime = Topic.speaksOfCrime(sentence)
        return Topic.Talk(
            petitions: assumePetitionTalk || Topic.speaksOfPetitions(sentence, crime: crime) || citing?.talk.petitions == true,
            complaints: Topic.speaksOfComplaints(sentence) || citing?.talk.complaints == true
                || !crime && titleSpeaksOfComplaints,
            crime: crime, voters: voters || Topic.speaksOfVoters(sentence) || citing?.talk.voters == true,
            diplomacy: MeasureClassifier.speaksOfDiplomacy(sentence), election: Topic.speaksOfElections(sentence))
    }
}

/// One figure of a sentence with everything read about it.
struct Reading: Sendable {
    var mention: NumberMention
    var thing: CountedThing?
    var predicate: Predicate?
    /// How sure the reading of the predicate is: said next to the figure, or carried over.
    var predicateSource: PredicateSource
    var types: Set<PetitionType>
    var scope: String
    var subject: String
    var followingWords: [String]
    var dialogue: Bool
    var talk: Topic.Talk
    /// The type was read from the counted noun before the figure ("số đơn tố cáo … 9 đơn"): it
    /// names the paragraph's topic, not one item of a list.
    var typedByHeadNoun = false
    /// What counted sessions are, read from the clause or the sessions before them.
    var sessionKind: MeasureClassifier.SessionKind?
    /// Tokens between the figure's own verb and its numeral (0 when the verb follows the
    /// figure: "8 đơn đang giải quyết"); nil when it has no verb of its own.
    var verbDistance: Int?
    /// What the figure counts was not read from its own unit: taken from its head or a neighbour
    /// ("cấp huyện 7 đoàn" after "đoàn đông người", "trong đó 64 trường hợp"), from the noun its
    /// clause opens with ("Số đơn thuộc thẩm quyền 164"), or from the complaint its complainants
    /// brought ("khiếu nại của 44 đảng viên").
    var thingInherited = false
    /// The figure stands inside parentheses or breaks another down.
    var inBreakdown = false
    /// The types its own words name (a label before it, type words after its unit, the
    /// complaint its complainants brought), whatever it counts: "5 vụ KN đúng".
    var namedTypes: Set<PetitionType> = []
    /// An outcome stands right before the figure ("tố cáo sai 5 vụ", "đúng một phần 2"): it
    /// counts resolved cases by their outcome, whatever the sentences before left pending.
    var afterOutcome = false
    /// The figure opens a head of its own ("Đáng chú ý, có 1.740 đơn KNTC"): no status of the
    /// sentences before is carried onto it (`HeadBoundary`).
    var opensHead = false

    enum PredicateSource: Sendable { case own, carried, context }

    var measure: PetitionMeasure? {
        guard !mention.earlierPeriod, !mention.perPeriod, mention.notACount == nil else { return nil }
        return MeasureClassifier.measure(
            for: .init(
                thing: thing, predicate: predicate, dialogue: dialogue, complaintTalk: talk.complaints,
                followingWords: followingWords, voterTalk: talk.voters, diplomacy: talk.diplomacy, election: talk.election,
                assembly: talk.assembly, sessionKind: sessionKind, namesType: thing == .cases && !namedTypes.isEmpty,
                peopleNotReceived: talk.peopleNotReceived))
    }
}

/// Reads every figure of one sentence: what it counts, what happened to it, of which type, where.
enum SentenceReader {
    static func readings(of sentence: Sentence, context: SurroundingContext) -> [Reading] {
        var heads = ParagraphHeads()
        return readings(of: sentence, context: context, heads: &heads)
    }

    /// `heads`: what the sentences before in the section counted, for figures that say nothing
    /// of their own ("Phân loại theo nội dung: khiếu nại 418 vụ việc" after "tiếp … 906 vụ việc").
    static func readings(of sentence: Sentence, context: SurroundingContext, heads: inout ParagraphHeads) -> [Reading] {
        let tokens = Tokenizer.tokens(of: sentence.text)
        let mentions = FigureRecognizer.mentions(in: tokens, sentence: sentence.text, atBlockStart: sentence.opensBlock)
        // Most sentences of a decree hold no figure: nothing below is needed for them.
        guard !mentions.isEmpty else {
            heads.endSentence([], wasBreakdown: false)
            return []
        }
        let windows = ClauseWindows(tokens: tokens, mentions: mentions)
        let lowered = LoweredText(lowering: sentence.text)
        let dialogue = MeasureClassifier.speaksOfDialogue(lowered) || (context.citing?.dialogue ?? false)
        var talk = context.talk(in: lowered)
        // "tiếp nhận 827 lượt công dân (…), phản ánh 672 vụ việc": cases beside petitions or
        // citizens received are complaint cases even where no complaint word is written.
        talk.complaints = talk.complaints || mentions.contains { UnitLexicon.petitionUnits.contains($0.unit) }
        var readings = mentions.indices.map { position in
            ownReading(
                of: position, mentions: mentions, tokens: tokens, windows: windows, dialogue: dialogue, talk: talk,
                sectionType: TypeReader.openingLabel(in: tokens) ?? context.sectionType)
        }
        ListGrammar.inheritThings(&readings, parents: windows.parents, in: tokens)
        ReceptionGrammar.inheritPetitionOpinionTypes(&readings)
        InspectionFindings.dropFindings(&readings, in: tokens)
        ListGrammar.inheritCountedNouns(&readings, in: tokens)
        ComplainantCount.joinCoordinated(&readings, in: tokens)
        ComplainantCount.inheritHeads(&readings, parents: windows.parents, in: tokens)
        ComplainantCount.inheritCountedAgain(&readings, sentenceBefore: heads.sentenceBefore, windows: windows.windows, in: tokens)
        ListGrammar.inheritGenericCounts(&readings, windows: windows.windows, in: tokens)
        ListGrammar.inheritListItems(&readings, parents: windows.parents, in: tokens)
        for position in readings.indices where readings[position].thing == .sessions && readings[position].sessionKind == nil {
            readings[position].sessionKind = context.citing?.thing == .sessions ? context.citing?.sessionKind : nil
        }
        LingeringCases.settle(&readings, in: tokens)
        NewsGrammar.readCasesByOutcome(&readings, in: tokens)
        NewsGrammar.shareTrailingUnit(&readings, in: tokens)
        ListGrammar.shareTrailingStatus(&readings, in: tokens)
        SupervisedCases.settle(&readings, in: tokens)
        // Before carrying: the items after a duplicate ("112 đơn trùng, 708 đơn mới") take its
        // received state, not the archived one its words alone gave it.
        DuplicateItems.settle(&readings, parents: windows.parents, in: tokens)
        let lendsScope = CitingContext.lendsScope(toFootnoteWith: readings)
        for position in readings.indices where readings[position].predicate == nil {
            carryOver(into: position, readings: &readings, parents: windows.parents, context: context, tokens: tokens, lendsScope: lendsScope)
        }
        PeriodFigures.settle(&readings, in: tokens)
        ListGrammar.shareWholes(&readings, in: tokens)
        ListGrammar.inheritTypes(&readings, parents: windows.parents, in: tokens)
        NewsGrammar.pairRespectively(&readings, in: tokens)
        if let labelled = TypeReader.openingLabel(in: tokens) {
            heads.label(labelled, scopesRun: sentence.opensBlock && TypeReader.opensWithListMarker(tokens))
        }
        // Under a section titled by a type ("1. Khiếu nại") a paragraph that names none is about it.
        if heads.type == nil, let titled = context.sectionType { heads.type = titled }
        CarriedBreakdowns.inheritInParentheses(&readings, in: tokens)
        let breakdown = CarriedBreakdowns.inheritFromSentenceBefore(&readings, heads: heads, in: tokens)
        if !breakdown { CarriedBreakdowns.inheritOpenedParts(&readings, heads: heads, in: tokens) }
        HeadBoundary.markHeads(&readings, in: tokens)
        heads.settle(&readings)
        NewsGrammar.readTargetBounds(&readings, in: tokens)
        if context.planSection {
            ListGrammar.readAsPlan(&readings)
        } else {
            ListGrammar.readPlannedSentence(&readings, in: tokens)
        }
        shareScopes(&readings, tokens: tokens, windows: windows)
        if context.heading { TitleNumbers.mark(&readings) }
        heads.endSentence(readings, wasBreakdown: breakdown)
        return readings
    }

    /// A figure without a scope of its own shares the scope of the figure before it in the same
    /// clause: "Huyện phải giải quyết 476 đơn (…), đã giải quyết xong 462 đơn" are both the district's.
    /// A figure that continues the previous one's phrase without a comma always shares it.
    private static func shareScopes(_ readings: inout [Reading], tokens: [Token], windows: ClauseWindows) {
        for position in readings.indices.dropFirst() where windows.parents[position] == nil {
            // After a closed parenthesis the figure continues the head before it, not its items:
            // "438 đơn thư (Bộ Công Thương chuyển đến 31 đơn, …), gồm: 267 đơn khiếu nại".
            let before = readings.indices[..<position].last {
                !ListGrammar.closesAround(readings[$0].mention, before: readings[position].mention, in: tokens)
            } ?? position - 1
            let previous = readings[before]
            let between = tokens[previous.mention.end..<readings[position].mention.tokenRange.lowerBound]
            guard !between.contains(where: { $0.is(";") }) else { continue }
            let continues = !between.contains(where: { $0.is(",") || $0.is(":") || $0.is("(") || $0.is(")") })
            if readings[position].scope.isEmpty || continues {
                readings[position].scope = previous.scope
            }
        }
    }

    private static func ownReading(
        of position: Int, mentions: [NumberMention], tokens: [Token], windows: ClauseWindows, dialogue: Bool,
        talk sentenceTalk: Topic.Talk, sectionType: PetitionType?
    ) -> Reading {
        let mention = mentions[position]
        let window = windows.windows[position]
        let following = PhraseReader.followingWords(of: mention, in: tokens)
        let followingWords = tokens[following].filter(\.isWord).map(\.lower)
        // Crime is read in the figure's own clause (one sentence may list violations, then
        // complaints), and a clause that also names complaints is about complaints; a sentence
        // of crime that names no complaint is about crime in every clause ("kết thúc xác minh,
        // giải quyết 24 vụ việc; khởi tố mới 5 vụ án").
        var talk = sentenceTalk
        let clause = clauseText(around: mention, in: tokens)
        // "Trong 286 vụ việc thuộc thẩm quyền": cases within a body's jurisdiction are complaint
        // cases, where no complaint is named either.
        if ComplaintCases.withinJurisdiction(mention, in: tokens) { talk.complaints = true }
        talk.crime = Topic.speaksOfCrime(clause) && !Topic.speaksOfComplaints(clause) || sentenceTalk.crime && !sentenceTalk.complaints
        talk.assembly = Topic.speaksOfAssembly(clause) || followingWords.starts(with: ["đại", "biểu"])
            || Topic.ownedByMembers(Array(followingWords.drop { $0 == "ý" || $0 == "kiến" }))
        talk.peopleNotReceived = Topic.speaksOfPeopleNotReceived(clause) && !ReceptionGrammar.cameToPetition(after: mention, in: tokens)
        let handedOnAs = InvestigatorTransfer.kind(of: mention, in: tokens)
        let handedOn = handedOnAs == .complaintCase
        if handedOn {
            talk.crime = false
            talk.petitions = true
            talk.complaints = true
        }
        // What kind of letter or case the unit names is said by the words right after it: "97 đơn,
        // bảo hiểm xã hội 78 đơn" lists another item after the comma, no "đơn bảo hiểm".
        let unitWords = tokens[following].prefix(while: \.isWord).map(\.lower)
        // "212 đơn yêu cầu, khiếu nại, tố cáo": a kind listed with petition types is one of them.
        let kindWords = CountedThing.listedWithTypes(unitWords, after: following.lowerBound, in: tokens) ? [] : unitWords
        var thing = mention.hasUnit && handedOnAs != .finding
            ? CountedThing(unit: mention.unit, subjectWords: kindWords, talk: talk) : nil
        // "Các đoàn đông người, gồm 7 đoàn với 236 người": a lone "đoàn" after its sentence named crowds.
        if thing == nil, mention.unit == "đoàn", ReceptionGrammar.delegationsNamedBefore(mention.numeralIndex, in: tokens)
            || ReceptionGrammar.delegationsReceived(mention, unitWords: unitWords, window: window, in: tokens)
            || ReceptionGrammar.delegationWithPersons(position, mentions: mentions, in: tokens)
        {
            thing = .delegations
        }
        if thing == .delegations, ReceptionGrammar.crowdGoingToTheCentre(mention, in: tokens) { thing = nil }
        // "Bộ đã từng có 2 kết luận thanh tra": conclusions not said to be issued end no inspection here.
        if thing == .sessions, mention.unit == MeasureClassifier.conclusion.joined(separator: " "),
            !MeasureClassifier.conclusionsIssued(mention, in: tokens)
        {
            thing = nil
        }
        // "tiếp 64 lượt, với 112 lượt người": the persons who made the visits counted right before.
        if thing == .visits, ReceptionGrammar.personsOfVisits(position, mentions: mentions, in: tokens) { thing = .persons }
        // "2.087 ý kiến phản ánh của nhân dân" received outside a dialogue are petitions.
        if thing == .opinions, ReceptionGrammar.opinionsArePetitions(followingWords: followingWords, dialogue: dialogue, talk: talk)
            || ReceptionGrammar.repeatsPetitionOpinions(position, mentions: mentions, tokens: tokens, dialogue: dialogue, talk: talk)
        {
            thing = .petitions
        }
        let isBreakdown = windows.parents[position] != nil
        let item = ListGrammar.itemWindow(of: position, window: window, mentions: mentions, in: tokens)
        if thing == .petitions, ListGrammar.headNamesNoPetition(in: tokens, window: item, unit: mention.unit, talk: talk) {
            thing = nil
        }
        // "Số đơn thuộc thẩm quyền 164", "số đơn trùng là 389": a numeral without a unit counts
        // the noun its clause opens with.
        var thingFromNoun = false
        // A unit that only repeats the noun ("Số đoàn đông người được tiếp là 8 đoàn") says no more.
        if thing == nil, let noun = ListGrammar.countedNoun(in: tokens, window: item, unit: mention.unit), !mention.hasUnit || mention.unit == noun.noun {
            thing = CountedThing(unit: noun.noun, subjectWords: noun.following, talk: talk)
            thingFromNoun = thing != nil
        }
        // "45 là số đơn khiếu nại Sở đã giải quyết xong": the noun is named after the figure.
        if thing == nil, !mention.hasUnit, let noun = ListGrammar.countedNounAfterCopula(mention, in: tokens) {
            thing = CountedThing(unit: noun.noun, subjectWords: noun.following, talk: talk)
            thingFromNoun = thing != nil
        }
        if thing == nil, ListGrammar.handledPetitions(mention, window: item, in: tokens, talk: talk) {
            thing = .petitions
            thingFromNoun = true
        }
        if thing == nil, ListGrammar.contactPoints(mention, window: item, in: tokens) {
            thing = .sessions
        }
        var outcomeTypes: Set<PetitionType> = []
        if thing == nil, let types = ListGrammar.outcomeLabel(before: mention, in: tokens) {
            thing = .cases
            thingFromNoun = true
            outcomeTypes = types
        }
        if thing == nil, let parent = windows.parents[position],
            ListGrammar.outcomeItem(mention, of: mentions[parent], talk: talk, in: tokens)
        {
            thing = .cases
            thingFromNoun = true
        }
        let whole = ListGrammar.whole(of: position, mentions: mentions, in: tokens)
        if thing == nil, let whole {
            let words = tokens[PhraseReader.followingWords(of: mentions[whole], in: tokens)].filter(\.isWord).map(\.lower)
            thing = CountedThing(unit: mentions[whole].unit, subjectWords: words, talk: talk)
            thingFromNoun = thing != nil
        }
        // A type label may stand before any figure of a list ("trong đó: khiếu nại 40 lượt, tố cáo 12
        // lượt"), but a type word that is the figure's verb ("phản ánh 672 vụ việc") is no label.
        let verbBefore = PredicateMatcher.before(
            in: tokens, window: max(item.lowerBound, mention.numeralIndex - 2)..<mention.numeralIndex, thing: thing)
        let labelTypes = !isBreakdown && verbBefore.map { ListGrammar.isVerbNotLabel($0.range, numeral: mention.numeralIndex, in: tokens) } == true
            ? [] : TypeReader.label(in: tokens, window: item, numeral: mention.numeralIndex, isBreakdown: true)
        // Before a type label the verb stands ahead of its ":" or ",": "trong số đơn đã giải quyết:
        // khiếu nại 118 đơn".
        let verbWindow = labelTypes.isEmpty
            ? item : item.lowerBound..<(tokens[item].lastIndex(where: { $0.is(":") || $0.is(",") || $0.is("(") }) ?? item.lowerBound)
        var match = PredicateMatcher.before(in: tokens, window: verbWindow, thing: thing)
        // "Tỷ lệ giải quyết vụ việc đạt 91,2% (1.498/1.643 vụ việc)": the share in parentheses after
        // a rate counts what the rate's clause says was done.
        if match == nil, mention.denominator != nil, let parent = windows.parents[position], mentions[parent].unit == "%" {
            match = PredicateMatcher.before(in: tokens, window: windows.windows[parent], thing: thing)
        }
        // "Đã giải quyết 87% số vụ việc, tương đương 156 vụ việc", "Tỷ lệ giải quyết đạt 91%, tương
        // ứng 212 đơn": the count a rate is restated as counts what the rate's clause says was done.
        if match == nil, let rate = ListGrammar.restatedRate(of: position, mentions: mentions, in: tokens) {
            match = PredicateMatcher.before(in: tokens, window: windows.windows[rate], thing: thing)
        }
        if let sending = match, tokens[sending.range].map(\.lower) == PredicateLexicon.sendingVerb,
            sending.range.upperBound < mention.tokenRange.lowerBound
        {
            match = PredicateMatcher.before(in: tokens, window: verbWindow.lowerBound..<sending.range.lowerBound, thing: thing)
        }
        // "khi công an đang tiếp dân thì nhóm khoảng 9 người xông vào": "thì" opens the main
        // clause, and a verb of the "khi" clause before it says nothing of the figure after it.
        if let verb = match,
            tokens[verb.range.upperBound..<mention.numeralIndex].contains(where: { PredicateLexicon.mainClauseOpeners.contains($0.lower) })
        {
            match = nil
        }
        // "đoàn đông người thì lại tăng: có 38 đoàn đông người": a change said before a colon
        // names the count the colon opens, not how much it changed.
        if let verb = match, verb.predicate == .change, tokens[verb.range.upperBound..<mention.numeralIndex].contains(where: { $0.is(":") }) {
            match = nil
        }
        var complainantTypes: Set<PetitionType> = []
        if thing == nil || thing == .persons,
            let found = ComplainantCount.types(
                of: mention, in: tokens, window: verbWindow,
                verb: PredicateMatcher.before(in: tokens, window: verbWindow, thing: .cases)?.range, sectionType: sectionType)
        {
            thing = .cases
            complainantTypes = found
            match = PredicateMatcher.before(in: tokens, window: verbWindow, thing: .cases)
            // "giảm hình thức kỷ luật 2 trường hợp" rules on a complaint: no change between periods.
            if match?.predicate == .change, DisciplineOutcome.types(of: mention, in: tokens, sectionType: sectionType) != nil {
                match = nil
            }
        }
        // "đã giải quyết 19 trong số 24 vụ việc": the verb before the part is the part's.
        if ListGrammar.isWhole(position, mentions: mentions, in: tokens) { match = nil }
        let handledRightAfter = thing == .petitions
            ? PredicateLexicon.handledRightAfter.first { PredicateMatcher.matches($0.words, tokens, at: mention.end) }?.predicate : nil
        let saidAfter = handledRightAfter ?? PredicateMatcher.after(in: tokens, from: mention.end, thing: thing)
            ?? (match == nil ? PredicateMatcher.after(in: tokens, from: mention.end, thing: thing, phrases: PredicateLexicon.followingWithoutVerb, agents: []) : nil)
        var predicate = saidAfter ?? match?.predicate
        if saidAfter == .pending, thing == .cases, let verb = match, verb.predicate == .resolved,
            LingeringCases.doneOnOldCases(mention, verb: verb.range, in: tokens)
        {
            predicate = .resolved
        }
        if saidAfter == .received, match == nil,
            ReceptionGrammar.ownProposals(mention, followingWords: followingWords, window: window, in: tokens)
        {
            predicate = .proposed
        }
        // "Có 36 trường hợp người lao động có đơn khiếu nại": complainants who brought their
        // petition say its state by bringing it; none is carried from the paragraph before.
        if predicate == nil, !complainantTypes.isEmpty, ComplainantCount.broughtTheirOwn(mention, in: tokens) {
            predicate = .unstated
        }
        if predicate == nil, let whole {
            predicate = ListGrammar.predicateAfterWhole(mentions[whole], thing: thing, in: tokens)
        }
        // "Có 159 người, tương ứng 68 lượt, được Chủ tịch trực tiếp tiếp": the passive verb after both.
        if predicate == nil, match == nil, ReceptionGrammar.visitsNamedByReception(mention, thing: thing, in: tokens)
            || ReceptionGrammar.receivedLater(mention, thing: thing, in: tokens)
        {
            predicate = .visited
        }
        // Handed to investigators: no state of the case the measures name.
        if handedOn, thing == .cases { predicate = .forwarded }
        if thing == .cases || thing == .petitions, let verb = match, [.resolved, .toResolve].contains(verb.predicate),
            predicate == verb.predicate, LingeringCases.givenDeadline(mention, verb: verb.range, in: tokens)
                || verb.predicate == .toResolve && LingeringCases.settledForGood(verb: verb.range, in: tokens)
        {
            predicate = .pending
        }
        let verbDistance = saidAfter != nil ? 0 : match.map { mention.numeralIndex - $0.range.upperBound }
        var raisedByCitizens = false
        if predicate == .proposed, let verb = match?.range {
            // "người dân nêu 4 ý kiến": what citizens raise is received from them.
            let clauseStart = tokens.start(before: verb.lowerBound, after: StretchMarks.clause.union([","]))
            let speaker = LoweredText(tokens[clauseStart..<verb.lowerBound].map(\.lower).joined(separator: " "))
            let owners = LoweredText(followingWords.joined(separator: " "))
            // "Ông Tâm đã gửi 17 lá đơn", "bà Mai, người đã gửi 17 lá đơn", "Gia đình tôi đã gửi 5
            // lá đơn", "các hộ đã gửi 11 lượt đơn": the letters a person, a family or a group of
            // households sent, received by no one named. The sender opens the verb's phrase (a
            // quote after "Cử tri … nói:" opens one), and is no citizen at large ("người dân").
            let phrase = tokens.start(before: verb.lowerBound, after: StretchMarks.phrase)
            let sender = tokens[phrase..<verb.lowerBound].firstIndex(where: \.isWord)
            let ownSender = thing == .petitions && tokens[verb].map(\.lower) == PredicateLexicon.sendingVerb
                && sender.map { first in PredicateLexicon.ownSenders.contains { PredicateMatcher.matches($0, tokens, at: first) } } == true
                && !LoweredText(tokens[phrase..<verb.lowerBound].map(\.lower).joined(separator: " ")).containsAny(Topic.citizenWords)
            if ownSender {
                predicate = .unstated
            } else if speaker.containsAny(Topic.citizenWords) || owners.containsAny(Topic.petitionerWords) {
                predicate = .received
                raisedByCitizens = true
            }
        }
        // "Đã giải quyết 861/914 đơn thuộc thẩm quyền": the verb says what happened, "thuộc thẩm
        // quyền" only which petitions.
        // "Số còn lại, 877 đơn thuộc thẩm quyền": a label set off by a comma names the remainder,
        // and the figure's own words say which petitions they are.
        if predicate == .inJurisdiction, let verb = match, PredicateLexicon.outcomes.contains(verb.predicate),
            ReceptionGrammar.isApposition(after: verb.range, numeral: mention.numeralIndex, in: tokens)
        {
            match = nil
        }
        if predicate == .inJurisdiction, let verb = match?.predicate, PredicateLexicon.outcomes.contains(verb) {
            predicate = verb
        }
        // "Theo kế hoạch trong năm 2019, Thanh tra Bộ triển khai 90 cuộc": sessions of a plan not
        // said to be done.
        if thing == .sessions, predicate == nil || predicate == .other, ListGrammar.speaksOfPlan(
                before: mention, from: position > 0 && mentions[position - 1].hasUnit ? item.lowerBound : 0, in: tokens)
        {
            predicate = .planned
        }
        // "6 cuộc thanh tra dự phòng": only people attend.
        if predicate == .attended, ![.visits, .persons, .voters].contains(thing) { predicate = match?.predicate }
        // "31 đoàn với tổng cộng 510 người tham gia": the members took part in their delegation,
        // in no dialogue; they are received with it (`carryOver`).
        if predicate == .attended, !dialogue, ReceptionGrammar.membersOfDelegation(position, mentions: mentions, in: tokens) {
            predicate = nil
        }
        // Opinions and sessions are not petitions: "ý kiến, kiến nghị" names no petition type.
        let typed = thing == .petitions || thing == .cases || thing == .visits
        // The unit may itself be a type word ("120 khiếu nại"); a unit after a share ("(bằng 100%) chi
        // bộ") stands beyond the figure and types nothing.
        let typeEnd = ListGrammar.typeEnd(of: following, in: tokens)
        let ownTypes = TypeReader.types(in: tokens, range: min(mention.unitRange.lowerBound, typeEnd)..<typeEnd)
        // "Tổng số vụ việc khiếu nại … là 48 vụ việc": the type named with the counted noun before.
        // "Đơn khiếu nại chủ yếu về giá đất (1.938 đơn), nguồn gốc đất (1.311 đơn)": a figure in
        // parentheses that breaks no figure down counts the noun its clause opens with.
        let headWindow = windows.openings[position].map { ListGrammar.clauseBeforeParenthesis($0, isBreakdown: isBreakdown, in: tokens) } ?? nil
        let headTypes = ownTypes.isEmpty && labelTypes.isEmpty
            ? ListGrammar.headNounTypes(in: tokens, window: window.isEmpty ? headWindow ?? verbWindow : verbWindow) : []
        // "Cụ thể: khiếu nại đã giải quyết 61 đơn": a type label opening the clause before the
        // figure's verb ("… đến KNTC và PAKN giải quyết 526 vụ việc" opens none).
        var subjectTypes: Set<PetitionType> = []
        if ownTypes.isEmpty, labelTypes.isEmpty, var verbStart = match?.range.lowerBound, verbStart > item.lowerBound {
            if tokens[verbStart - 1].lower == "đã" { verbStart -= 1 }
            var start = verbStart
            while start > item.lowerBound, tokens[start - 1].isWord { start -= 1 }
            if start < verbStart, start == 0 || tokens[start - 1].is(":") {
                subjectTypes = TypeReader.label(in: tokens, window: start..<verbStart, numeral: verbStart, isBreakdown: true)
            }
        }
        // "Thanh tra tỉnh xác định tố cáo sai 8 vụ": the type before an outcome types the cases
        // counted after it, with words before the outcome that are no label.
        let outcomeBefore = ListGrammar.outcomeTypes(before: mention, in: tokens)
        if thing == .cases, outcomeTypes.isEmpty, labelTypes.isEmpty, ownTypes.isEmpty, let named = outcomeBefore, named.count == 1 {
            outcomeTypes = named
        }
        let namedTypes = !complainantTypes.isEmpty ? complainantTypes : !labelTypes.isEmpty ? labelTypes
            : !ownTypes.isEmpty ? ownTypes : !outcomeTypes.isEmpty ? outcomeTypes : subjectTypes
        let types = !typed ? [] : !namedTypes.isEmpty ? namedTypes : headTypes
        var scope = ""
        if let opening = windows.openings[position], !isBreakdown, window.isEmpty {
            // "Yên Thế (02 vụ)": the name before the parenthesis is where the figure belongs.
            let start = tokens[..<opening].lastIndex(where: { $0.is(";") || $0.is(")") }).map { $0 + 1 } ?? 0
            scope = ScopeReader.scope(in: tokens, before: opening, from: start)
        } else if labelTypes.isEmpty {
            let afterFigure = position > 0 && window.lowerBound == mentions[position - 1].end
            scope = ScopeReader.scope(
                in: tokens, before: match?.range.lowerBound ?? mention.tokenRange.lowerBound, from: window.lowerBound,
                afterFigure: afterFigure)
        }
        return Reading(
            mention: mention, thing: thing, predicate: predicate, predicateSource: .own, types: types, scope: scope,
            subject: PhraseReader.subject(of: mention, in: tokens), followingWords: followingWords,
            dialogue: dialogue || raisedByCitizens && thing == .opinions,
            talk: talk, typedByHeadNoun: typed && labelTypes.isEmpty && ownTypes.isEmpty && !headTypes.isEmpty,
            sessionKind: thing == .sessions ? ListGrammar.sessionKind(
                following: followingWords, unitWords: unitWords, window: window, numeral: mention.numeralIndex, in: tokens) : nil,
            verbDistance: verbDistance, thingInherited: thingFromNoun || !complainantTypes.isEmpty, inBreakdown: isBreakdown || windows.openings[position] != nil,
            // A ruling named before complainants ("bác khiếu nại của 14 hộ") is an outcome too.
            namedTypes: namedTypes, afterOutcome: outcomeBefore != nil || ComplainantCount.ruledBefore(mention, in: tokens) != nil
        )
    }

    /// The lowercased words of the ";"-delimited clause a figure stands in.
    private static func clauseText(around mention: NumberMention, in tokens: [Token]) -> LoweredText {
        let start = tokens.start(before: mention.tokenRange.lowerBound, after: StretchMarks.item)
        let end = tokens[mention.end...].firstIndex(where: { $0.is(";") }) ?? tokens.count
        return LoweredText(tokens[start..<end].map(\.lower).joined(separator: " "))
    }

    /// A figure without its own predicate takes it from the figure it breaks down, from the
    /// figure before it in an enumeration, from the sentence citing its footnote, or from its
    /// paragraph ("toàn huyện 1.140 lượt" in a paragraph on receiving citizens).
    private static func carryOver(
        into position: Int, readings: inout [Reading], parents: [Int?], context: SurroundingContext, tokens: [Token],
        lendsScope: Bool
    ) {
        let reading = readings[position]
        // "Tiếp nhận 6.551 đơn thư với 4.676 vụ việc": the cases the petitions received make up.
        if reading.thing == .cases, position > 0, readings[position - 1].thing == .petitions, readings[position - 1].predicate == .received,
            ReceptionGrammar.casesOfPetitions(readings[position - 1].mention, reading.mention, in: tokens)
        {
            readings[position].predicate = .received
            readings[position].predicateSource = .carried
            return
        }
        // The whole a part was taken from takes no state from the part, nor from the paragraph.
        if [.petitions, .cases].contains(reading.thing), ListGrammar.isWhole(position, mentions: readings.map(\.mention), in: tokens) {
            readings[position].predicate = .unstated
            readings[position].predicateSource = .carried
            return
        }
        // "tăng 768 lượt và 1.174 người so với năm 2023": the second amount of one change.
        if position > 0, readings[position - 1].predicate == .change,
            PeriodFigures.sharesChange(readings[position - 1].mention, reading.mention, in: tokens)
        {
            readings[position].predicate = .change
            readings[position].predicateSource = .carried
            return
        }
        var source: Reading?
        if let parent = parents[position], readings[parent].thing == reading.thing {
            source = readings[parent]
            if readings[position].types.isEmpty { readings[position].types = readings[parent].types }
            if readings[position].scope.isEmpty { readings[position].scope = readings[parent].scope }
        } else if let previous = ListGrammar.carriedSource(before: position, readings: readings, in: tokens), parents[position] == nil {
            source = previous
        }
        if let source, let predicate = source.predicate {
            readings[position].predicate = predicate
            readings[position].predicateSource = .carried
            return
        }
        // "có 2 đoàn đông người (27 người)", "84 lượt công dân (202 người)": persons breaking down a
        // delegation or the visits received are the persons received.
        if reading.thing == .persons, let parent = parents[position],
            readings[parent].thing == .delegations || readings[parent].thing == .visits && readings[parent].predicate == .visited
        {
            readings[position].predicate = .visited
            readings[position].predicateSource = .carried
            return
        }
        // "tiếp 1.126 lượt với 1.482 người", "tiếp 6.000 lượt công dân, với 4.000 vụ việc": the persons
        // and cases of a reception share the visits' verb.
        if let visits = readings[..<position].last(where: { $0.thing == .visits }), visits.predicate == .visited,
            reading.thing == .cases || [.persons, .delegations].contains(reading.thing)
                && ListGrammar.adjacent(visits.mention, reading.mention, in: tokens)
        {
            readings[position].predicate = .visited
            readings[position].predicateSource = .carried
            return
        }
        // "đón 16 đoàn đông người, với tổng số 402 người": the persons a delegation brought are
        // received with it, whether its verb is said ("đón") or not ("Có 11 đoàn đông người với 214 người").
        if reading.thing == .persons, position > 0, readings[position - 1].thing == .delegations,
            ListGrammar.follows(readings[position - 1].mention, reading.mention, in: tokens)
        {
            readings[position].predicate = .visited
            readings[position].predicateSource = .carried
            return
        }
        if let citing = context.citing, citing.thing == reading.thing, let predicate = citing.predicate {
            readings[position].predicate = predicate
            readings[position].predicateSource = .carried
            if readings[position].scope.isEmpty, lendsScope { readings[position].scope = citing.scope }
            // "[3] Tỉnh Lạc Hưng 24 vụ việc" lists by place the cited complaints: of their type.
            if readings[position].types.isEmpty { readings[position].types = citing.types }
            return
        }
        // "- Số vụ việc: 174 vụ việc" under "I. TIẾP CÔNG DÂN": the cases brought to the reception.
        if reading.thing == .visits || reading.thing == .cases, context.reception || context.citing?.reception == true {
            readings[position].predicate = .visited
            readings[position].predicateSource = .context
            return
        }

    }
}
