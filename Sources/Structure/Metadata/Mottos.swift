/// Finds the state and party mottos in a header line, whose two columns poppler may give as
/// one line ("CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").
enum Mottos {
    private static let phrases = DocumentVocabulary.mottos.map { TextKey.of($0).split(separator: " ").map(String.init) }

    /// The line without its motto words, and whether it had any.
    static func removing(from text: String) -> (rest: String, found: Bool) {
        var words = text.split(separator: " ").map(String.init)
        var found = false
        for phrase in phrases {
            guard let range = match(phrase, in: words) else { continue }
            words.removeSubrange(range)
            found = true
        }
        return (words.joined(separator: " "), found)
    }

    /// The words of `phrase` in `words`, punctuation-only words between them allowed.
    private static func match(_ phrase: [String], in words: [String]) -> Range<Int>? {
        let keys = words.map { TextKey.of($0) }
        for start in keys.indices where keys[start] == phrase.first {
            var index = start, matched = 0
            while index < keys.count, matched < phrase.count {
                if keys[index].isEmpty {
                    index += 1
                } else if keys[index] == phrase[matched] {
                    index += 1
                    matched += 1
                } else {
                    break
                }
            }
            if matched == phrase.count { return start..<index }
        }
        return nil
    }
}
