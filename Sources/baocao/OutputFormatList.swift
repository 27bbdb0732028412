import ArgumentParser
import Foundation
import Pipeline

enum OutputFormatList {
    static func parse(_ text: String) throws -> [OutputFormat] {
        try text.split(separator: ",").map { name in
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let format = OutputFormat(rawValue: trimmed) else {
                throw ValidationError("unknown format '\(trimmed)' (txt, json, pages, md, body, csv)")
            }
            return format
        }
    }
}
