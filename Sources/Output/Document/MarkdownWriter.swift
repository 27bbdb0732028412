import DocumentModel

/// `md`: the document as Markdown. The metadata first as a YAML block pandoc reads, title
/// lines in bold, headings by level (level 0 is `#`, level 5 is `######`), list items as `-`
/// bullets, tables as pipe tables, footnotes as pandoc footnotes: `[^N]` in the text and
/// `[^N]: text` at the end.
public enum MarkdownWriter {
    public static func text(of document: Document) -> String {
        var parts: [String] = []
        if let meta = document.meta { parts.append(FrontMatter.yaml(of: meta)) }
        if !document.title.isEmpty {
            parts.append(document.title.map { "**\(escapeInline($0.referencedText))**" }.joined(separator: "  \n"))
        }
        for (index, block) in document.blocks.enumerated() {
            switch block.kind {
            case .heading:
                let level = (block.level ?? .roman).rawValue + 1
                parts.append(String(repeating: "#", count: level) + " " + escapeInline(BlockLabel.headingLine(block)))
            case .item:
                if block.marker == nil, let label = BlockLabel.written(block) {
                    // A clause or point keeps its own label: "1." "a)" are Markdown list markers.
                    parts.append(escapeInline(label) + " " + escapeInline(block.text))
                    continue
                }
                let marker = ["-", "+", "*"].contains(block.marker ?? "-") ? (block.marker ?? "-") : "-"
                parts.append(marker + " " + escapeInline(block.referencedText))
            case .paragraph, .closing:
                parts.append(escapeLineStart(escapeInline(block.referencedText)))
            case .table:
                if let table = block.table {
                    let previous = TableRendering.neighbours(of: index, in: document.blocks)
                    parts.append(TableRendering.markdown(table, after: previous, escape: escapeInline))
                }
            }
        }
        if !document.footnotes.isEmpty {
            parts.append(document.footnotes.map { "\(FootnoteReference.mark($0.number)): \(escapeInline($0.referencedText))" }.joined(separator: "\n"))
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// Emphasis characters would turn into formatting; footnote calls `[^N]` stay as they are.
    static func escapeInline(_ text: String) -> String {
        var out = ""
        for character in text {
            if "*_`<>".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// A paragraph that starts like a list or a heading ("2. Tăng cường…", "- …", "# …")
    /// must stay a paragraph.
    static func escapeLineStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        if "-+#>".contains(first) { return "\\" + text }
        let digits = text.prefix { $0.isNumber }
        if !digits.isEmpty, let after = text.dropFirst(digits.count).first, after == "." || after == ")" {
            return digits + "\\" + text.dropFirst(digits.count)
        }
        return text
    }
}
