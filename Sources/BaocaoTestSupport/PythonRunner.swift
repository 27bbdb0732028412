import Foundation

/// Runs the repository's Python checks (schema/validate.py, scripts/xlsx-dump.py) with the
/// Debian python3 `make test-deps` installs the modules for (python3-jsonschema,
/// python3-openpyxl), else the first python3 on PATH.
package enum PythonRunner {
    package static let executable: URL? = {
        let candidates = ["/usr/bin/python3"]
            + (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/python3" }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }.map(URL.init(fileURLWithPath:))
    }()

    package static var isAvailable: Bool { executable != nil }

    package struct Failure: Error, CustomStringConvertible {
        package var description: String
    }

    /// The script's stdout; a non-zero exit throws with what it printed.
    package static func run(_ script: String, _ arguments: [String]) throws -> String {
        guard let executable else { throw Failure(description: "python3 is not installed") }
        let process = Process()
        process.executableURL = executable
        process.arguments = [Fixtures.root.appendingPathComponent(script).path] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        let status = ChildExit.status(of: process)
        let text = String(decoding: stdout, as: UTF8.self)
        guard status == 0 else {
            throw Failure(description: "\(script) exited \(status): \(text) \(String(decoding: stderr, as: UTF8.self))")
        }
        return text
    }
}
