import Foundation
import VietnameseText

/// The confusion-folded skeleton of a token: vowels and the glyphs OCR prints for them
/// ("6", "&", "w", "é") become one class `V`, runs of it collapse, tone and shape marks go,
/// and the consonant frame stays. "thực" and "thye" share "thV" within one deletion;
/// "d6i" and "đổi" share "dVi"… after folding both to "dV". Keys are ASCII byte strings.
enum SkeletonKey {
    static let vowelClass: UInt8 = 0x56  // "V"

    /// Folded class of one lowercase scalar, nil when it carries no letter information.
    static func fold(_ scalar: Unicode.Scalar) -> UInt8? {
        if let entry = LetterTable.entry(scalar) {
            let plain = entry.plain
            return isVowelLetter(plain) ? vowelClass : plain
        }
        switch scalar {
        case "6", "0", "9", "&", "@", "4", "°", "ø", "€", "f": return vowelClass
        case "1", "|", "!", "ł", "[", "]": return 0x6C  // l
        case "$", "5": return 0x73  // s
        case "¢", "©": return 0x63  // c
        default: break
        }
        // Accented Latin letters outside Vietnamese ("ö", "î") fold to their base letter.
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        if let first = decomposed.first, first.isASCII, first.properties.isAlphabetic,
           let byte = UInt8(exactly: first.value) {
            let lower = byte | 0x20
            return isVowelLetter(lower) ? vowelClass : lower
        }
        return nil
    }

    static func isVowelLetter(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79, 0x77: true  // a e i o u y w
        default: false
        }
    }

    /// The skeleton of a whole token, lowercased first.
    static func key(_ text: String) -> [UInt8] {
        var key: [UInt8] = []
        for scalar in text.lowercased().unicodeScalars {
            guard let folded = fold(scalar) else { continue }
            if folded == vowelClass, key.last == vowelClass { continue }
            key.append(folded)
        }
        return key
    }

    /// Keys an OCR token may stand for: its own, one where an initial "p"/"b" is read as
    /// "đ" (Tesseract's English model prints Đ as P or B), and one where an "l" after the
    /// first letter is read as a vowel ("clla" for "của").
    static func queryKeys(_ token: String) -> [[UInt8]] {
        let base = key(token)
        var keys = [base]
        if let first = base.first, first == 0x70 || first == 0x62, base.dropFirst().first != 0x68 {
            keys.append([0x64] + base.dropFirst())
        }
        if base.dropFirst().contains(0x6C) {
            var vowelised: [UInt8] = []
            for (index, byte) in base.enumerated() {
                let folded = index > 0 && byte == 0x6C ? vowelClass : byte
                if folded == vowelClass, vowelised.last == vowelClass { continue }
                vowelised.append(folded)
            }
            keys.append(vowelised)
        }
        return keys
    }

    /// The key and every key one byte shorter: two keys within one edit share an entry.
    static func neighbourhood(_ key: [UInt8]) -> Set<[UInt8]> {
        var result: Set<[UInt8]> = [key]
        guard key.count > 1 else { return result }
        for index in key.indices {
            var shorter = key
            shorter.remove(at: index)
            result.insert(shorter)
        }
        return result
    }
}
