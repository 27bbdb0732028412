/// Tracks quotation marks across blocks: an amending text quotes the units it inserts
/// (“Điều 7a. …”, “1. …”), which are the amended law's, not this document's structure.
struct QuoteDepth {
    private(set) var depth = 0

    /// Whether a block starting now is quoted text.
    func isQuoted(_ text: String) -> Bool {
        depth > 0 || QuoteDepth.opens(text)
    }

    /// A block that starts with an opening quote.
    static func opens(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return first == "“" || first == "\"" || first == "„"
    }

    /// Counts the block's quotes: curly ones open and close; straight ones toggle.
    mutating func advance(past text: String) {
        // Curly quotes are three bytes starting E2; most lines have no quote at all.
        guard text.utf8.contains(where: { $0 == 0xE2 || $0 == 0x22 }) else { return }
        var straight = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "“", "„": depth += 1
            case "”": depth = max(0, depth - 1)
            case "\"": straight += 1
            default: break
            }
        }
        if straight % 2 == 1 { depth = depth > 0 ? depth - 1 : depth + 1 }
    }

    /// A unit of this document's own numbering puts an end to a quote left open.
    mutating func close() { depth = 0 }
}
