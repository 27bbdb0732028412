public enum SpreadsheetError: Error, Equatable, CustomStringConvertible {
    case cannotCreate(String)
    case cannotAddSheet(String)
    case cannotWrite(String)

    public var description: String {
        switch self {
        case .cannotCreate(let path): return "cannot create the workbook \(path)"
        case .cannotAddSheet(let name): return "cannot add the sheet '\(name)'"
        case .cannotWrite(let reason): return "cannot write the workbook: \(reason)"
        }
    }
}
