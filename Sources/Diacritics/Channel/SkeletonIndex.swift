/// The valid-syllable inventory indexed by skeleton key and every one-deletion of it, so the
/// syllables within one folded edit of an OCR token are a few dictionary reads away.
struct SkeletonIndex: Sendable {
    let syllables: [String]
    private let entries: [[UInt8]: [Int32]]

    init(syllables: [String]) {
        self.syllables = syllables
        var entries: [[UInt8]: [Int32]] = [:]
        for (id, syllable) in syllables.enumerated() {
            for key in SkeletonKey.neighbourhood(SkeletonKey.key(syllable)) {
                entries[key, default: []].append(Int32(id))
            }
        }
        self.entries = entries
    }

    /// Ids of the syllables whose skeleton is within one edit of any of the query keys.
    func lookup(_ keys: [[UInt8]]) -> Set<Int32> {
        var found: Set<Int32> = []
        for key in keys {
            for variant in SkeletonKey.neighbourhood(key) {
                if let ids = entries[variant] { found.formUnion(ids) }
            }
        }
        return found
    }
}

extension SkeletonIndex {
    /// Id of a syllable of the inventory, by binary search (the inventory is sorted).
    func id(of syllable: String) -> Int32? {
        var low = 0
        var high = syllables.count
        while low < high {
            let middle = (low + high) / 2
            if syllables[middle] < syllable { low = middle + 1 } else { high = middle }
        }
        return low < syllables.count && syllables[low] == syllable ? Int32(low) : nil
    }
}
