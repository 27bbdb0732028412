/// A list item's marker as written: "-", "+", "•", "*", "–".
enum ItemMarker {
    static let markers: Set<Character> = ["-", "+", "•", "*", "–", "·"]

    /// The marker and the item text, when the line starts with a marker and a space.
    static func split(_ text: String) -> (marker: String, text: String)? {
        guard let first = text.first, markers.contains(first) else { return nil }
        let rest = text.dropFirst()
        guard rest.first == " " else { return nil }
        let body = rest.trimmingPrefixSpaces()
        return body.isEmpty ? nil : (String(first), body)
    }
}
