import Foundation

/// Text reduced to what recognising a known phrase needs: lower case, no diacritics ("đ" is
/// "d"), letters and digits with single spaces. OCR's misplaced tones ("TRƯỜNG BAN" for
/// "TRƯỞNG BAN") and the old and new tone placements compare equal.
enum TextKey {
    static func of(_ text: String) -> String {
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

    /// Whether `text` starts with `phrase` as whole words, compared by key.
    static func hasPrefix(_ text: String, _ phrase: String) -> Bool {
        let key = of(text), prefix = of(phrase)
        return key == prefix || key.hasPrefix(prefix + " ")
    }
}
