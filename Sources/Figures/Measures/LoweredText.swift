import DocumentModel
import Foundation
import VietnameseText

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

    /// `lowercased`: text already lowercased by the caller. Its tones are placed as the
    /// vocabularies write them, so "hoà giải" finds "hòa giải".
    init(_ lowercased: String) {
        text = TextNormalizer.placingTones(in: lowercased)
        bytes = Array(text.utf8)
        literal = text.unicodeScalars.allSatisfy(LiteralScalars.contains)
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
