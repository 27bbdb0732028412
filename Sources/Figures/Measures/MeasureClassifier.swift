import DocumentModel

/// Turns what is counted and what happened to it into a petition measure.
enum MeasureClassifier {
    struct Clues: Sendable, Hashable {
        var thing: CountedThing?
        var predicate: Predicate?
        /// The sentence (or the one citing the footnote) speaks of dialogues or contact sessions.
        var dialogue: Bool
        /// The sentence (or its citing sentence, or its section) speaks of complaints.
        var complaintTalk: Bool
        /// Lowercased words after the unit, which say what sessions are ("cuộc thanh tra").
        var followingWords: [String]
        /// The sentence speaks of voters ("cử tri"), whose contact sessions are dialogues.
        var voterTalk = false
        /// The sentence speaks of diplomacy: its "đối thoại" and "tiếp xúc" are between states.
        var diplomacy = false
        /// The sentence speaks of elections or polls.
        var election = false
        /// The figure's clause speaks of an assembly's debate, not of voters.
        var assembly = false
        /// What sessions are, when the words after the unit do not say it: from the words before
        /// the figure or from the sessions counted before it in the sentence.
        var sessionKind: SessionKind?
        /// The figure's own words name a petition type ("5 vụ KN đúng", "vụ việc tố cáo").
        var namesType = false
        /// The clause counts casualties, patients, refugees or a population (`Topic.peopleNotReceivedWords`).
        var peopleNotReceived = false
    }

    static func measure(for clues: Clues) -> PetitionMeasure? {
        // "giảm 16 đơn so với năm trước" is a change, not a count of anything; "phát hiện 9 vụ" a finding.
        guard let thing = clues.thing, ![.change, .planned, .found].contains(clues.predicate) else { return nil }
        switch thing {
        case .petitions:
            switch clues.predicate {
            case .received: return .petitionsReceived
            case .inJurisdiction: return .petitionsInJurisdiction
            case .toResolve: return .petitionsToResolve
            case .resolved: return .petitionsResolved
            case .pending: return .petitionsPending
            case .processed: return .petitionsProcessed
            case .forwarded: return .petitionsForwarded
            case .guided: return .petitionsGuided
            case .archived: return .petitionsArchived
            case .outsideJurisdiction: return .petitionsOutsideJurisdiction
            case .ineligible: return .petitionsIneligible
            case .unstated: return .petitions
            default: return nil
            }
        case .cases:
            // Incidents, lawsuits and legal aid are "vụ việc" too: a case is a complaint's where
            // the text speaks of complaints, where its own words name a complaint ("vụ KN"), or
            // where something is said to have been done to it.
            guard clues.complaintTalk || clues.namesType || caseVerbs.contains(clues.predicate) else { return nil }
            switch clues.predicate {
            case .received, .visited: return .casesRaised
            case .resolved: return .casesResolved
            case .pending: return .casesPending
            default: return .cases
            }
        case .visits:
            switch clues.predicate {
            case .visited: return clues.peopleNotReceived ? nil : .receptionVisits
            case .attended: return isAudience(clues) ? .dialogueAttendances : nil
            default: return nil
            }
        case .persons:
            switch clues.predicate {
            case .visited: return clues.peopleNotReceived ? nil : .receptionPersons
            case .attended: return isAudience(clues) ? .dialogueAttendances : nil
            default: return nil
            }
        case .delegations:
            return .receptionDelegations
        case .voters:
            // "240.000 cử tri đã đăng ký đi bỏ phiếu" are an electorate, not a meeting's audience.
            guard !clues.election else { return nil }
            return (clues.dialogue || clues.predicate == .attended) && !clues.diplomacy ? .dialogueAttendances : nil
        case .opinions:
            // "Đoàn Chủ tịch … nêu 6 kiến nghị": the body's own proposals; "33 ý kiến" in a
            // council's questioning: the deputies'.
            guard clues.predicate != .proposed, !clues.assembly else { return nil }
            return (clues.dialogue || clues.voterTalk) && !clues.diplomacy ? .dialogueOpinions : nil
        case .sessions:
            switch clues.sessionKind ?? sessionKind(named: clues.followingWords) {
            case .inspection: return .inspections
            case .dialogue: return clues.diplomacy ? nil : .dialogueSessions
            case .reception: return .receptionSessions
            case .other, nil: return nil
            }
        }
    }

    /// Persons who took part are a dialogue's audience where the sentence speaks of a dialogue
    /// between citizens and authorities — not of states, and not of casualties: "khi tiếp xúc với
    /// nước, 2 người tham gia cứu hộ tử vong" took part in a rescue.
    static func isAudience(_ clues: Clues) -> Bool {
        clues.dialogue && !clues.diplomacy && !clues.peopleNotReceived
    }

    static let caseVerbs: Set<Predicate?> = [.received, .visited, .resolved, .pending, .other, .unstated, .guided]

    enum SessionKind: Sendable, Hashable {
        case inspection, dialogue, reception, other
    }

    /// What the words after "cuộc" say the sessions are: nil when they name nothing ("07 cuộc,").
    /// Sessions whose own noun names another kind are of that kind whatever the rest of the
    /// clause speaks of: "138 cuộc làm việc với các đoàn thanh tra" are work meetings, "10 cuộc họp
    /// để đối phó với thanh tra viên" meetings; "cuộc kiểm tra, thanh tra" names an inspection in its
    /// own noun phrase.
    static func sessionKind(named words: [String]) -> SessionKind? {
        // "buổi tiếp công dân của Thanh tra tỉnh": the words right after the unit say what the
        // sessions are before any later word ("thanh tra") can.
        if receptionWords.contains(where: { words.starts(with: $0.text.split(separator: " ").map(String.init)) }) { return .reception }
        // "phóng viên đã 2 lần tiếp xúc với ông Cao Hường": contact with one person is no
        // meeting of deputies with voters ("tiếp xúc với bà con" is one).
        if words.starts(with: ["tiếp", "xúc", "với"]), words.count > 3, personalTitles.contains(words[3]),
            words.dropFirst(4).first != "con"
        {
            return .other
        }
        if let first = words.first, otherSessionWords.contains(first) {
            let ownNoun = LoweredText(words.prefix { !sessionNounEnds.contains($0) }.joined(separator: " "))
            if ownNoun.containsAny(inspectionWords) { return .inspection }
            if ownNoun.containsAny(dialogueWords) || ownNoun.containsAny(Topic.voterWords) { return .dialogue }
            return .other
        }
        let text = LoweredText(words.joined(separator: " "))
        if text.containsAny(inspectionWords) { return .inspection }
        if text.containsAny(dialogueWords) || text.containsAny(Topic.voterWords) { return .dialogue }
        return nil
    }

    /// What sessions the words of a clause before the figure speak of: "Thanh tra tỉnh tiến hành 04 cuộc".
    static func sessionKind(before words: [String]) -> SessionKind? {
        let text = LoweredText(words.joined(separator: " "))
        if text.containsAny(dialogueWords) || text.containsAny(Topic.voterWords) { return .dialogue }
        if text.containsAny(inspectionWords) { return .inspection }
        return nil
    }

    /// Titles before one person's name: "ông Cao Hường", "bà Merkel".
    static let personalTitles: Set<String> = ["ông", "bà"]

    /// Words that end the noun phrase naming sessions: what follows them says with whom, about
    /// what or for what the sessions were held, not what they were.
    static let sessionNounEnds: Set<String> = [
        "với", "của", "về", "đối", "tại", "ở", "do", "cho", "theo", "nhằm", "để", "trong", "liên", "giữa", "mà",
        // "6 cuộc kiểm tra việc thực hiện kết luận thanh tra": "việc" opens what was checked.
        "việc",
    ]

    /// First words after "cuộc" that name sessions of another kind: meetings, contests, campaigns,
    /// checks and supervisions ("kiểm tra" alone is no inspection).
    static let otherSessionWords: Set<String> = [
        "họp", "hội", "thi", "gọi", "điện", "vận", "tuyên", "kiểm", "giám", "điều", "khảo", "tập", "làm", "thăm",
        "chiến", "đua", "biểu", "mít", "trao", "đàm", "phỏng", "bầu", "chơi", "săn", "truy", "cách", "sống", "tình",
        "hôn", "đời", "đấu", "tấn", "gặp", "nói", "trò", "vui", "dạo", "hành", "di", "đình",
    ]

    /// Whether text speaks of talks between states, whose "đối thoại" and "tiếp xúc" are no
    /// dialogue with citizens.
    static func speaksOfDiplomacy(_ text: LoweredText) -> Bool {
        text.containsAny(diplomacyWords)
    }

    static let diplomacyWords: [Phrase] = [
        "ngoại giao", "song phương", "đa phương", "lãnh sự", "chiến lược", "quốc phòng", "apec", "thượng đỉnh",
        "ngoại trưởng", "đại sứ", "hai nước", "nền kinh tế",
    ]

    /// Whether text speaks of dialogues or contact sessions between leaders and citizens.
    static func speaksOfDialogue(_ text: LoweredText) -> Bool {
        text.contains(dialogueWords[0]) || text.containsAny(dialogueWords) && !text.containsAny(infectionWords)
    }

    /// Where people "tiếp xúc" with a patient, blood or a chemical, the contact is an exposure,
    /// not a meeting with deputies: "những người tiếp xúc trực tiếp với máu nạn nhân", "tiếp xúc
    /// gần với ca bệnh".
    static let infectionWords: [Phrase] = [
        "phơi nhiễm", "lây nhiễm", "tiếp xúc gần", "nạn nhân", "bệnh nhân", "người bệnh", "ca bệnh", "hóa chất",
        "máu",
    ]

    /// Whether text speaks of receiving citizens ("tiếp công dân", "tiếp dân").
    static func speaksOfReception(_ text: LoweredText) -> Bool {
        text.containsAny(receptionWords)
    }

    /// Inspections, also written short for "thanh tra, kiểm tra" ("120 cuộc thanh, kiểm tra"; the
    /// words are read without their punctuation).
    static let inspectionWords: [Phrase] = ["thanh tra", "thanh kiểm tra"]
    /// What an inspection ends in: sessions a conclusion is issued or drafted on, named by no noun
    /// of their own ("ban hành kết luận 12 cuộc", "2 cuộc đang hoàn thiện dự thảo kết luận"), are
    /// inspections, whatever sessions were counted before them.
    static let conclusion = ["kết", "luận"]

    /// The verb that issues a conclusion: "ban hành 48 kết luận thanh tra" counts inspections
    /// ended; "Bộ đã từng có 2 kết luận thanh tra" counts findings on one body.
    static let issuing = ["ban", "hành"]

    /// Whether conclusions counted by `mention` ("48 kết luận thanh tra") are said to be issued,
    /// the issuing verb right before the numeral: each is then one inspection ended.
    static func conclusionsIssued(_ mention: NumberMention, in tokens: [Token]) -> Bool {
        mention.unit == conclusion.joined(separator: " ") && PredicateMatcher.matches(issuing, tokens, at: mention.numeralIndex - issuing.count)
    }

    /// Whether words right before bare sessions, or after them in their phrase, name a conclusion.
    static func namesConclusion(_ words: [String]) -> Bool {
        words.containsPhrase(conclusion)
    }
    /// "đối thoại" first: it names a dialogue wherever it stands.
    static let dialogueWords: [Phrase] = ["đối thoại", "tiếp xúc"]
    static let receptionWords: [Phrase] = ["tiếp công dân", "tiếp dân"]
}
