/// The dotted label path of the section a block stands in: "III", "III.4", "III.4.2",
/// "III.4.2.a". Numeric labels already carry their parents ("4.2"), so the path is the
/// roman part, the deepest numeric label and the letter.
struct SectionPath {
    private var labels: [Int: String] = [:]

    mutating func enter(_ heading: HeadingPattern) {
        labels[heading.level] = heading.label
        for deeper in (heading.level + 1)...6 { labels[deeper] = nil }
    }

    var path: String {
        var parts: [String] = []
        if let roman = labels[1] { parts.append(roman) }
        if let numeric = [4, 3, 2].lazy.compactMap({ labels[$0] }).first { parts.append(numeric) }
        if let letter = labels[5] { parts.append(letter) }
        if parts.isEmpty, let part = labels[0] { parts.append(part) }
        return parts.joined(separator: ".")
    }
}
