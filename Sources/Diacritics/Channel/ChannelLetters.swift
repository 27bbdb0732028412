import VietnameseText

/// Dense numbering of the letters that occur in the syllable inventory (both cases), so the
/// per-token cost table is an array indexed by letter rather than a dictionary.
struct ChannelLetters: Sendable {
    private var ids: [UInt32: Int] = [:]
    private var scalars: [Unicode.Scalar] = []
    private var lowercased: [Unicode.Scalar] = []
    private var bares: [Unicode.Scalar] = []

    init<S: Sequence>(syllables: S) where S.Element == String {
        for syllable in syllables {
            for scalar in syllable.unicodeScalars {
                add(scalar)
                for upper in String(scalar).uppercased().unicodeScalars { add(upper) }
            }
        }
    }

    var count: Int { scalars.count }

    func scalar(_ id: Int) -> Unicode.Scalar { scalars[id] }

    func id(_ scalar: Unicode.Scalar) -> Int? { ids[scalar.value] }

    func lowercase(_ id: Int) -> Unicode.Scalar { lowercased[id] }

    func bare(_ id: Int) -> Unicode.Scalar { bares[id] }

    /// Letter ids of a (cased) syllable, nil when it has a letter outside the inventory.
    func ids(of text: String) -> [Int]? {
        var result: [Int] = []
        for scalar in text.unicodeScalars {
            guard let id = ids[scalar.value] else { return nil }
            result.append(id)
        }
        return result
    }

    private mutating func add(_ scalar: Unicode.Scalar) {
        guard ids[scalar.value] == nil else { return }
        ids[scalar.value] = scalars.count
        scalars.append(scalar)
        lowercased.append(Self.lowercase(scalar))
        bares.append(Self.bare(scalar))
    }

    static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let lower = String(scalar).lowercased().unicodeScalars
        return lower.count == 1 ? lower.first ?? scalar : scalar
    }

    /// The bare ASCII letter under every mark ("ộ" → "o", "Đ" → "d"); other scalars unchanged.
    static func bare(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if let entry = LetterTable.entry(scalar) { return Unicode.Scalar(entry.plain) }
        return lowercase(scalar)
    }
}
