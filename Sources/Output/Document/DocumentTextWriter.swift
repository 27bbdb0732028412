import DocumentModel

/// `body`: the clean text of the document, one paragraph per line (title lines, headings
/// with their labels, items with their markers, paragraphs, closing lines), then a blank
/// line and the footnotes, one per line as `[^N]: text`.
public enum DocumentTextWriter {
    public static func text(of document: Document) -> String {
        var lines = document.title.map(\.referencedText)
        for block in document.blocks {
            switch block.kind {
            case .heading: lines.append(BlockLabel.headingLine(block))
            case .item: lines.append([block.marker, block.referencedText].compactMap { $0 }.joined(separator: " "))
            case .paragraph, .closing: lines.append(block.referencedText)
            }
        }
        var text = lines.joined(separator: "\n") + "\n"
        if !document.footnotes.isEmpty {
            text += "\n" + document.footnotes.map { "\(FootnoteReference.mark($0.number)): \($0.referencedText)" }.joined(separator: "\n") + "\n"
        }
        return text
    }
}

/// A heading's label as the report writes it in front of the text:
/// "Phần thứ nhất", "I.", "1.", "1.1.", "1.1.1.", "a)".
enum BlockLabel {
    static func written(_ block: Block) -> String? {
        guard block.kind == .heading, let label = block.label, !label.isEmpty else { return nil }
        switch block.level {
        case .part: return label
        case .letter: return label + ")"
        default: return label + "."
        }
    }

    /// The heading line: written label and text.
    static func headingLine(_ block: Block) -> String {
        let text = block.referencedText
        return [written(block), text.isEmpty ? nil : text].compactMap { $0 }.joined(separator: " ")
    }
}
