import Foundation
import VietnameseText

/// Text whose every character is one Unicode scalar that canonical equivalence leaves as it
/// is: precomposed Latin and Vietnamese letters, digits, punctuation, no combining marks.
///
/// Nearly every line of a PDF text layer is such text (`LiteralScalars`). On it, a character's
/// properties are its scalar's and a search under canonical equivalence finds exactly the equal
/// bytes; collapsing spaces and the footnote searches take their scalar paths there and keep the
/// general (slower) ones for any other text.
enum ScalarText {
    static func holds(_ text: String) -> Bool {
        LiteralScalars.holdAlone(in: text)
    }

    /// Runs of whitespace become one space, ends trimmed (`collapsingSpaces` of plain text).
    static func collapsingSpaces(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if ScalarClass.isWhitespace(scalar) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                UTF8.encode(scalar) { out.append($0) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Foundation's `range(of:range:)` from `start` to the end; by bytes where `textIsPlain`
    /// (`holds(text)`, known to the caller) and the needle is plain as well.
    static func range(of needle: String, in text: String, from start: String.Index, textIsPlain: Bool) -> Range<String.Index>? {
        guard textIsPlain, holds(needle) else { return text.range(of: needle, range: start..<text.endIndex) }
        let bytes = text.utf8
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return nil }
        var index = start
        while let found = bytes[index...].firstIndex(of: first) {
            if bytes[found...].starts(with: pattern) {
                return found..<bytes.index(found, offsetBy: pattern.count)
            }
            index = bytes.index(after: found)
        }
        return nil
    }
}
