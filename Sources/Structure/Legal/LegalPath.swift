import DocumentModel

/// The path of the unit a block stands in, by labels: "Chương II/Điều 7/1/a".
struct LegalPath {
    private var units: [(level: HeadingLevel, label: String)] = []

    /// A heading or item at `level` (Phần 0 … điểm 5) replaces everything at or below it.
    mutating func enter(level: HeadingLevel, label: String) {
        units.removeAll { $0.level >= level }
        units.append((level, label))
    }

    var path: String { units.map(\.label).joined(separator: "/") }
}
