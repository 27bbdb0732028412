/// How deep a heading stands, by the numbering Vietnamese reports give it. The JSON writes
/// the raw value.
public enum HeadingLevel: Int, Sendable, Codable, CaseIterable, Comparable {
    /// "Phần thứ nhất"
    case part = 0
    /// "I.", "II-"
    case roman = 1
    /// "1."
    case number = 2
    /// "1.1."
    case subnumber = 3
    /// "1.1.1."
    case subsubnumber = 4
    /// "a)"
    case letter = 5

    /// The level of a decimal numbering of `parts` numbers: "1." 1, "1.1." 2, "1.1.1." 3.
    public init?(decimalParts parts: Int) {
        switch parts {
        case 1: self = .number
        case 2: self = .subnumber
        case 3: self = .subsubnumber
        default: return nil
        }
    }

    /// The levels below this one.
    public var deeper: [HeadingLevel] { HeadingLevel.allCases.filter { $0 > self } }

    public static func < (lhs: HeadingLevel, rhs: HeadingLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}
