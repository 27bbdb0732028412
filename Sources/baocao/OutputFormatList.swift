import ArgumentParser
import Foundation
import Pipeline

enum OutputFormatList {
    /// The formats' names, for help and error messages.
    static let names = OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")

    static func parse(_ text: String) throws -> [OutputFormat] {
        // An empty list would record documents as done with nothing written.
        guard text.contains(where: { $0 != "," && !$0.isWhitespace }) else {
            throw ValidationError("--format needs at least one format (txt, json, pages, md, body, csv)")
        }
        return try text.split(separator: ",").map { name in
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let format = OutputFormat(rawValue: trimmed) else {
                throw ValidationError("unknown format '\(trimmed)' (\(names))")
            }
            return format
        }
    }
}
