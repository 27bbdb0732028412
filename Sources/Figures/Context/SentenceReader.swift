import DocumentModel

/// What the text around a sentence tells about it.
struct SurroundingContext: Sendable {
    /// The paragraph or its section speaks of receiving citizens.
    var reception: Bool = false
    /// The sentence that cites the footnote being read, when reading a footnote.
    var citing: CitingContext?
    /// The section's title speaks of complaints: read once for all its sentences.
    var titleSpeaksOfComplaints = false
    /// Read as if the text spoke of complaints, to learn what a footnote counts before knowing
    /// which sentence it explains.
    var assumePetitionTalk = false

    init(reception: Bool = false, citing: CitingContext? = nil, sectionTitle: String = "", assumePetitionTalk: Bool = false) {
        self.reception = reception
        self.citing = citing
        self.assumePetitionTalk = assumePetitionTalk
        titleSpeaksOfComplaints = !sectionTitle.isEmpty && Topic.speaksOfComplaints(LoweredText(lowering: sectionTitle))
    }

    /// What a sentence speaks of, by its own words, those of the sentence citing its footnote,
    /// and for complaints its section's title when the sentence names no crime itself.
    func talk(in sentence: LoweredText) -> Topic.Talk {
        let crime = Topic.speaksOfCrime(sentence)
        return Topic.Talk(
            petitions: assumePetitionTalk || Topic.speaksOfPetitions(sentence, crime: crime) || citing?.talk.petitions == true,
            complaints: Topic.speaksOfComplaints(sentence) || citing?.talk.complaints == true
                || !crime && titleSpeaksOfComplaints,
            crime: crime)
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

    enum PredicateSource: Sendable { case own, carried, context }

    var measure: PetitionMeasure? {
        MeasureClassifier.measure(
            for: .init(
                thing: thing, predicate: predicate, dialogue: dialogue, complaintTalk: talk.complaints,
                followingWords: followingWords))
    }
}

/// Reads every figure of one sentence: what it counts, what happened to it, of which type, where.
enum SentenceReader {
    static func readings(of sentence: Sentence, context: SurroundingContext) -> [Reading] {
        let tokens = Tokenizer.tokens(of: sentence.text)
        let mentions = FigureRecognizer.mentions(in: tokens, sentence: sentence.text, atBlockStart: sentence.opensBlock)
        // Most sentences of a decree hold no figure: nothing below is needed for them.
        guard !mentions.isEmpty else { return [] }
        let windows = ClauseWindows(tokens: tokens, mentions: mentions)
        let lowered = LoweredText(lowering: sentence.text)
        let dialogue = MeasureClassifier.speaksOfDialogue(lowered) || (context.citing?.dialogue ?? false)
        let talk = context.talk(in: lowered)
        var readings = mentions.indices.map { position in
            ownReading(of: position, mentions: mentions, tokens: tokens, windows: windows, dialogue: dialogue, talk: talk)
        }
        for position in readings.indices where readings[position].predicate == nil {
            carryOver(into: position, readings: &readings, parents: windows.parents, context: context)
        }
        shareScopes(&readings, tokens: tokens, windows: windows)
        return readings
    }

    /// A figure without a scope of its own shares the scope of the figure before it in the same
    /// clause: "Huyện phải giải quyết 476 đơn (…), đã giải quyết xong 462 đơn" are both the district's.
    /// A figure that continues the previous one's phrase without a comma always shares it.
    private static func shareScopes(_ readings: inout [Reading], tokens: [Token], windows: ClauseWindows) {
        for position in readings.indices.dropFirst() where windows.parents[position] == nil {
            let previous = readings[position - 1]
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
        talk sentenceTalk: Topic.Talk
    ) -> Reading {
        let mention = mentions[position]
        let window = windows.windows[position]
        let following = PhraseReader.followingWords(of: mention, in: tokens)
        let followingWords = tokens[following].filter(\.isWord).map(\.lower)
        // Crime is read in the figure's own clause (one sentence may list violations, then
        // complaints), and a clause that also names complaints is about complaints.
        var talk = sentenceTalk
        let clause = clauseText(around: mention, in: tokens)
        talk.crime = Topic.speaksOfCrime(clause) && !Topic.speaksOfComplaints(clause)
        let thing = mention.hasUnit ? CountedThing(unit: mention.unit, subjectWords: followingWords, talk: talk) : nil
        let isBreakdown = windows.parents[position] != nil
        let labelTypes = TypeReader.label(in: tokens, window: window, numeral: mention.numeralIndex, isBreakdown: isBreakdown)
        let match = labelTypes.isEmpty ? PredicateMatcher.before(in: tokens, window: window, thing: thing) : nil
        let predicate = PredicateMatcher.after(in: tokens, from: mention.end) ?? match?.predicate
        // Opinions and sessions are not petitions: "ý kiến, kiến nghị" names no petition type.
        let typed = thing != .opinions && thing != .sessions
        let types = !typed ? [] : labelTypes.isEmpty ? TypeReader.types(in: tokens, range: following) : labelTypes
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
            subject: PhraseReader.subject(of: mention, in: tokens), followingWords: followingWords, dialogue: dialogue,
            talk: talk
        )
    }

    /// The lowercased words of the ";"-delimited clause a figure stands in.
    private static func clauseText(around mention: NumberMention, in tokens: [Token]) -> LoweredText {
        let start = tokens[..<mention.tokenRange.lowerBound].lastIndex(where: { $0.is(";") }).map { $0 + 1 } ?? 0
        let end = tokens[mention.end...].firstIndex(where: { $0.is(";") }) ?? tokens.count
        return LoweredText(tokens[start..<end].map(\.lower).joined(separator: " "))
    }

    /// A figure without its own predicate takes it from the figure it breaks down, from the
    /// figure before it in an enumeration, from the sentence citing its footnote, or from its
    /// paragraph ("toàn huyện 1.140 lượt" in a paragraph on receiving citizens).
    private static func carryOver(into position: Int, readings: inout [Reading], parents: [Int?], context: SurroundingContext) {
        let reading = readings[position]
        var source: Reading?
        if let parent = parents[position], readings[parent].thing == reading.thing {
            source = readings[parent]
            if readings[position].types.isEmpty { readings[position].types = readings[parent].types }
            if readings[position].scope.isEmpty { readings[position].scope = readings[parent].scope }
        } else if let previous = readings[..<position].last(where: { $0.thing == reading.thing && $0.predicate != nil }),
            parents[position] == nil
        {
            source = previous
        }
        if let source, let predicate = source.predicate {
            readings[position].predicate = predicate
            readings[position].predicateSource = .carried
            return
        }
        if let citing = context.citing, citing.thing == reading.thing, let predicate = citing.predicate {
            readings[position].predicate = predicate
            readings[position].predicateSource = .carried
            if readings[position].scope.isEmpty { readings[position].scope = citing.scope }
            return
        }
        if reading.thing == .visits, context.reception || context.citing?.reception == true {
            readings[position].predicate = .visited
            readings[position].predicateSource = .context
        }
    }
}
