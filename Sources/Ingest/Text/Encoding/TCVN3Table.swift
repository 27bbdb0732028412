import Foundation

/// TCVN 5712:1993 VN3 ("TCVN3", the ABC fonts such as .VnTime), written from the published
/// chart. ASCII stays as it is; 0xA0–0xFE hold the non-breaking space, the seven capitals
/// without a tone and all 67 lowercase Vietnamese letters. Capitals with a tone were typed
/// in a separate all-capital font (.VnTimeH) that reuses the lowercase codes, so a text
/// file cannot tell them apart: they come out lowercase.
enum TCVN3Table {
    static let letters: [UInt8: Character] = [
        0xA0: "\u{00A0}",
        0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
        0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
        // Each vowel's toned forms run grave, hook, tilde, acute, dot below; the holes
        // between them are where VN2 keeps capitals with tones.
        0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
        0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
        0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
        0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
        0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
        0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
        0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
        0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
        0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
        0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
        0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
        0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
    ]

    /// Bytes without a TCVN3 letter keep their Windows-1252 meaning.
    static func decode(_ bytes: some Sequence<UInt8>) -> String {
        var text = ""
        for byte in bytes {
            if byte < 0x80 {
                text.unicodeScalars.append(Unicode.Scalar(byte))
            } else if let letter = letters[byte] {
                text.append(letter)
            } else {
                text.unicodeScalars.append(Windows1252.scalar(byte))
            }
        }
        return restoringCapitals(text.precomposedStringWithCanonicalMapping)
    }

    /// A heading typed in the all-capital font reads "KÕT QU¶" and decodes to "KếT QUả". A line
    /// whose ASCII letters are all capitals was typed in that font throughout; elsewhere a word
    /// whose ASCII letters after the first are all capitals was ("KÕT" but not "Hµ").
    static func restoringCapitals(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            if isCapitalLine(line) { return line.uppercased() }
            return line.split(separator: " ", omittingEmptySubsequences: false).map { word in
                isCapitalWord(word) ? word.uppercased() : String(word)
            }.joined(separator: " ")
        }.joined(separator: "\n")
    }

    private static func isCapitalLine(_ line: Substring) -> Bool {
        let ascii = line.filter { $0.isASCII && $0.isLetter }
        return ascii.count >= 2 && ascii.allSatisfy(\.isUppercase)
    }

    private static func isCapitalWord(_ word: Substring) -> Bool {
        let ascii = word.dropFirst().filter { $0.isASCII && $0.isLetter }
        return !ascii.isEmpty && ascii.allSatisfy(\.isUppercase)
    }
}
