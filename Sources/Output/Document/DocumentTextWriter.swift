import DocumentModel

/// `body`: the clean text of the document, one paragraph per line (title lines, headings
/// with their labels, items with their markers, paragraphs, closing lines, tables row by row
/// with tabs between cells), then a blank line and the footnotes, one per line as `[^N]: text`.
public enum DocumentTextWriter {
    public static func text(of document: Document) -> String {
        var lines = document.title.map(\.referencedText)
        for (index, block) in document.blocks.enumerated() {
            switch block.kind {
            case .heading: lines.append(BlockLabel.headingLine(block))
            case .item:
                lines.append([block.marker ?? BlockLabel.written(block), block.referencedText].compactMap { $0 }.joined(separator: " "))
            case .paragraph, .closing: lines.append(block.referencedText)
            case .table:
                let previous = TableRendering.neighbours(of: index, in: document.blocks)
                lines += block.table.map { TableRendering.bodyLines($0, after: previous) } ?? []
            }
        }
        var text = lines.joined(separator: "\n") + "\n"
        if !document.footnotes.isEmpty {
            text += "\n" + document.footnotes.map { "\(FootnoteReference.mark($0.number)): \($0.referencedText)" }.joined(separator: "\n") + "\n"
        }
        return text
    }
}
