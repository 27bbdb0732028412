import DocumentModel

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
