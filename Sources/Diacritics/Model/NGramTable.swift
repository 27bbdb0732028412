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
    /// is full (about one line in four at the tables' load of 0.8; see `NGramHashing`). A
    /// second loop reads that next line for every probe whose line is full, so those reads
    /// overlap too instead of each stalling the walk in `finish`. It reads without a branch
    /// (a probe whose line has room reads its own line again, already cached): which lines are
    /// full follows no pattern the branch predictor could learn.
    @inline(__always)
    func readFirstSlots(_ probes: UnsafeMutablePointer<Probe>, count: Int) {
        for index in 0..<count where probes[index].isStarted {
            probes[index].first = slots[probes[index].index]
        }
        let lineSlots = NGramHashing.lineSlots
        for index in 0..<count where probes[index].isStarted {
            let slot = probes[index].index
            let next = slot + lineSlots == capacity ? 0 : slot + lineSlots
            probes[index].lineAhead = slots[slots[slot + lineSlots - 1] == 0 ? slot : next]
        }
    }

    /// The score of a started probe's n-gram, nil when the table does not hold it: the walk
    /// from its first slot to the slot holding its fingerprint or to an empty one.
    ///
    /// A lookup that misses walks about a dozen slots, so the walk looks at four slots per
    /// step (one 16-byte load and two comparisons, SSE2 on every x86-64) instead of one: it
    /// was most of the instructions spent scoring. The four slots are read only when all lie
    /// before the table's end; the last few before it are walked one by one, then the walk
    /// wraps to slot 0 as before.
    @inline(__always)
    func finish(_ probe: Probe) -> Float? {
        // The first slot, read already: every hit near its bucket and many misses end here.
        if probe.first == 0 { return nil }
        if probe.first >> 8 == probe.fingerprint { return score(probe.first) }
        let fingerprints = SIMD4<UInt32>(repeating: probe.fingerprint)
        var index = probe.index + 1
        while true {
            while index + 4 <= capacity {
                let four = UnsafeRawPointer(slots + index).loadUnaligned(as: SIMD4<UInt32>.self)
                let stops = (four .== SIMD4<UInt32>.zero) .| (four &>> 8 .== fingerprints)
                if any(stops) {
                    // The first stop decides, as one slot at a time would.
                    for lane in 0..<4 where stops[lane] { return four[lane] == 0 ? nil : score(four[lane]) }
                }
                index += 4
            }
            if index == capacity {
                index = 0
                continue
            }
            let slot = slots[index]
            if slot == 0 { return nil }
            if slot >> 8 == probe.fingerprint { return score(slot) }
            index += 1
        }
    }

    @inline(__always)
    private func score(_ slot: UInt32) -> Float {
        -Float(slot & 0xFF) * step
    }
}
