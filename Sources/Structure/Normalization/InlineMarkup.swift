import Foundation

/// Converter markup in plain text input: Markdown emphasis and headings, escaped
/// asterisks, LaTeX remnants (`$1.425/8.691 = 16,4\%$`).
struct InlineMarkup {
    /// The text without markup.
    var text: String
    /// The line was a Markdown heading (`## …`).
    var markdownHeading: Bool
    /// The whole line was bold (`**…**`).
    var wholeBold: Bool

    init(_ raw: String) {
        var line = raw.trimmingWhitespace()
        markdownHeading = line.hasPrefix("#")
        if markdownHeading { line = String(line.drop { $0 == "#" }).trimmingWhitespace() }
        wholeBold = line.count > 4 && line.hasPrefix("**") && line.hasSuffix("**")
        line = line.replacingOccurrences(of: "\\*", with: "*")
        line = InlineMarkup.removeLatex(line)
        line = line.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        line = InlineMarkup.removeItalicStars(line)
        text = line.collapsingSpaces()
    }

    /// `$a = 16,4\%$` → `a = 16,4%`.
    static func removeLatex(_ line: String) -> String {
        guard line.contains("$") else { return line }
        var out = "", inMath = false
        for character in line {
            if character == "$" {
                inMath.toggle()
            } else if !(inMath && character == "\\") {
                out.append(character)
            }
        }
        return out
    }

    /// `*nghiêm túc*` → `nghiêm túc`; a leading `* ` bullet stays.
    static func removeItalicStars(_ line: String) -> String {
        guard line.contains("*") else { return line }
        let characters = Array(line)
        var out = ""
        for (i, character) in characters.enumerated() {
            if character == "*" {
                let isBullet = i == 0 && characters.count > 1 && characters[1] == " "
                if isBullet { out.append(character) }
                continue
            }
            out.append(character)
        }
        return out
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }

    /// Runs of whitespace become one space; ends trimmed.
    func collapsingSpaces() -> String {
        if ScalarText.holds(self) { return ScalarText.collapsingSpaces(self) }
        return split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
