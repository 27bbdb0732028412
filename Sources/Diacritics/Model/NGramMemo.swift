/// The results of n-gram lookups already made while restoring one text, in a small table that
/// stays in the CPU's cache: documents repeat their word pairs and triples, and a lookup in the
/// model's tables (tens of megabytes) waits on main memory, where this one does not.
///
/// Direct-mapped: a key's one place holds the last key that went there, so a lookup costs one
/// multiply and one compare, and a collision only forgets an older result. It gives exactly
/// what the table gave (NaN: the table does not hold the n-gram); keys of one order only.
final class NGramMemo {
    /// Key + 1 (0 marks an empty place) and the score, per place.
    private let keys: UnsafeMutablePointer<UInt64>
    private let scores: UnsafeMutablePointer<Float>
    private let shift: UInt64

    /// 2^15 places: 384 KiB, within a core's L2 cache, where a page's pairs fit many times over.
    static let placeBits = 15

    init() {
        let count = 1 << Self.placeBits
        keys = .allocate(capacity: count)
        keys.initialize(repeating: 0, count: count)
        scores = .allocate(capacity: count)
        scores.initialize(repeating: 0, count: count)
        shift = UInt64(64 - Self.placeBits)
    }

    deinit {
        keys.deallocate()
        scores.deallocate()
    }

    /// The score stored for `key` (NaN when the n-gram is missing), nil when none is.
    @inline(__always)
    func score(of key: UInt64) -> Float? {
        let place = self.place(key)
        return keys[place] == key &+ 1 ? scores[place] : nil
    }

    @inline(__always)
    func store(_ score: Float, for key: UInt64) {
        let place = self.place(key)
        keys[place] = key &+ 1
        scores[place] = score
    }

    /// Fibonacci hashing: the key's top bits after one multiply by 2^64 / φ.
    @inline(__always)
    private func place(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
