/// Cyrillic letters that look like Latin ones. A typist (or a converter's font fallback)
/// leaves them inside Latin words: "BТС" with a Cyrillic Т and С reads right on paper but
/// matches nothing. Inside a word that also has Latin letters they are the Latin letter;
/// a word all in Cyrillic is left as it is.
public enum LookalikeLetters {
    /// Cyrillic scalar → the Latin letter it is drawn like.
    public static let latin: [Unicode.Scalar: Unicode.Scalar] = [
        "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "Ј": "J", "К": "K", "М": "M", "О": "O",
        "Р": "P", "Ѕ": "S", "Т": "T", "Х": "X", "У": "Y", "а": "a", "с": "c", "е": "e", "і": "i", "ј": "j",
        "о": "o", "р": "p", "ѕ": "s", "х": "x", "у": "y",
    ]

    /// Whether `text` has a Cyrillic scalar at all (the common answer, no, is cheap).
    @inlinable public static func mayApply(to text: String) -> Bool {
        text.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) }
    }

    /// `text` with the look-alikes inside mixed Latin and Cyrillic words made Latin.
    public static func folded(_ text: String) -> String {
        guard mayApply(to: text) else { return text }
        var out = String.UnicodeScalarView()
        var word: [Unicode.Scalar] = []
        func flush() {
            let hasLatin = word.contains { $0.isASCII ? $0.properties.isAlphabetic : (0xC0...0x24F).contains($0.value) }
            for scalar in word { out.append(hasLatin ? (latin[scalar] ?? scalar) : scalar) }
            word.removeAll()
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic {
                word.append(scalar)
            } else {
                flush()
                out.append(scalar)
            }
        }
        flush()
        return String(out)
    }
}
