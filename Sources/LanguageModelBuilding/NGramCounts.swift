import Diacritics
import Foundation

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

    /// The word ids packed in an n-gram key.
    func ids(of key: UInt64, length: Int) -> [UInt32] {
        let width = length == 4 ? NGramHashing.fourgramIDBits : NGramHashing.trigramIDBits
        let mask = (UInt64(1) << width) - 1
        return (0..<length).reversed().map { UInt32((key >> (UInt64($0) * width)) & mask) }
    }

    func count(of ids: ArraySlice<UInt32>) -> UInt64 {
        if ids.count == 1 { return unigrams[Int(ids[ids.startIndex])] }
        guard let key = NGramHashing.key(ids) else { return 0 }
        return UInt64(higher[ids.count - 2][key] ?? 0)
    }

    /// log10 of how often the last word follows the others (for one word: of its share of
    /// all tokens); nil when unseen.
    func log10Frequency(of ids: ArraySlice<UInt32>, total: Double) -> Double? {
        let joint = Double(count(of: ids))
        guard joint > 0 else { return nil }
        let context = ids.count == 1 ? total : Double(count(of: ids.dropLast()))
        return log10(joint / max(context, joint))
    }
}
