import Foundation

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

    /// The base letter of a Latin or Vietnamese letter, a digit as it is; nil for anything else.
    private static func plainLetterOrDigit(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        if value < 0x80 {
            if (0x30...0x39).contains(value) { return scalar }
            let lower = value | 0x20
            return (0x61...0x7A).contains(lower) ? Unicode.Scalar(UInt8(lower)) : nil
        }
        guard let entry = LetterTable.shared.entry(scalar), entry.isLetter, let bare = entry.bare else { return nil }
        return qualityMarks[bare] ?? bare
    }

    /// Vowels with a quality mark (and "đ") to their base letter; tone marks are gone already.
    private static let qualityMarks: [Unicode.Scalar: Unicode.Scalar] = [
        "â": "a", "ă": "a", "ê": "e", "ô": "o", "ơ": "o", "ư": "u", "đ": "d",
    ]

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
