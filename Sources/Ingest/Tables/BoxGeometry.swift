import DocumentModel

/// Where points and boxes of a page stand within a box.
extension Box {
    /// The middle of `other` lies inside this box.
    func contains(center other: Box) -> Bool {
        contains(x: other.x + other.width / 2, y: other.y + other.height / 2)
    }

    /// The point lies inside the box (its right and bottom edges belong to the next one).
    func contains(x px: Double, y py: Double) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }
}
