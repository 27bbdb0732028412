import Foundation

/// Paths to the committed sample report, test fixtures and shipped dictionaries, found from
/// this file's location, and fresh temporary places to write to.
package enum Fixtures {
    package static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    package static func sample(_ name: String) -> String { root.appendingPathComponent("Samples/\(name)").path }
    package static func fixture(_ name: String) -> String { root.appendingPathComponent("Tests/Fixtures/\(name)").path }
    package static func dictionary(_ name: String) -> URL { root.appendingPathComponent("Dictionaries/\(name)") }

    package static let digitalPDF = sample("bao-cao-mau.pdf")
    package static let scannedPDF = sample("bao-cao-mau-scan.pdf")

    /// A new empty directory of its own under the system's temporary directory.
    package static func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// A fresh batch: the folder `in` holding one UTF-8 file per name with its text, and the
    /// path of an output folder `out` beside it (not made).
    package static func batchFolder(_ files: KeyValuePairs<String, String>) throws -> (inputs: String, out: String) {
        let root = try temporaryDirectory()
        let inputs = (root as NSString).appendingPathComponent("in")
        try FileManager.default.createDirectory(atPath: inputs, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: URL(fileURLWithPath: (inputs as NSString).appendingPathComponent(name)))
        }
        return (inputs, (root as NSString).appendingPathComponent("out"))
    }

    /// Writes `data` to a fresh temporary file named `name` and returns its path.
    package static func temporaryFile(_ name: String, _ data: Data) throws -> String {
        let path = (try temporaryDirectory() as NSString).appendingPathComponent(name)
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    /// A program on the `PATH` that a test drives beside baocao (pandoc, a browser), nil when
    /// the machine has none: such a test says why it did not run.
    package static func tool(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
