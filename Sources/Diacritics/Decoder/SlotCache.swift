import VietnameseText

/// Decoder slots already worked out for a token during one `restore` call: documents repeat
/// their words, and candidate generation costs far more than a dictionary lookup.
struct SlotCache {
    struct Key: Hashable {
        var token: String
        var inCode: Bool
        var treatment: LineTreatments.Treatment
    }

    struct Entry {
        var slot: BeamDecoder.Slot
        /// Candidate words, or nil when the token is kept as it is.
        var words: [String]?
        /// Index of the candidate that is the token itself (-1 when none is).
        var unchanged: Int?
    }

    var entries: [Key: Entry] = [:]
}

/// A candidate as the decoder needs it: the model id and, for words outside the model, the text.
struct ScoredCandidate {
    var id: UInt32
    var word: String?
    var channelLog10: Float
}

extension CandidateGenerator {
    /// Default: look each candidate word up in the model.
    func scoredCandidates(for token: String, model: LanguageModel) -> [ScoredCandidate] {
        if let direct = self as? StrippedCandidateGenerator {
            return direct.candidateIDs(for: token, model: model)
        }
        return candidates(for: token, model: model).map { candidate in
            let id = model.wordID(candidate.word)
            return ScoredCandidate(id: id ?? LanguageModel.Reserved.unknown, word: id == nil ? candidate.word : nil,
                                   channelLog10: candidate.channelLog10)
        }
    }
}

extension StrippedCandidateGenerator {
    /// Ids straight from the model's stripped-form index, without building strings.
    func candidateIDs(for token: String, model: LanguageModel) -> [ScoredCandidate] {
        guard !VietnameseMarks.containsMarks(token) else { return [] }
        return model.candidates(forStrippedKey: token.lowercased()).map {
            ScoredCandidate(id: $0, word: nil, channelLog10: 0)
        }
    }
}
