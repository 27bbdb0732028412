/// One open-addressing table of a memory-mapped model (see `NGramHashing` for the slots).
struct NGramTable {
    let slots: UnsafePointer<UInt32>
    let capacity: Int
    let step: Float

    /// A lookup split in two: `start` hashes and reads the first slot, `finish` probes on.
    /// Starting the lookups of every order before finishing any lets their cache misses overlap.
    /// A fingerprint of 0 (which no slot holds) marks a lookup never started.
    struct Probe {
        var fingerprint: UInt32
        var first: UInt32
        var index: Int
        /// The first slot of the next line when the first slot's line is full (see `readFirstSlots`).
        var lineAhead: UInt32 = 0

        static let none = Probe(fingerprint: 0, first: 0, index: 0)
        var isStarted: Bool { fingerprint != 0 }
    }

    /// `Probe.none` when the table is empty.
    @inline(__always)
    func start(_ key: UInt64, order: Int) -> Probe {
        var probe = locate(key, order: order)
        if probe.isStarted { probe.first = slots[probe.index] }
        return probe
    }

    /// A probe whose first slot is not read yet (see `readFirstSlots`).
    @inline(__always)
    func locate(_ key: UInt64, order: Int) -> Probe {
        guard capacity > 0 else { return .none }
        let hash = NGramHashing.hash(key, order: order)
        return Probe(fingerprint: NGramHashing.fingerprint(hash), first: 0, index: NGramHashing.home(hash, capacity: capacity))
    }

    /// Reads the first slot of many located probes in a loop that does little else: a read
    /// that misses the cache holds up every instruction after it until it completes, so the
    /// fewer instructions per read, the more reads the CPU keeps waiting at once.
    ///
    /// A lookup starts at a line start and reads on into the next line only when its own line
    /// is full (about one line in four at the tables' load of 0.8; see `NGramHashing`). The
    /// loop reads that next line too when the line's last slot is filled, so those reads
    /// overlap as well instead of each stalling the walk in `finish`. It reads without a branch
    /// (a probe whose line has room reads its own line again): which lines are full follows no
    /// pattern the branch predictor could learn. The second read waits for the first, but the
    /// probes after it do not wait for either.
    @inline(__always)
    func readFirstSlots(_ probes: UnsafeMutablePointer<Probe>, count: Int) {
        let lineSlots = NGramHashing.lineSlots
        for index in 0..<count where probes[index].isStarted {
            let slot = probes[index].index
            probes[index].first = slots[slot]
            let next = slot + lineSlots == capacity ? 0 : slot + lineSlots
            probes[index].lineAhead = slots[slots[slot + lineSlots - 1] == 0 ? slot : next]
        }
    }

    /// The score of a started probe's n-gram, nil when the table does not hold it: the walk
    /// from its first slot to the slot holding its fingerprint or to an empty one.
    ///
    /// The walk looks at a whole line at once. Every n-gram that lands in a line, from its own
    /// line or run over from the one before, takes the first empty slot from the line's start,
    /// so a line's filled slots come first: the first slot matching the fingerprint comes
    /// before any empty one, and a line whose last slot is empty ends the walk. The 16
    /// comparisons become a 16-bit mask (one bit per slot, summed) whose lowest bit is the
    /// first match, with no branch per slot: hits lie anywhere in their line, and walking it
    /// four slots at a time took more instructions than the lookups' cache misses saved.
    @inline(__always)
    func finish(_ probe: Probe) -> Float? {
        // The first slot, read already: an empty line and a hit in the first slot end here.
        if probe.first == 0 { return nil }
        if probe.first >> 8 == probe.fingerprint { return score(probe.first) }
        let fingerprints = SIMD16<UInt32>(repeating: probe.fingerprint)
        let laneBits = SIMD16<UInt32>(1 << 0, 1 << 1, 1 << 2, 1 << 3, 1 << 4, 1 << 5, 1 << 6, 1 << 7,
                                      1 << 8, 1 << 9, 1 << 10, 1 << 11, 1 << 12, 1 << 13, 1 << 14, 1 << 15)
        var index = probe.index
        while true {
            let line = UnsafeRawPointer(slots + index).loadUnaligned(as: SIMD16<UInt32>.self)
            let matches = SIMD16<UInt32>.zero.replacing(with: laneBits, where: line &>> 8 .== fingerprints).wrappedSum()
            if matches != 0 { return score(slots[index + matches.trailingZeroBitCount]) }
            if line[NGramHashing.lineSlots - 1] == 0 { return nil }
            index = index + NGramHashing.lineSlots == capacity ? 0 : index + NGramHashing.lineSlots
        }
    }

    @inline(__always)
    private func score(_ slot: UInt32) -> Float {
        -Float(slot & 0xFF) * step
    }
}
