import DocumentModel
import Foundation

/// `json`: the structured document, schema `baocao.document/1`, keys in the order the
/// schema lists them; absent optional fields are left out rather than written as null.
public enum DocumentJSONWriter {
    public static func data(of document: Document) -> Data {
        Data((json(of: document).rendered() + "\n").utf8)
    }

    static func json(of document: Document) -> OrderedJSON {
        var members: [(String, OrderedJSON)] = [
            ("schema", .string(document.schema)),
            (
                "source",
                .object([
                    ("path", .string(document.source.path)), ("sha256", .string(document.source.sha256)),
                    ("pages", .int(document.source.pages)),
                ])
            ),
        ]
        if let meta = document.meta { members.append(("meta", MetadataJSON.json(of: meta))) }
        return .object(members + [
            ("title", .array(document.title.map(OrderedJSON.string))),
            ("blocks", .array(document.blocks.map(block))),
            ("footnotes", .array(document.footnotes.map(footnote))),
            ("furniture", .array(document.furniture.map(furniture))),
            ("figures", .array(document.figures.map(figure))),
        ])
    }

    static func block(_ block: Block) -> OrderedJSON {
        var members: [(String, OrderedJSON)] = [("kind", .string(block.kind.rawValue)), ("text", .string(block.text))]
        if let level = block.level { members.append(("level", .int(level))) }
        if let label = block.label { members.append(("label", .string(label))) }
        if let marker = block.marker { members.append(("marker", .string(marker))) }
        members.append(("section", .string(block.section)))
        members.append(("pages", .array(block.pages.map(OrderedJSON.int))))
        return .object(members)
    }

    static func footnote(_ footnote: Footnote) -> OrderedJSON {
        .object([("number", .int(footnote.number)), ("text", .string(footnote.text)), ("page", .int(footnote.page))])
    }

    static func furniture(_ furniture: Furniture) -> OrderedJSON {
        .object([
            ("kind", .string(furniture.kind.rawValue)), ("text", .string(furniture.text)), ("page", .int(furniture.page)),
        ])
    }

    /// In the figures CSV column order.
    static func figure(_ figure: Figure) -> OrderedJSON {
        .object([
            ("doc", .string(figure.doc)), ("page", .int(figure.page)), ("section", .string(figure.section)),
            ("section_title", .string(figure.sectionTitle)), ("footnote", figure.footnote.map(OrderedJSON.int) ?? .null),
            ("measure", .string(figure.measure)), ("type", .string(figure.type)), ("scope", .string(figure.scope)),
            ("value", .double(figure.value)), ("denominator", figure.denominator.map(OrderedJSON.double) ?? .null),
            ("unit", .string(figure.unit)), ("subject", .string(figure.subject)), ("raw", .string(figure.raw)),
            ("sentence", .string(figure.sentence)), ("confidence", .double(figure.confidence)),
        ])
    }
}
