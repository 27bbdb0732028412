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
            case .item:
                lines.append([block.marker ?? BlockLabel.written(block), block.referencedText].compactMap { $0 }.joined(separator: " "))
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
