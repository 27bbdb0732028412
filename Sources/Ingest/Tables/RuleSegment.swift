/// A ruling line of a page in points: a horizontal rule lies at `position` (its y) from
/// `start` to `end` along x; a vertical one at `position` (its x) from `start` to `end` along y.
struct RuleSegment: Sendable, Hashable {
    enum Axis: Sendable, Hashable { case horizontal, vertical }

    var axis: Axis
    var position: Double
    var start: Double
    var end: Double
    /// How thick the stroke is drawn, in points (erasing it for OCR takes all of it).
    var thickness: Double = 0

    var length: Double { end - start }

    /// Whether the two rules cross or touch, within `slack` points.
    func meets(_ other: RuleSegment, slack: Double) -> Bool {
        guard axis != other.axis else { return false }
        return other.position >= start - slack && other.position <= end + slack
            && position >= other.start - slack && position <= other.end + slack
    }

    /// How much of `start...end` along its own axis this rule covers.
    func overlap(from lower: Double, to upper: Double) -> Double {
        max(0, min(end, upper) - max(start, lower))
    }
}
