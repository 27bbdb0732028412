/// The files `baocao extract` writes, one per format, named after the input.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Page texts in reading order, each page ended by a form feed.
    case txt
    /// The structured document (`baocao.document/1`); page JSON until a structure stage is set.
    case json
    /// Pages with lines, boxes, fonts and OCR confidences (`baocao.pages/1`).
    case pages
    /// Markdown with pandoc footnotes.
    case md
    /// The clean body text, one paragraph per line, footnotes after it.
    case body
    /// The figures as CSV.
    case csv
    /// A workbook: the figures as numbers in one sheet, each table in a sheet of its own.
    case xlsx
    /// The review page: every page with its figures drawn on it, beside the figures table.
    case html

    public var fileExtension: String {
        switch self {
        case .txt: return "txt"
        case .json: return "json"
        case .pages: return "pages.json"
        case .md: return "md"
        case .body: return "body.txt"
        case .csv: return "csv"
        case .xlsx: return "xlsx"
        case .html: return "html"
        }
    }
}
