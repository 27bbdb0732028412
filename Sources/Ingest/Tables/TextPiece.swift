import DocumentModel

/// A run of text on one line of a text layer with no wide gap inside: the words of one cell,
/// or a line of running text.
struct TextPiece: Sendable {
    var box: Box
    var text: String

    var middle: Double { box.y + box.height / 2 }

    /// The pieces of one band (left to right) that stand apart from one another, the first of
    /// any that overlap.
    static func sideBySide(_ band: [TextPiece]) -> [TextPiece] {
        var apart: [TextPiece] = []
        var right = -Double.infinity
        for piece in band where piece.box.x > right {
            apart.append(piece)
            right = piece.box.maxX
        }
        return apart
    }
}
