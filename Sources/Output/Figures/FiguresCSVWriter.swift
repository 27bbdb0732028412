import DocumentModel
import Foundation

/// Writes figures as CSV: RFC 4180 (comma separated, CRLF line ends, fields with a comma, quote
/// or line break quoted, quotes doubled), UTF-8, one header row.
public enum FiguresCSVWriter {
    /// The columns, in the order of the contract.
    public static let columns = [
        "doc", "page", "section", "section_title", "footnote", "measure", "type", "scope", "value", "denominator",
        "unit", "subject", "raw", "sentence", "confidence",
    ]

    /// Columns `extract` adds after the contract's for each document's rows: the document's
    /// number and ISO date, empty when unknown. `figures` keeps the contract's columns alone.
    public static let documentColumns = ["number", "date"]

    /// The UTF-8 byte order mark Excel needs to read the file as UTF-8.
    public static let byteOrderMark = Data([0xEF, 0xBB, 0xBF])

    /// The whole file; `excel` puts a byte order mark in front.
    public static func data(_ figures: [Figure], excel: Bool = false) -> Data {
        var data = excel ? byteOrderMark : Data()
        data.append(Data(text(figures).utf8))
        return data
    }

    public static func text(_ figures: [Figure]) -> String {
        var lines = [record(columns)]
        lines += figures.map { record(fields(of: $0)) }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// One document's figures with its number and date after the contract's columns.
    public static func documentData(_ document: Document) -> Data {
        let extra = [document.meta?.number ?? "", document.meta?.date?.iso ?? ""]
        var lines = [record(columns + documentColumns)]
        lines += document.figures.map { record(fields(of: $0) + extra) }
        return Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    static func fields(of figure: Figure) -> [String] {
        [
            figure.doc, String(figure.page), figure.section, figure.sectionTitle, figure.footnote.map(String.init) ?? "",
            figure.measure.rawValue, figure.type.rawValue, figure.scope, value(of: figure), figure.denominator.map(decimal) ?? "",
            figure.unit, figure.subject, figure.raw, figure.sentence, decimal(figure.confidence),
        ]
    }

    /// The value column: its exact digits when a Double cannot hold them, else `decimal`.
    public static func value(of figure: Figure) -> String {
        figure.exactValue.map { "\($0)" } ?? decimal(figure.value)
    }

    /// Plain decimal with "." and no exponent or grouping: 3547, 1185.8, 14.26.
    public static func decimal(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    static func record(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",")
    }

    static func quoted(_ field: String) -> String {
        // Scalars, not characters: "\r\n" is one Character and equals neither "\r" nor "\n".
        guard field.unicodeScalars.contains(where: { "\",\r\n".unicodeScalars.contains($0) }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
