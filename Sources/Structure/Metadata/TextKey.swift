import Foundation
import VietnameseText

/// Text reduced to what recognising a known phrase needs: lower case, no diacritics ("đ" is
/// "d"), letters and digits with single spaces. OCR's misplaced tones ("TRƯỜNG BAN" for
/// "TRƯỞNG BAN") and the old and new tone placements compare equal.
enum TextKey {
    static func of(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in text.unicodeScalars {
            guard let plain = plainLetterOrDigit(scalar) else {
                // A letter outside the Latin tables: Foundation folds it.
                if scalar.properties.isAlphabetic { return foldedByFoundation(text) }
                space = true
                continue
            }
            if space, !out.isEmpty { out.append(" ") }
            out.append(plain)
            space = false
        }
        return String(out)
    }

    /// Whether `text` starts with `phrase` as whole words, compared by key.
    static func hasPrefix(_ text: String, _ phrase: String) -> Bool {
        let key = of(text), prefix = of(phrase)
        return key == prefix || key.hasPrefix(prefix + " ")
    }

    /// The lower-case ASCII letter of a Latin or Vietnamese letter with every mark removed
    /// ("Ế" → "e", "đ" → "d"), a digit as it is; nil for anything else.
    private static func plainLetterOrDigit(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if (0x30...0x39).contains(scalar.value) { return scalar }
        return LetterTable.entry(scalar).map { Unicode.Scalar($0.plain) }
    }

    private static func foldedByFoundation(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var out = ""
        var space = false
        for character in folded {
            let character: Character = character == "đ" || character == "Đ" ? "d" : character
            if character.isLetter || character.isNumber {
                if space, !out.isEmpty { out.append(" ") }
                out.append(character)
                space = false
            } else {
                space = true
            }
        }
        return out
    }
}
