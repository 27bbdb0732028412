import DocumentModel

/// The metadata as a YAML block at the head of the Markdown, the way pandoc reads a
/// document's metadata: the fields of the JSON `meta`, strings double-quoted.
enum FrontMatter {
    static func yaml(of meta: DocumentMetadata) -> String {
        var lines = ["---"]
        lines += list("issuer", meta.issuer)
        lines.append("number: " + scalar(meta.number))
        lines.append("place: " + scalar(meta.place))
        lines.append("date: " + scalar(meta.date?.iso))
        lines.append("type: " + scalar(meta.type))
        lines.append("subject: " + scalar(meta.subject))
        if let signer = meta.signer {
            lines.append("signer:")
            lines += list("authority", signer.authority).map { "  " + $0 }
            lines.append("  name: " + scalar(signer.name))
        } else {
            lines.append("signer: null")
        }
        lines += list("recipients", meta.recipients)
        if let signature = meta.digitalSignature {
            lines.append("digital_signature:")
            lines.append("  signer: " + scalar(signature.signer))
            lines.append("  organization: " + scalar(signature.organization))
            lines.append("  time: " + scalar(signature.time?.iso))
        } else {
            lines.append("digital_signature: null")
        }
        lines.append("---")
        return lines.joined(separator: "\n")
    }

    private static func list(_ key: String, _ items: [String]?) -> [String] {
        guard let items, !items.isEmpty else { return ["\(key): null"] }
        return ["\(key):"] + items.map { "  - " + quoted($0) }
    }

    private static func scalar(_ value: String?) -> String { value.map(quoted) ?? "null" }

    /// A YAML double-quoted scalar: JSON's escapes are YAML's.
    static func quoted(_ text: String) -> String { OrderedJSON.quoted(text) }
}
