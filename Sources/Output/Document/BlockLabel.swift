import DocumentModel

/// A heading's or a labelled item's label as the document writes it in front of the text:
/// "Phần thứ nhất", "I.", "1.", "1.1.", "1.1.1.", "a)"; "Chương II", "Điều 5.", "Phụ lục I".
enum BlockLabel {
    static func written(_ block: Block) -> String? {
        guard block.kind == .heading || block.kind == .item, let label = block.label, !label.isEmpty else { return nil }
        // A legal unit's label is a word and its number: "Chương II", "Điều 5.", "Phụ lục I".
        if label.contains(" ") { return label.hasPrefix("Điều") ? label + "." : label }
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
