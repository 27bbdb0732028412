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

    /// `lowercased`: text already lowercased by the caller.
    init(_ lowercased: String) {
        text = lowercased
        bytes = Array(lowercased.utf8)
        literal = lowercased.unicodeScalars.allSatisfy(LiteralScalars.contains)
    }

    func contains(_ phrase: String) -> Bool {
        guard literal, phrase.unicodeScalars.allSatisfy(LiteralScalars.contains) else {
            return text.range(of: phrase) != nil
        }
        let needle = Array(phrase.utf8)
        guard let first = needle.first else { return true }
        guard needle.count <= bytes.count else { return false }
        var start = 0
        let lastStart = bytes.count - needle.count
        while start <= lastStart {
            if bytes[start] == first, bytes[start..<(start + needle.count)].elementsEqual(needle) { return true }
            start += 1
        }
        return false
    }

    func containsAny(_ phrases: [String]) -> Bool {
        phrases.contains(where: contains)
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
