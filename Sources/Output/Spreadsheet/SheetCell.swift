/// One cell of a spreadsheet: numbers stay numbers, whatever locale opens the file.
public enum SheetCell: Sendable, Equatable {
    case empty
    case text(String)
    case number(Double)
    /// A share, stored as its fraction (0.956) and shown as a percentage with `decimals` digits.
    case percent(Double, decimals: Int)
}
