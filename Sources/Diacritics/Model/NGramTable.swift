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
        /// The first slot of the cache line after the first slot's (see `readFirstSlots`).
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
        return Probe(fingerprint: NGramHashing.fingerprint(hash), first: 0, index: NGramHashing.bucket(hash, capacity: capacity))
    }

    /// Reads the first slot of many located probes in a loop that does little else: a read
    /// that misses the cache holds up every instruction after it until it completes, so the
    /// fewer instructions per read, the more reads the CPU keeps waiting at once.
    ///
    /// A lookup that misses walks on from its first slot until an empty one: about a dozen slots
    /// at the tables' load of 0.8, so it often runs into the next cache line, and that read
    /// stalled the walk in `finish` (a third of the scoring time). The next line is read here
    /// too, alongside the others, unless the first slot leaves most of its own line to walk.
    @inline(__always)
    func readFirstSlots(_ probes: UnsafeMutablePointer<Probe>, count: Int) {
        for index in 0..<count where probes[index].isStarted {
            let slot = probes[index].index
            probes[index].first = slots[slot]
            let toLineEnd = (Self.lineBytes - Int(bitPattern: UInt(bitPattern: slots + slot) % UInt(Self.lineBytes))) / 4
            if toLineEnd <= Self.walkAheadSlots && slot + toLineEnd < capacity {
                probes[index].lineAhead = slots[slot + toLineEnd]
            }
        }
    }

    static let lineBytes = 64
    /// A first slot this close to the end of its line (in slots) reads the next line ahead.
    static let walkAheadSlots = 12

    @inline(__always)
    func finish(_ probe: Probe) -> Float? {
        var slot = probe.first
        var index = probe.index
        while true {
            if slot == 0 { return nil }
            if slot >> 8 == probe.fingerprint { return -Float(slot & 0xFF) * step }
            index += 1
            if index == capacity { index = 0 }
            slot = slots[index]
        }
    }
}
