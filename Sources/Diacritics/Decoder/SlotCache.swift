import VietnameseText

/// Decoder slots already worked out for a token during one `restore` call: documents repeat
/// their words, and candidate generation costs far more than a lookup.
///
/// Keyed by the token's scalars, not by a String: a String key cost a String built, hashed
/// with a seeded hasher and compared per word token. The text is NFC by then
/// (`Restorer.restore`, and the normalisation before it), so equal scalars are what equal
/// Strings were, short of canonical equivalents that NFC would have changed.
struct SlotCache {
    struct Entry {
        var slot: BeamDecoder.Slot
        /// Candidate words, or nil when the token is kept as it is.
        var words: [String]?
        /// Index of the candidate that is the token itself (-1 when none is).
        var unchanged: Int?
    }

    /// The tokens' scalars one after another, `tokenEnds[i]` where token i ends; per token its
    /// context (`context(inCode:treatment:)`) and entry. Flat, so that a lookup copies nothing.
    private var tokenScalars: [Unicode.Scalar] = []
    private var tokenEnds: [Int] = []
    private var contexts: [UInt16] = []
    private var entries: [Entry] = []
    /// Open addressing: 1 + the token's index, 0 for an empty bucket; kept under half full.
    private var buckets = [Int32](repeating: 0, count: 64)

    /// The entry stored for a token in this treatment and code context, nil the first time.
    func entry(for token: ArraySlice<Unicode.Scalar>, inCode: Bool, treatment: LineTreatments.Treatment) -> Entry? {
        let found = find(token, context: Self.context(inCode: inCode, treatment: treatment))
        return found.index.map { entries[$0] }
    }

    mutating func insert(_ entry: Entry, for token: ArraySlice<Unicode.Scalar>, inCode: Bool,
                         treatment: LineTreatments.Treatment) {
        let context = Self.context(inCode: inCode, treatment: treatment)
        let found = find(token, context: context)
        guard found.index == nil else { return }
        tokenScalars.append(contentsOf: token)
        tokenEnds.append(tokenScalars.count)
        contexts.append(context)
        entries.append(entry)
        buckets[found.bucket] = Int32(entries.count)
        if entries.count * 2 > buckets.count { rehash() }
    }

    /// The token's index if stored, and the bucket it is in or would go to.
    private func find(_ token: ArraySlice<Unicode.Scalar>, context: UInt16) -> (index: Int?, bucket: Int) {
        let mask = buckets.count - 1
        var bucket = Self.hash(token, context: context) & mask
        while buckets[bucket] != 0 {
            let index = Int(buckets[bucket]) - 1
            let start = index == 0 ? 0 : tokenEnds[index - 1]
            if contexts[index] == context && tokenEnds[index] - start == token.count
                && tokenScalars[start..<tokenEnds[index]].elementsEqual(token) {
                return (index, bucket)
            }
            bucket = (bucket + 1) & mask
        }
        return (nil, bucket)
    }

    private mutating func rehash() {
        buckets = [Int32](repeating: 0, count: buckets.count * 2)
        let mask = buckets.count - 1
        var start = 0
        for index in entries.indices {
            var bucket = Self.hash(tokenScalars[start..<tokenEnds[index]], context: contexts[index]) & mask
            while buckets[bucket] != 0 { bucket = (bucket + 1) & mask }
            buckets[bucket] = Int32(index + 1)
            start = tokenEnds[index]
        }
    }

    private static func context(inCode: Bool, treatment: LineTreatments.Treatment) -> UInt16 {
        UInt16(treatment.rawValue) << 1 | (inCode ? 1 : 0)
    }

    /// FNV-1a over the scalar values, the context folded in; only this cache reads it.
    private static func hash(_ token: ArraySlice<Unicode.Scalar>, context: UInt16) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for scalar in token { hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01B3 }
        hash = (hash ^ UInt64(context)) &* 0x0000_0100_0000_01B3
        return Int(truncatingIfNeeded: hash ^ hash >> 29)
    }
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
