import Foundation

/// The project's shared data (`../shared` beside the checkout, as CI lays it out): real seeds
/// as other converters left them, and the bench cases with their gold.
package enum SharedData {
    package static let root = Fixtures.root.deletingLastPathComponent().appendingPathComponent("shared")

    /// The seed reports, sorted by name.
    package static func seeds() throws -> [URL] {
        let folder = root.appendingPathComponent("seeds")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .filter { $0.hasSuffix(".txt") }
            .map { folder.appendingPathComponent($0) }
    }

    /// `bench/cases/NAME.KIND` (`stripped.txt`, `ocr-eng.txt`, `pages.txt`, `digital.pdf`, …).
    package static func benchCase(_ name: String, _ kind: String) -> URL {
        root.appendingPathComponent("bench/cases/\(name).\(kind)")
    }

    /// The gazette PDFs (`pdfs/*.pdf`): decrees, decisions and laws, sorted by name.
    package static func gazettes() throws -> [URL] {
        let folder = root.appendingPathComponent("pdfs")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .filter { $0.hasSuffix(".pdf") }
            .map { folder.appendingPathComponent($0) }
    }

    package static let reportCases = ["s000", "s002", "s003", "s004", "t001", "t002"]

    /// The gold petition figures of one bench case (`bench/figures.gold.csv`).
    package static func goldFigures(of name: String) throws -> [[String: String]] {
        let text = try String(contentsOf: root.appendingPathComponent("bench/figures.gold.csv"), encoding: .utf8)
        return CSVTable(text).records.filter { $0["doc"] == name }
    }
}
