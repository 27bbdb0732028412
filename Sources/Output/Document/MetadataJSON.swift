import DocumentModel

/// The document's `meta` object in the JSON: every field of the schema, null when absent.
enum MetadataJSON {
    static func json(of meta: DocumentMetadata) -> OrderedJSON {
        .object([
            ("issuer", lines(meta.issuer)), ("number", text(meta.number)), ("place", text(meta.place)),
            ("date", text(meta.date?.iso)), ("type", text(meta.type)), ("subject", text(meta.subject)),
            (
                "signer",
                meta.signer.map { .object([("authority", lines($0.authority)), ("name", text($0.name))]) } ?? .null
            ),
            ("recipients", lines(meta.recipients)),
            (
                "digital_signature",
                meta.digitalSignature.map {
                    .object([
                        ("signer", text($0.signer)), ("organization", text($0.organization)),
                        ("time", text($0.time?.iso)),
                    ])
                } ?? .null
            ),
        ])
    }

    private static func text(_ value: String?) -> OrderedJSON { value.map(OrderedJSON.string) ?? .null }

    private static func lines(_ value: [String]?) -> OrderedJSON {
        value.map { .array($0.map(OrderedJSON.string)) } ?? .null
    }
}
