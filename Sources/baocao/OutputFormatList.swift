import ArgumentParser
import Foundation
import Pipeline

enum OutputFormatList {
    /// The formats' names, for help and error messages.
    static let names = OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")

    static func parse(_ text: String) throws -> [OutputFormat] {
        // An empty list would record documents as done with nothing written.
        guard text.contains(where: { $0 != "," && !$0.isWhitespace }) else {
            throw ValidationError("--format needs at least one format (\(names))")
        }
        return try text.split(separator: ",").map { name in
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let format = format(named: trimmed) else {
                throw ValidationError("unknown format '\(trimmed)' (\(names))")
            }
            return format
        }
    }

    /// A format by its name in any case ("JSON"), by its long name ("markdown", "text") or by
    /// the extension of the file it writes ("pages.json", "body.txt"): users type what they
    /// see in their output folder.
    static func format(named name: String) -> OutputFormat? {
        let key = name.lowercased()
        return OutputFormat(rawValue: key) ?? longNames[key] ?? OutputFormat.allCases.first { $0.fileExtension == key }
    }

    private static let longNames: [String: OutputFormat] = ["markdown": .md, "text": .txt]
}
