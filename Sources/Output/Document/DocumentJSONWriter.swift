import DocumentModel
import Foundation

/// `json`: the structured document, schema `baocao.document/1`, keys in the order the
/// schema lists them; absent optional fields are left out rather than written as null.
public enum DocumentJSONWriter {
    public static func data(of document: Document) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(DocumentFile(document))
        data.append(0x0A)
        return data
    }
}

private struct DocumentFile: Encodable {
    let document: Document

    init(_ document: Document) { self.document = document }

    enum Keys: String, CodingKey { case schema, source, title, blocks, footnotes, furniture, figures }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(document.schema, forKey: .schema)
        try container.encode(SourceEntry(document.source), forKey: .source)
        try container.encode(document.title, forKey: .title)
        try container.encode(document.blocks.map(BlockEntry.init), forKey: .blocks)
        try container.encode(document.footnotes.map(FootnoteEntry.init), forKey: .footnotes)
        try container.encode(document.furniture.map(FurnitureEntry.init), forKey: .furniture)
        try container.encode(document.figures, forKey: .figures)
    }
}

private struct SourceEntry: Encodable {
    let source: SourceInfo
    init(_ source: SourceInfo) { self.source = source }
    enum Keys: String, CodingKey { case path, sha256, pages }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(source.path, forKey: .path)
        try container.encode(source.sha256, forKey: .sha256)
        try container.encode(source.pages, forKey: .pages)
    }
}

private struct BlockEntry: Encodable {
    let block: Block
    init(_ block: Block) { self.block = block }
    enum Keys: String, CodingKey { case kind, text, level, label, marker, section, pages }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(block.kind.rawValue, forKey: .kind)
        try container.encode(block.text, forKey: .text)
        try container.encodeIfPresent(block.level, forKey: .level)
        try container.encodeIfPresent(block.label, forKey: .label)
        try container.encodeIfPresent(block.marker, forKey: .marker)
        try container.encode(block.section, forKey: .section)
        try container.encode(block.pages, forKey: .pages)
    }
}

private struct FootnoteEntry: Encodable {
    let footnote: Footnote
    init(_ footnote: Footnote) { self.footnote = footnote }
    enum Keys: String, CodingKey { case number, text, page }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(footnote.number, forKey: .number)
        try container.encode(footnote.text, forKey: .text)
        try container.encode(footnote.page, forKey: .page)
    }
}

private struct FurnitureEntry: Encodable {
    let furniture: Furniture
    init(_ furniture: Furniture) { self.furniture = furniture }
    enum Keys: String, CodingKey { case kind, text, page }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(furniture.kind.rawValue, forKey: .kind)
        try container.encode(furniture.text, forKey: .text)
        try container.encode(furniture.page, forKey: .page)
    }
}
