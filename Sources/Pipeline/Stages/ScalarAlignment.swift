/// Where each position of a text went in an edited copy of it, from a longest common
/// subsequence of their scalars. A run of removed and added scalars between two kept ones is
/// read as replacements first ("hoà" → "hòa"), then as what was removed or added over.
struct ScalarAlignment {
    /// The new position of every old position, 0 through the old count.
    private let positions: [Int]

    /// Two lines' differing middles longer than this are not aligned (nil): the table grows with
    /// the product of their lengths.
    static let cellLimit = 1 << 20

    init?(from old: [Unicode.Scalar], to new: [Unicode.Scalar]) {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] {
            suffix += 1
        }
        let a = old[prefix..<(old.count - suffix)], b = new[prefix..<(new.count - suffix)]
        guard (a.count + 1) * (b.count + 1) <= Self.cellLimit else { return nil }
        let middle = Self.middlePositions(Array(a), Array(b))
        positions = Array(0..<prefix) + middle.map { $0 + prefix } + (0..<suffix).map { new.count - suffix + 1 + $0 }
    }

    func position(of oldPosition: Int) -> Int { positions[oldPosition] }

    /// New positions of old positions 0...a.count (the suffix's start included).
    private static func middlePositions(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> [Int] {
        let width = b.count + 1
        // common[i * width + j]: length of a longest common subsequence of a[i...] and b[j...].
        var common = [Int32](repeating: 0, count: (a.count + 1) * width)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                common[i * width + j] = a[i] == b[j]
                    ? common[(i + 1) * width + j + 1] + 1 : max(common[(i + 1) * width + j], common[i * width + j + 1])
            }
        }
        var positions: [Int] = []
        positions.reserveCapacity(a.count + 1)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j], common[i * width + j] == common[(i + 1) * width + j + 1] + 1 {
                positions.append(j)
                i += 1
                j += 1
                continue
            }
            // A run of changes up to the next kept scalar: removed (i…) and added (j…).
            let (blockI, blockJ) = (i, j)
            while i < a.count || j < b.count {
                if i < a.count, j < b.count, a[i] == b[j], common[i * width + j] == common[(i + 1) * width + j + 1] + 1 { break }
                if j == b.count || (i < a.count && common[(i + 1) * width + j] >= common[i * width + j + 1]) {
                    i += 1
                } else {
                    j += 1
                }
            }
            let added = j - blockJ
            for removed in 0..<(i - blockI) { positions.append(blockJ + min(removed, added)) }
        }
        positions.append(b.count)
        return positions
    }
}
