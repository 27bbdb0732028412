import DocumentModel

/// `body`: the clean text of the document, one paragraph per line (title lines, headings
/// with their labels, items with their markers, paragraphs, closing lines), then a blank
/// line and the footnotes, one per line as `[^N]: text`.
public enum DocumentTextWriter {
    public static func text(of document: Document) -> String {
        var lines = document.title
        for block in document.blocks {
            switch block.kind {
            case .heading: lines.append(BlockLabel.headingLine(block))
            case .item: lines.append([block.marker ?? BlockLabel.written(block), block.text].compactMap { $0 }.joined(separator: " "))
            case .paragraph, .closing: lines.append(block.text)
            }
        }
        var text = lines.joined(separator: "\n") + "\n"
        if !document.footnotes.isEmpty {
            text += "\n" + document.footnotes.map { "[^\($0.number)]: \($0.text)" }.joined(separator: "\n") + "\n"
        }
        return text
    }
}

/// A heading's or a labelled item's label as the document writes it in front of the text:
/// "Phần thứ nhất", "I.", "1.", "1.1.", "1.1.1.", "a)"; "Chương II", "Điều 5.", "Phụ lục I".
enum BlockLabel {
    static func written(_ block: Block) -> String? {
        guard block.kind != .paragraph, block.kind != .closing, let label = block.label, !label.isEmpty else { return nil }
        // A legal unit's label is a word and its number: "Chương II", "Điều 5.", "Phụ lục I".
        if label.contains(" ") { return label.hasPrefix("Điều") ? label + "." : label }
        switch block.level {
        case 0: return label
        case 5: return label + ")"
        default: return label + "."
        }
    }

    /// The heading line: written label and text.
    static func headingLine(_ block: Block) -> String {
        [written(block), block.text.isEmpty ? nil : block.text].compactMap { $0 }.joined(separator: " ")
    }
}
