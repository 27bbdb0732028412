import Foundation

/// Lowercased text that is searched for many vocabulary phrases ("khiếu nại", "tội phạm", …).
///
/// Foundation's `contains` compares under canonical equivalence and decodes both strings on
/// every call, which made these searches most of the time the Figures stage took. The text's
/// UTF-8 bytes are read once here; where every scalar of the text and of the phrase is one
/// that canonical equivalence leaves as it is (precomposed letters, no combining marks), equal
/// bytes are exactly what that comparison finds, and the phrase is found by comparing bytes.
/// Any other text is searched the Foundation way, with the same answer as before.
struct LoweredText: Sendable {
    let text: String
    private let bytes: [UInt8]
    private let literal: Bool

    /// `text` lowercased: plain text (`LiteralScalars`) scalar by scalar from a table.
    init(lowering text: String) {
        self.init(text.unicodeScalars.allSatisfy(LiteralScalars.contains) ? LatinLetters.lowercased(text) : text.lowercased())
    }

    /// `lowercased`: text already lowercased by the caller.
    init(_ lowercased: String) {
        text = lowercased
        bytes = Array(lowercased.utf8)
        literal = lowercased.unicodeScalars.allSatisfy(LiteralScalars.contains)
    }

    func contains(_ phrase: Phrase) -> Bool {
        guard literal, phrase.literal, !phrase.bytes.isEmpty else { return text.range(of: phrase.text) != nil }
        return bytes.withUnsafeBufferPointer { text in
            phrase.bytes.withUnsafeBufferPointer { needle in
                guard needle.count <= text.count else { return false }
                for start in 0...(text.count - needle.count) where text[start] == needle[0] {
                    var matched = 1
                    while matched < needle.count, text[start + matched] == needle[matched] { matched += 1 }
                    if matched == needle.count { return true }
                }
                return false
            }
        }
    }

    func containsAny(_ phrases: [Phrase]) -> Bool {
        phrases.contains(where: contains)
    }
}

/// A vocabulary phrase with its UTF-8 bytes, read once where the vocabulary is declared.
struct Phrase: Sendable, ExpressibleByStringLiteral {
    let text: String
    fileprivate let bytes: [UInt8]
    fileprivate let literal: Bool

    init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
        literal = text.unicodeScalars.allSatisfy(LiteralScalars.contains)
    }

    init(stringLiteral text: String) {
        self.init(text)
    }
}

/// Scalars that are their own canonical form and never combine with a neighbour: searching
/// text made only of them by bytes finds what a search under canonical equivalence finds.
enum LiteralScalars {
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        // Latin, Latin-1, Latin Extended A and B, IPA, spacing modifiers; the soft hyphen is
        // an ignorable character and left to Foundation.
        case 0x00..<0xAD, 0xAE..<0x300: true
        // Latin Extended Additional: the precomposed Vietnamese vowels.
        case 0x1E00..<0x1F00: true
        // Dashes, quotes, bullets, ellipsis (not the zero-width and direction controls).
        case 0x2010..<0x202A, 0x202F..<0x2060: true
        // Superscripts, subscripts, currency signs.
        case 0x2070..<0x20D0: true
        // Arrows, mathematical operators; box drawing, shapes, dingbats.
        case 0x2190..<0x2300, 0x2500..<0x27C0: true
        default: false
        }
    }
}
