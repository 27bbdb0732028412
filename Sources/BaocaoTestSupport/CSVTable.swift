/// A CSV file read as RFC 4180 says (quoted fields may hold commas, quotes and line breaks).
package struct CSVTable {
    package var header: [String] = []
    package var rows: [[String]] = []

    package init(_ text: String) {
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
    package var records: [[String: String]] {
        rows.map { Dictionary(zip(header, $0), uniquingKeysWith: { first, _ in first }) }
    }

    package func column(_ name: String) -> [String] { records.map { $0[name] ?? "" } }
}
