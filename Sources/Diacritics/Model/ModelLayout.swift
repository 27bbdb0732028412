/// The binary layout of a model file, computed from the header so that the writer and the
/// memory-mapped reader agree. All numbers are little-endian; every section starts 8-aligned.
///
///   header (128 bytes) · unigram log10 Float32[V] · word offsets UInt32[V+1] · word bytes ·
///   word hashes UInt64[V] sorted · ids UInt32[V] · group hashes UInt64[G] sorted ·
///   group starts UInt32[G+1] · candidate ids UInt32[C] · n-gram slots UInt32[capacity] per order
///
/// The n-gram tables start 64-aligned, so that each line of slots (`NGramHashing.lineSlots`) is
/// one cache line of the mapping.
///
/// The last two words of every trigram and 4-gram in the tables are a bigram in the tables:
/// the decoder skips the longer lookups when the bigram is missing.
package struct ModelLayout: Equatable {
    /// Version 2: lookups start at line starts (see `NGramHashing`); a version-1 file's tables
    /// would be searched in the wrong places, so it is refused rather than misread.
    static let magic: UInt64 = 0x3230_304D_4C43_4342 // "BCCLM002" (version 1: "BCCLM001")
    static let tableAlignment = 64
    static let headerSize = 128

    var order: Int
    var vocabularySize: Int
    var wordBytes: Int
    var groupCount: Int
    var candidateCount: Int
    /// Table capacity per order 2...order.
    var capacities: [Int]
    /// log10 score = -quantum × step, per order 2...order.
    var quantisationSteps: [Float]
    var backoffLog10: Float
    var unknownLog10: Float

    package init(
        order: Int, vocabularySize: Int, wordBytes: Int, groupCount: Int, candidateCount: Int, capacities: [Int],
        quantisationSteps: [Float], backoffLog10: Float, unknownLog10: Float
    ) {
        self.order = order
        self.vocabularySize = vocabularySize
        self.wordBytes = wordBytes
        self.groupCount = groupCount
        self.candidateCount = candidateCount
        self.capacities = capacities
        self.quantisationSteps = quantisationSteps
        self.backoffLog10 = backoffLog10
        self.unknownLog10 = unknownLog10
    }

    package struct Offsets {
        package var unigrams = 0, wordOffsets = 0, wordBytes = 0, wordHashes = 0, wordHashIDs = 0
        package var groupHashes = 0, groupStarts = 0, candidateIDs = 0
        package var tables: [Int] = []
        package var end = 0
    }

    package var offsets: Offsets {
        var offsets = Offsets()
        var cursor = Self.headerSize
        func take(_ bytes: Int, alignment: Int = 8) -> Int {
            cursor = (cursor + alignment - 1) & ~(alignment - 1)
            let start = cursor
            cursor += (bytes + 7) & ~7
            return start
        }
        offsets.unigrams = take(4 * vocabularySize)
        offsets.wordOffsets = take(4 * (vocabularySize + 1))
        offsets.wordBytes = take(wordBytes)
        offsets.wordHashes = take(8 * vocabularySize)
        offsets.wordHashIDs = take(4 * vocabularySize)
        offsets.groupHashes = take(8 * groupCount)
        offsets.groupStarts = take(4 * (groupCount + 1))
        offsets.candidateIDs = take(4 * candidateCount)
        offsets.tables = capacities.map { take(4 * $0, alignment: Self.tableAlignment) }
        offsets.end = cursor
        return offsets
    }

    package func encodeHeader() -> [UInt8] {
        var bytes: [UInt8] = []
        func put<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }
        put(Self.magic)
        put(UInt32(order)); put(UInt32(vocabularySize))
        put(UInt64(wordBytes)); put(UInt32(groupCount)); put(UInt32(candidateCount))
        put(backoffLog10.bitPattern); put(unknownLog10.bitPattern)
        for index in 0..<3 {
            put(UInt64(index < capacities.count ? capacities[index] : 0))
            put((index < quantisationSteps.count ? quantisationSteps[index] : 0).bitPattern)
        }
        bytes.append(contentsOf: [UInt8](repeating: 0, count: Self.headerSize - bytes.count))
        return bytes
    }

    static func decodeHeader(_ base: UnsafeRawPointer, size: Int) -> ModelLayout? {
        guard size >= headerSize else { return nil }
        func get<T: FixedWidthInteger>(_ offset: Int, _: T.Type) -> T {
            T(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: T.self))
        }
        guard get(0, UInt64.self) == magic else { return nil }
        let order = Int(get(8, UInt32.self))
        guard (2...4).contains(order) else { return nil }
        var layout = ModelLayout(
            order: order, vocabularySize: Int(get(12, UInt32.self)), wordBytes: Int(get(16, UInt64.self)),
            groupCount: Int(get(24, UInt32.self)), candidateCount: Int(get(28, UInt32.self)),
            capacities: [], quantisationSteps: [],
            backoffLog10: Float(bitPattern: get(32, UInt32.self)),
            unknownLog10: Float(bitPattern: get(36, UInt32.self)))
        for index in 0..<(order - 1) {
            let capacity = Int(get(40 + 12 * index, UInt64.self))
            guard capacity % NGramHashing.lineSlots == 0 else { return nil }
            layout.capacities.append(capacity)
            layout.quantisationSteps.append(Float(bitPattern: get(48 + 12 * index, UInt32.self)))
        }
        return layout.offsets.end <= size ? layout : nil
    }
}
