import Foundation

/// VNI-Windows, written from the published chart. A letter with marks is its ASCII base
/// letter followed by one mark byte ("Vieät" is Việt: e, then 0xE4 for circumflex and dot
/// below). A few letters are one byte of their own: đ, ơ, ư and the toned i and ỵ. Capitals
/// use the same codes 0x20 lower (0xC4 after E). Every code sits in 0xC0–0xFF, so VNI text
/// is also valid Windows-1252 and looks like "Vieät Nam" when read as such.
enum VNITable {
    /// Letters that are one byte by themselves (lowercase codes; capitals are 0x20 lower).
    static let letters: [UInt8: Character] = [
        0xF1: "đ", 0xF4: "ơ", 0xF6: "ư",
        0xEC: "ì", 0xE6: "ỉ", 0xF3: "ĩ", 0xED: "í", 0xF2: "ị",
        0xEE: "ỵ",
    ]

    /// What a mark byte adds to the letter before it, and which letters may carry it.
    struct Mark {
        let combining: String
        let bases: Set<Character>
    }

    private static let circumflexBases: Set<Character> = ["a", "e", "o"]
    private static let toneBases: Set<Character> = ["a", "e", "i", "o", "u", "y", "ơ", "ư"]

    /// Mark bytes by their lowercase code.
    static let marks: [UInt8: Mark] = [
        // Circumflex, alone or with a tone: â ấ ầ ẩ ẫ ậ.
        0xE2: Mark(combining: "\u{302}", bases: circumflexBases),
        0xE1: Mark(combining: "\u{302}\u{301}", bases: circumflexBases),
        0xE0: Mark(combining: "\u{302}\u{300}", bases: circumflexBases),
        0xE5: Mark(combining: "\u{302}\u{309}", bases: circumflexBases),
        0xE3: Mark(combining: "\u{302}\u{303}", bases: circumflexBases),
        0xE4: Mark(combining: "\u{302}\u{323}", bases: circumflexBases),
        // Breve, alone or with a tone: ă ắ ằ ẳ ẵ ặ.
        0xEA: Mark(combining: "\u{306}", bases: ["a"]),
        0xE9: Mark(combining: "\u{306}\u{301}", bases: ["a"]),
        0xE8: Mark(combining: "\u{306}\u{300}", bases: ["a"]),
        0xFA: Mark(combining: "\u{306}\u{309}", bases: ["a"]),
        0xFC: Mark(combining: "\u{306}\u{303}", bases: ["a"]),
        0xEB: Mark(combining: "\u{306}\u{323}", bases: ["a"]),
        // Tone alone: acute, grave, hook above, tilde, dot below.
        0xF9: Mark(combining: "\u{301}", bases: toneBases),
        0xF8: Mark(combining: "\u{300}", bases: toneBases),
        0xFB: Mark(combining: "\u{309}", bases: toneBases),
        0xF5: Mark(combining: "\u{303}", bases: toneBases),
        0xEF: Mark(combining: "\u{323}", bases: toneBases),
    ]

    /// The lowercase code of a byte in the capital half (0xC0–0xDF) or the byte itself.
    static func lowercaseCode(_ byte: UInt8) -> UInt8 {
        (0xC0...0xDF).contains(byte) ? byte + 0x20 : byte
    }

    /// Bytes that are neither a VNI letter nor a mark that fits keep their Windows-1252 meaning.
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var text = String.UnicodeScalarView()
        // The lowercase letter just written while it can still take a mark byte.
        var markable: Character?
        for byte in bytes {
            let code = lowercaseCode(byte)
            if byte >= 0xC0, let letter = letters[code] {
                let written = code == byte ? letter : Character(letter.uppercased())
                for scalar in written.unicodeScalars { text.append(scalar) }
                markable = letter
            } else if byte >= 0xC0, let mark = marks[code], let base = markable, mark.bases.contains(base) {
                for scalar in mark.combining.unicodeScalars { text.append(scalar) }
                markable = nil
            } else if byte < 0x80 {
                text.append(Unicode.Scalar(byte))
                let isLetter = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                markable = isLetter ? Character(Unicode.Scalar(byte | 0x20)) : nil
            } else {
                text.append(Windows1252.scalar(byte))
                markable = nil
            }
        }
        return String(text).precomposedStringWithCanonicalMapping
    }
}
