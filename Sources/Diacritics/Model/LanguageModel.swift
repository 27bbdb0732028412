import Foundation
import VietnameseText

/// A syllable n-gram model (stupid backoff, log10 scores) read straight from a memory-mapped
/// file: nothing is parsed or copied at load time, so loading costs one mmap.
public final class LanguageModel: @unchecked Sendable {
    // Immutable after init; the mapping lives as long as the model, so sharing is safe.
    let layout: ModelLayout
    private let mapping: MappedFile
    private let unigrams: UnsafePointer<Float>
    private let wordOffsets: UnsafePointer<UInt32>
    private let wordBytes: UnsafePointer<UInt8>
    private let wordHashes: UnsafeBufferPointer<UInt64>
    private let wordHashIDs: UnsafePointer<UInt32>
    private let groupHashes: UnsafeBufferPointer<UInt64>
    private let groupStarts: UnsafePointer<UInt32>
    private let candidateIDs: UnsafePointer<UInt32>
    /// N-grams of length 2, 3, 4 (as far as `order` goes).
    let tables: [NGramTable]

    /// Reserved ids: every model has them, in this order, before the words.
    public enum Reserved {
        public static let unknown: UInt32 = 0
        public static let sentenceStart: UInt32 = 1
        public static let sentenceEnd: UInt32 = 2
        public static let number: UInt32 = 3
        public static let punctuation: UInt32 = 4
        package static let count = 5
    }

    /// Marks "no word here" in a history (before the start of a sentence).
    public static let noWord = UInt32.max

    public static func load(from url: URL) throws -> LanguageModel {
        let mapping = try MappedFile(url: url)
        guard let layout = ModelLayout.decodeHeader(mapping.base, size: mapping.size) else {
            throw ModelError.malformed(url.path)
        }
        return LanguageModel(mapping: mapping, layout: layout)
    }

    private init(mapping: MappedFile, layout: ModelLayout) {
        self.mapping = mapping
        self.layout = layout
        let base = mapping.base
        let offsets = layout.offsets
        func typed<T>(_ offset: Int, _: T.Type) -> UnsafePointer<T> {
            base.advanced(by: offset).assumingMemoryBound(to: T.self)
        }
        unigrams = typed(offsets.unigrams, Float.self)
        wordOffsets = typed(offsets.wordOffsets, UInt32.self)
        wordBytes = typed(offsets.wordBytes, UInt8.self)
        wordHashes = UnsafeBufferPointer(start: typed(offsets.wordHashes, UInt64.self), count: layout.vocabularySize)
        wordHashIDs = typed(offsets.wordHashIDs, UInt32.self)
        groupHashes = UnsafeBufferPointer(start: typed(offsets.groupHashes, UInt64.self), count: layout.groupCount)
        groupStarts = typed(offsets.groupStarts, UInt32.self)
        candidateIDs = typed(offsets.candidateIDs, UInt32.self)
        tables = zip(offsets.tables, zip(layout.capacities, layout.quantisationSteps)).map { offset, table in
            NGramTable(slots: typed(offset, UInt32.self), capacity: table.0, step: table.1)
        }
    }

    public var order: Int { layout.order }
    public var vocabularySize: Int { layout.vocabularySize }

    /// The id of a lowercase, NFC, conventionally toned word; nil when the model never saw it.
    public func wordID(_ word: String) -> UInt32? {
        let hash = FNV1a.hash(word)
        var index = lowerBound(wordHashes, hash)
        while index < wordHashes.count && wordHashes[index] == hash {
            let id = wordHashIDs[index]
            if self.word(id) == word { return id }
            index += 1
        }
        return nil
    }

    public func word(_ id: UInt32) -> String {
        guard Int(id) < vocabularySize else { return "" }
        let start = Int(wordOffsets[Int(id)]), end = Int(wordOffsets[Int(id) + 1])
        return String(decoding: UnsafeBufferPointer(start: wordBytes + start, count: end - start), as: UTF8.self)
    }

    /// Ids of the words whose lowercase stripped form is `key`, most frequent first.
    public func candidates(forStrippedKey key: String) -> ArraySlice<UInt32> {
        let hash = FNV1a.hash(key)
        let index = lowerBound(groupHashes, hash)
        guard index < groupHashes.count && groupHashes[index] == hash else { return [] }
        let start = Int(groupStarts[index]), end = Int(groupStarts[index + 1])
        return Array(UnsafeBufferPointer(start: candidateIDs + start, count: end - start))[...]
    }

    /// log10 score of `word` after the history `previous` (most recent first; `noWord` pads).
    @inline(__always)
    public func logScore(_ word: UInt32, after previous: UInt32, _ beforePrevious: UInt32 = noWord,
                         _ third: UInt32 = noWord) -> Float {
        // All orders' first slots are read before any is examined (see NGramTable.Probe).
        let fourgram = layout.order >= 4 && third != Self.noWord
            ? NGramHashing.key(third, beforePrevious, previous, word).map { tables[2].start($0, order: 4) } ?? .none : .none
        let trigram = layout.order >= 3 && beforePrevious != Self.noWord
            ? NGramHashing.key(beforePrevious, previous, word).map { tables[1].start($0, order: 3) } ?? .none : .none
        let bigram = previous != Self.noWord
            ? NGramHashing.key(previous, word).map { tables[0].start($0, order: 2) } ?? .none : .none
        return finish(word, fourgram, trigram, bigram)
    }

    /// Backs off from the longest n-gram whose lookup was started to the unigram.
    @inline(__always)
    private func finish(_ word: UInt32, _ fourgram: NGramTable.Probe, _ trigram: NGramTable.Probe,
                        _ bigram: NGramTable.Probe) -> Float {
        var penalty: Float = 0
        if fourgram.isStarted {
            if let score = tables[2].finish(fourgram) { return score }
            penalty += layout.backoffLog10
        }
        if trigram.isStarted {
            if let score = tables[1].finish(trigram) { return penalty + score }
            penalty += layout.backoffLog10
        }
        if bigram.isStarted {
            if let score = tables[0].finish(bigram) { return penalty + score }
            penalty += layout.backoffLog10
        }
        return penalty + unigramScore(word)
    }

    @inline(__always)
    public func unigramScore(_ word: UInt32) -> Float {
        Int(word) < vocabularySize && word != Self.noWord ? unigrams[Int(word)] : layout.unknownLog10
    }

    private func lowerBound(_ values: UnsafeBufferPointer<UInt64>, _ target: UInt64) -> Int {
        var low = 0, high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] < target { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
