import Foundation

/// The run manifest as the tests read it: the latest entry of each input, by file name.
package struct ManifestLine: Decodable {
    package var input: String
    package var status: String
    package var error: String?
    package var fault: String?
    package var notices: [String]?

    package static func latest(in out: String) throws -> [String: ManifestLine] {
        let text = try String(contentsOfFile: "\(out)/manifest.jsonl", encoding: .utf8)
        var latest: [String: ManifestLine] = [:]
        for line in text.split(separator: "\n") {
            guard let entry = try? JSONDecoder().decode(ManifestLine.self, from: Data(line.utf8)) else { continue }
            latest[(entry.input as NSString).lastPathComponent] = entry
        }
        return latest
    }
}
