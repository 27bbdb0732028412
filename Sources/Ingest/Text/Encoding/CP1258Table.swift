/// Windows-1258 (CP1258), Windows' own Vietnamese code page: Windows-1252 with the letters
/// Ă ă Đ đ Ơ ơ Ư ư and the đồng sign put in the places of letters Vietnamese has no use for,
/// and five combining tone marks. A letter whose tone has no precomposed byte is written as
/// its base letter followed by the tone ("ạ" is "a" then 0xF2), so decoded text is in NFD
/// and callers compose it.
enum CP1258Table {
    /// The bytes whose meaning differs from Windows-1252's.
    static let changes: [UInt8: Unicode.Scalar] = [
        0xC3: "\u{0102}", 0xE3: "\u{0103}", // Ă ă
        0xD0: "\u{0110}", 0xF0: "\u{0111}", // Đ đ
        0xD5: "\u{01A0}", 0xF5: "\u{01A1}", // Ơ ơ
        0xDD: "\u{01AF}", 0xFD: "\u{01B0}", // Ư ư
        0xFE: "\u{20AB}", // ₫
        0xCC: "\u{0300}", 0xEC: "\u{0301}", 0xDE: "\u{0303}", 0xD2: "\u{0309}", 0xF2: "\u{0323}", // tones
    ]

    /// Each byte's scalar (a tone byte's is its combining mark).
    static let scalars: [Unicode.Scalar] = (0...255).map { value in
        let byte = UInt8(value)
        if byte < 0x80 { return Unicode.Scalar(byte) }
        return changes[byte] ?? Windows1252.scalar(byte)
    }

    /// The text in NFC.
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var text = String.UnicodeScalarView()
        for byte in bytes { text.append(scalars[Int(byte)]) }
        return String(text).precomposedStringWithCanonicalMapping
    }
}
