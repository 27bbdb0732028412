/// TCVN 5712:1993 VN3 ("TCVN3", the ABC fonts such as .VnTime), written from the published
/// chart. ASCII stays as it is; 0xA0–0xFE hold the non-breaking space, the seven capitals
/// without a tone and all 67 lowercase Vietnamese letters. Capitals with a tone were typed
/// in a separate all-capital font (.VnTimeH) that reuses the lowercase codes, so a text
/// file cannot tell them apart: they come out lowercase unless the word or line around them
/// is in capitals (see `capitals`).
enum TCVN3Table {
    /// The ABC fonts made for TCVN3 are named with this prefix (.VnTime, .VnTimeH, .VnArial):
    /// a PDF's text in them is TCVN3 bytes unless the font maps its codes to Unicode.
    static let fontNamePrefix = ".vn"

    /// Whether a PDF font's name (its subset tag "ABCDEF+" aside) is one of the ABC fonts.
    static func isFontName(_ name: String) -> Bool {
        let base = name.split(separator: "+", maxSplits: 1).last.map(String.init) ?? name
        return base.lowercased().hasPrefix(fontNamePrefix)
    }

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

    /// Bytes without a TCVN3 letter keep their Windows-1252 meaning. Every letter is one
    /// precomposed scalar, so the text comes out in NFC.
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var text = String.UnicodeScalarView()
        for (lineIndex, line) in bytes.split(separator: newline, omittingEmptySubsequences: false).enumerated() {
            if lineIndex > 0 { text.append("\n") }
            let capitalLine = allCapitals(line.filter(isASCIILetter), atLeast: 2)
            for (wordIndex, word) in line.split(separator: space, omittingEmptySubsequences: false).enumerated() {
                if wordIndex > 0 { text.append(" ") }
                let table = capitalLine || allCapitals(word.dropFirst().filter(isASCIILetter), atLeast: 1) ? capitals : scalars
                // One scalar at a time: appending a sequence copies the whole view each time.
                for byte in word { text.append(table[Int(byte)]) }
            }
        }
        return String(text)
    }

    private static let newline = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " ")

    private static let scalars: [Unicode.Scalar] = (0...255).map { value in
        let byte = UInt8(value)
        if byte < 0x80 { return Unicode.Scalar(byte) }
        return letters[byte]?.unicodeScalars.first ?? Windows1252.scalar(byte)
    }

    /// A heading typed in the all-capital font reads "KÕT QU¶", which the lowercase table makes
    /// "KếT QUả". A line whose ASCII letters are all capitals was typed in that font throughout;
    /// elsewhere so was a word whose ASCII letters after the first are all capitals ("KÕT", not
    /// "Hµ"). This table gives the letters' capitals and leaves every other byte as it is.
    private static let capitals: [Unicode.Scalar] = scalars.enumerated().map { value, scalar in
        let upper = scalar.properties.uppercaseMapping.unicodeScalars
        guard letters[UInt8(value)] != nil, upper.count == 1, let capital = upper.first else { return scalar }
        return capital
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    private static func allCapitals(_ asciiLetters: [UInt8], atLeast minimum: Int) -> Bool {
        asciiLetters.count >= minimum && asciiLetters.allSatisfy { (0x41...0x5A).contains($0) }
    }
}
