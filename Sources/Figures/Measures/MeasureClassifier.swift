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
    }

    static func measure(for clues: Clues) -> PetitionMeasure? {
        // "giảm 16 đơn so với năm trước" is a change, not a count of anything.
        guard let thing = clues.thing, clues.predicate != .change else { return nil }
        switch thing {
        case .petitions:
            switch clues.predicate {
            case .received: return .petitionsReceived
            case .inJurisdiction: return .petitionsInJurisdiction
            case .toResolve: return .petitionsToResolve
            case .resolved: return .petitionsResolved
            case .pending: return .petitionsPending
            default: return nil
            }
        case .cases:
            switch clues.predicate {
            case .received: return .casesRaised
            case .resolved: return .casesResolved
            case .pending: return .casesPending
            default: return .cases
            }
        case .visits:
            switch clues.predicate {
            case .visited: return .receptionVisits
            case .attended: return clues.dialogue ? .dialogueAttendances : nil
            default: return nil
            }
        case .opinions:
            return clues.dialogue ? .dialogueOpinions : nil
        case .sessions:
            let words = LoweredText(clues.followingWords.joined(separator: " "))
            // Inspections count here only where the text is about complaints: "08 cuộc thanh tra
            // trách nhiệm … giải quyết KNTC", not a ministry's yearly inspection plan.
            if words.contains(inspectionWord) { return clues.complaintTalk ? .inspections : nil }
            if words.containsAny(dialogueWords) { return .dialogueSessions }
            return nil
        }
    }

    /// Whether text speaks of dialogues or contact sessions between leaders and citizens.
    static func speaksOfDialogue(_ text: LoweredText) -> Bool {
        text.containsAny(dialogueWords)
    }

    /// Whether text speaks of receiving citizens ("tiếp công dân", "tiếp dân").
    static func speaksOfReception(_ text: LoweredText) -> Bool {
        text.containsAny(receptionWords)
    }

    static let inspectionWord: Phrase = "thanh tra"
    static let dialogueWords: [Phrase] = ["đối thoại", "tiếp xúc"]
    static let receptionWords: [Phrase] = ["tiếp công dân", "tiếp dân"]
}
