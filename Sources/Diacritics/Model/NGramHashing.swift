/// How n-grams become slots in the model's open-addressing tables. A slot is one UInt32:
/// 24 bits of fingerprint (never 0, so 0 marks an empty slot) and 8 bits of quantised score.
///
/// A table is a run of 64-byte lines of 16 slots. An n-gram's hash picks a line and the n-gram
/// takes the first empty slot from that line's first slot on (linear probing, starting at line
/// starts only): a lookup reads one cache line, and only a full line sends it to the next.
/// (Probing from any slot read two lines for most lookups: from a slot late in its line the
/// walk ran over into the next one.)
package enum NGramHashing {
    /// Slots per cache line; a table's capacity is a multiple of it.
    package static let lineSlots = 16
    /// Word ids must fit these widths to take part in n-grams of each order.
    package static let trigramIDBits: UInt64 = 21
    package static let fourgramIDBits: UInt64 = 16
    package static let maxTrigramID = UInt32((1 << trigramIDBits) - 1)
    static let maxFourgramID = UInt32((1 << fourgramIDBits) - 1)

    /// Exact keys for 2-, 3- and 4-grams; nil when an id is too wide for the packing.
    /// (Fixed arities, not variadic: the decoder calls these millions of times per second.)
    @inline(__always)
    package static func key(_ first: UInt32, _ second: UInt32) -> UInt64? {
        guard first <= maxTrigramID, second <= maxTrigramID else { return nil }
        return UInt64(first) << trigramIDBits | UInt64(second)
    }

    @inline(__always)
    static func key(_ first: UInt32, _ second: UInt32, _ third: UInt32) -> UInt64? {
        guard first <= maxTrigramID, second <= maxTrigramID, third <= maxTrigramID else { return nil }
        return (UInt64(first) << trigramIDBits | UInt64(second)) << trigramIDBits | UInt64(third)
    }

    @inline(__always)
    static func key(_ first: UInt32, _ second: UInt32, _ third: UInt32, _ fourth: UInt32) -> UInt64? {
        guard first <= maxFourgramID, second <= maxFourgramID, third <= maxFourgramID, fourth <= maxFourgramID
        else { return nil }
        let head = UInt64(first) << fourgramIDBits | UInt64(second)
        return (head << fourgramIDBits | UInt64(third)) << fourgramIDBits | UInt64(fourth)
    }

    @inline(__always)
    package static func key(_ ids: ArraySlice<UInt32>) -> UInt64? {
        let width = ids.count == 4 ? fourgramIDBits : trigramIDBits
        let limit = UInt32((1 << width) - 1)
        var packed: UInt64 = 0
        for id in ids {
            guard id <= limit else { return nil }
            packed = (packed << width) | UInt64(id)
        }
        return packed
    }

    @inline(__always)
    package static func hash(_ key: UInt64, order: Int) -> UInt64 {
        var x = key &+ UInt64(order) &* 0x9E37_79B9_7F4A_7C15
        x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 31)
    }

    @inline(__always)
    package static func fingerprint(_ hash: UInt64) -> UInt32 {
        let print = UInt32(truncatingIfNeeded: hash >> 40)
        return print == 0 ? 1 : print
    }

    /// The first slot of the line `hash` picks in a table of `capacity` slots (a multiple of
    /// `lineSlots`): the lookup of that n-gram starts there.
    @inline(__always)
    package static func home(_ hash: UInt64, capacity: Int) -> Int {
        let lines = UInt64(capacity / lineSlots)
        return Int((hash & 0xFF_FFFF_FFFF).multipliedFullWidth(by: lines << 24).high) &* lineSlots
    }
}
