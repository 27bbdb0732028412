import VietnameseText

/// Tesseract's Vietnamese model reads the superscript of an area unit as a question mark, a
/// degree sign or a "Ỷ" ("3.895 km?;", "151.024 m? đất", "2.415 m° đất", "520.362 mỶ;"):
/// after a number, such a mark on a unit that has a square is the "²" it lost (no word is a
/// unit's letters followed by "ỷ"). One scalar for one, so every other scalar keeps its place (word boxes
/// are kept by position through restoration).
enum SquareUnitRepair {
    static let misreadSquares: Set<Unicode.Scalar> = ["?", "°", "Ỷ", "ỷ"]
    static let square: Unicode.Scalar = "²"

    /// Units written with a square ("m", "km"): those whose "…2" spelling is a unit.
    static let squaredUnits: Set<String> = Set(MeasureUnits.words.compactMap { word in
        word.hasSuffix("2") ? String(word.dropLast()) : nil
    })

    static func apply(_ scalars: inout [Unicode.Scalar]) {
        for mark in scalars.indices where misreadSquares.contains(scalars[mark]) && isSquareMark(scalars, at: mark) {
            scalars[mark] = square
        }
    }

    /// A unit's letters just before the mark, a number before them (a space between allowed),
    /// and no letter or digit right after it.
    static func isSquareMark(_ scalars: [Unicode.Scalar], at mark: Int) -> Bool {
        if mark + 1 < scalars.count, TextPieces.isLetter(scalars[mark + 1]) || ScalarClass.isDigit(scalars[mark + 1]) {
            return false
        }
        var start = mark
        while start > 0, TextPieces.isLetter(scalars[start - 1]) { start -= 1 }
        guard start < mark, squaredUnits.contains(String(scalarsOf: scalars[start..<mark]).lowercased()) else { return false }
        var before = start - 1
        if before >= 0, scalars[before] == " " { before -= 1 }
        return before >= 0 && ScalarClass.isDigit(scalars[before])
    }
}
