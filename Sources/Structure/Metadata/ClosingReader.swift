import DocumentModel

/// Reads the document's own closing: the "Nơi nhận:" list and the signature block (the
/// authority lines and the signer's name). Forms in annexes have closings of their own;
/// only the lines of the document's closing come here.
enum ClosingReader {
    static func read(_ lines: [String]) -> (signer: DocumentMetadata.Signer?, recipients: [String]?) {
        var recipients: [String]?
        var consumed = Set<Int>()
        if let label = lines.firstIndex(where: RecipientList.isLabel) {
            var itemLines = Array(lines[(label + 1)...])
            // "Nơi nhận: - Như Điều 3;" with the first item on the label's line.
            if let colon = lines[label].firstIndex(of: ":") {
                let rest = String(lines[label][lines[label].index(after: colon)...]).trimmingWhitespace()
                if !rest.isEmpty { itemLines.insert(rest, at: 0) }
            }
            let items = RecipientList.items(itemLines)
            if !items.isEmpty { recipients = items }
            consumed.insert(label)
            consumed.formUnion((label + 1)..<min(lines.count, label + 1 + items.count))
        }
        return (signer(lines, skipping: consumed, recipientsEnd: recipients == nil ? nil : consumed.max()), recipients)
    }

    /// The authority lines and the first name after them; nil for a joint document signed by
    /// several bodies (several names, or several prefixes on one line).
    private static func signer(_ lines: [String], skipping consumed: Set<Int>, recipientsEnd: Int?)
        -> DocumentMetadata.Signer?
    {
        var authority: [String] = []
        var name: String?
        // After the name, another authority line and another name make a second signature.
        var secondAuthority = false
        for (index, line) in lines.enumerated() where !consumed.contains(index) {
            if let recipientsEnd, index < recipientsEnd { continue }
            if line.hasPrefix("(") { continue }  // "(Ký tên, đóng dấu)", "(Đã ký)"
            if AuthorityLine.hasPrefix(line), name == nil, let (title, found) = AuthorityLine.splitName(line) {
                authority.append(AuthorityLine.cleaned(title))
                name = found
            } else if AuthorityLine.hasPrefix(line) || AuthorityLine.isTitle(line)
                || (!authority.isEmpty && name == nil && AuthorityLine.isBody(line))
            {
                if prefixCount(line) > 1 { return nil }
                if name == nil { authority.append(AuthorityLine.cleaned(line)) } else { secondAuthority = true }
            } else if let found = PersonName.name(in: line) {
                if name == nil {
                    name = found
                } else if secondAuthority {
                    return nil
                }
            }
        }
        guard !authority.isEmpty || name != nil else { return nil }
        return DocumentMetadata.Signer(authority: authority.isEmpty ? nil : authority, name: name)
    }

    /// How many authority prefixes one line holds (two columns of a joint signature).
    private static func prefixCount(_ line: String) -> Int {
        line.split(separator: " ").filter { word in
            DocumentVocabulary.authorityPrefixes.contains { $0.hasSuffix(".") && String(word) == $0 }
        }.count
    }
}
