/// What a table cell's text looks like, for every stage that reads cells.
public enum CellShape {
    /// A figure as tables print it: "742", "1.286", "91,0", "95,6%".
    public static func isNumber(_ text: String) -> Bool {
        var core = Substring(text)
        if core.last == "%" { core = core.dropLast() }
        guard let first = core.first, isDigit(first), let last = core.last, isDigit(last) else { return false }
        return core.allSatisfy { isDigit($0) || $0 == "." || $0 == "," }
    }

    /// The sign a table prints for nothing to report.
    public static func isBlank(_ text: String) -> Bool {
        text == "-" || text == "–" || text == "—"
    }

    private static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }
}
