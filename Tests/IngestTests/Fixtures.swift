import Foundation

/// Paths to the committed sample report and test fixtures, found from this file's location.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func sample(_ name: String) -> String { root.appendingPathComponent("Samples/\(name)").path }
    static func fixture(_ name: String) -> String { root.appendingPathComponent("Tests/Fixtures/\(name)").path }

    static let digitalPDF = sample("bao-cao-mau.pdf")
    static let scannedPDF = sample("bao-cao-mau-scan.pdf")
    static let sampleText = sample("bao-cao-mau.txt")

    /// Writes `data` to a fresh temporary file named `name` and returns its path.
    static func temporaryFile(_ name: String, _ data: Data) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }
}
