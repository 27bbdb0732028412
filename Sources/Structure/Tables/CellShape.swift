/// What a table cell's text looks like.
enum CellShape {
    /// A figure as tables print it: "742", "1.286", "91,0", "95,6%".
    static func isNumber(_ text: String) -> Bool {
        var core = Substring(text)
        if core.last == "%" { core = core.dropLast() }
        guard let first = core.first, first.isASCIIDigit, let last = core.last, last.isASCIIDigit else { return false }
        return core.allSatisfy { $0.isASCIIDigit || $0 == "." || $0 == "," }
    }
}
