import Foundation

/// `xlsx`: sheets written as an Excel workbook through libxlsxwriter, returned as bytes so
/// the file is written atomically like every other output (or printed to stdout).
public enum XLSXWriter {
    public static func data(_ sheets: [Sheet]) throws -> Data {
        // libxlsxwriter writes to a path: a private folder, gone once the bytes are read.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("workbook.xlsx").path
        let workbook = try Workbook(path: path)
        var names = SheetNames()
        for sheet in sheets {
            var named = sheet
            named.name = names.claim(sheet.name)
            try workbook.add(named)
        }
        try workbook.close()
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }
}

/// Sheet names as Excel accepts them: at most 31 characters, none of []:*?/\, unique
/// whatever their case ("Phụ lục 01", "Phụ lục 01 (2)").
struct SheetNames {
    static let longest = 31
    private var used = Set<String>()

    mutating func claim(_ wanted: String) -> String {
        let cleaned = String(wanted.map { "[]:*?/\\".contains($0) ? "-" : $0 })
            .trimmingCharacters(in: CharacterSet(charactersIn: "' ").union(.whitespacesAndNewlines))
        let base = cleaned.isEmpty ? "Sheet" : cleaned
        var name = String(base.prefix(Self.longest))
        var count = 1
        while used.contains(name.lowercased()) {
            count += 1
            let suffix = " (\(count))"
            name = String(base.prefix(Self.longest - suffix.count)) + suffix
        }
        used.insert(name.lowercased())
        return name
    }
}
