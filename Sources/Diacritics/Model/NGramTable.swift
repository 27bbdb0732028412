/// One open-addressing table of a memory-mapped model (see `NGramHashing` for the slots).
struct NGramTable {
    let slots: UnsafePointer<UInt32>
    let capacity: Int
    let step: Float

    @inline(__always)
    func score(_ key: UInt64, order: Int) -> Float? {
        guard capacity > 0 else { return nil }
        let hash = NGramHashing.hash(key, order: order)
        let fingerprint = NGramHashing.fingerprint(hash)
        var index = NGramHashing.bucket(hash, capacity: capacity)
        while true {
            let slot = slots[index]
            if slot == 0 { return nil }
            if slot >> 8 == fingerprint { return -Float(slot & 0xFF) * step }
            index += 1
            if index == capacity { index = 0 }
        }
    }
}
