/// Second pass of model building: weighted counts of every n-gram up to `order` over the
/// encoded corpus, sentences padded with <s> … </s>.
struct NGramCounts {
    let order: Int
    /// By final id; <s> counts sentences, so that it can serve as a context count.
    var unigrams: [UInt64]
    /// Index 0 holds bigrams, 1 trigrams, 2 four-grams, keyed by `NGramHashing.key`.
    var higher: [[UInt64: UInt32]]

    init(encoder: CorpusEncoder, vocabulary: Vocabulary, order: Int) {
        self.order = order
        unigrams = [UInt64](repeating: 0, count: vocabulary.words.count)
        higher = (2...order).map { _ in
            var table: [UInt64: UInt32] = [:]
            table.reserveCapacity(encoder.tokenCount)
            return table
        }
        var sentence: [UInt32] = []
        var runStart = 0
        for run in encoder.runs {
            let weight = run.weight
            for position in runStart..<run.end {
                let raw = encoder.stream[position]
                if raw == LanguageModel.Reserved.sentenceStart {
                    count(&sentence, weight: weight)
                    sentence = [LanguageModel.Reserved.sentenceStart]
                } else {
                    sentence.append(vocabulary.remap[Int(raw)])
                }
            }
            count(&sentence, weight: weight)
            runStart = run.end
        }
    }

    private mutating func count(_ sentence: inout [UInt32], weight: UInt32) {
        guard sentence.count > 1 else {
            sentence.removeAll(keepingCapacity: true)
            return
        }
        sentence.append(LanguageModel.Reserved.sentenceEnd)
        unigrams[Int(LanguageModel.Reserved.sentenceStart)] += UInt64(weight)
        for end in 1..<sentence.count {
            unigrams[Int(sentence[end])] += UInt64(weight)
            for length in 2...order where end - length + 1 >= 0 {
                if let key = NGramHashing.key(sentence[(end - length + 1)...end]) {
                    higher[length - 2][key, default: 0] &+= weight
                }
            }
        }
        sentence.removeAll(keepingCapacity: true)
    }

    /// Count of the first `length - 1` words of an n-gram key, the n-gram's context.
    func contextCount(of key: UInt64, length: Int) -> UInt64 {
        switch length {
        case 2:
            return unigrams[Int(key >> NGramHashing.trigramIDBits)]
        case 3:
            let mask = (UInt64(1) << NGramHashing.trigramIDBits) - 1
            let first = UInt32((key >> (2 * NGramHashing.trigramIDBits)) & mask)
            let second = UInt32((key >> NGramHashing.trigramIDBits) & mask)
            return NGramHashing.key(first, second).flatMap { higher[0][$0] }.map(UInt64.init) ?? 0
        default:
            let mask = (UInt64(1) << NGramHashing.fourgramIDBits) - 1
            let ids = (1...3).reversed().map { UInt32((key >> (UInt64($0) * NGramHashing.fourgramIDBits)) & mask) }
            return NGramHashing.key(ids[0], ids[1], ids[2]).flatMap { higher[1][$0] }.map(UInt64.init) ?? 0
        }
    }
}
