import Foundation

/// The project's shared data (`../shared` beside the checkout, as CI lays it out): real seeds
/// as other converters left them, and the bench cases with their gold.
enum SharedData {
    static let root = BaocaoRunner.root.deletingLastPathComponent().appendingPathComponent("shared")

    /// The seed reports, sorted by name.
    static func seeds() throws -> [URL] {
        let folder = root.appendingPathComponent("seeds")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .filter { $0.hasSuffix(".txt") }
            .map { folder.appendingPathComponent($0) }
    }

    /// `bench/cases/NAME.KIND` (`stripped.txt`, `ocr-eng.txt`, `pages.txt`, `digital.pdf`, …).
    static func benchCase(_ name: String, _ kind: String) -> URL {
        root.appendingPathComponent("bench/cases/\(name).\(kind)")
    }

    static let reportCases = ["s000", "s002", "s003", "s004", "t001", "t002"]

    /// The gold petition figures of one bench case (`bench/figures.gold.csv`).
    static func goldFigures(of name: String) throws -> [[String: String]] {
        let text = try String(contentsOf: root.appendingPathComponent("bench/figures.gold.csv"), encoding: .utf8)
        return CSVTable(text).records.filter { $0["doc"] == name }
    }
}

/// A CSV file read as RFC 4180 says (quoted fields may hold commas, quotes and line breaks).
struct CSVTable {
    var header: [String] = []
    var rows: [[String]] = []

    init(_ text: String) {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = iterator.next()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"": quoted = true
            case ",":
                row.append(field)
                field = ""
            case "\r": break
            case "\n":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            case "\u{FEFF}" where rows.isEmpty && row.isEmpty && field.isEmpty: break
            default: field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        header = rows.first ?? []
        self.rows = Array(rows.dropFirst())
    }

    /// Each row as a dictionary keyed by the header.
    var records: [[String: String]] {
        rows.map { Dictionary(zip(header, $0), uniquingKeysWith: { first, _ in first }) }
    }

    func column(_ name: String) -> [String] { records.map { $0[name] ?? "" } }
}

/// The words of a text, lower-cased NFC, letters only: what the end-to-end tests compare.
func lowercaseWords(_ text: String) -> [String] {
    text.precomposedStringWithCanonicalMapping.lowercased()
        .split { !$0.isLetter }
        .map(String.init)
}
