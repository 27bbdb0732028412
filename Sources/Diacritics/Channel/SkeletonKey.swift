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
    static func queryKeys(_ token: String, brokenVowelMarks: Bool = true) -> [[UInt8]] {
        let base = key(token)
        var keys = [base]
        if let first = base.first, first == 0x70 || first == 0x62, base.dropFirst().first != 0x68 {
            keys.append([0x64] + base.dropFirst())
        }
        if base.dropFirst().contains(0x6C) {
            keys.append(vowelised(base) { index, _ in index > 0 && base[index] == 0x6C })
        }
        if brokenVowelMarks, let vowelMark = vowelMarkKey(base) { keys.append(vowelMark) }
        // "¢" folds to "c", but the English model prints it for "ợ", "ờ", "ở" nine times in ten.
        if token.unicodeScalars.contains(OCRTextRepair.alwaysALetter) {
            keys.append(key(String(String.UnicodeScalarView(token.unicodeScalars.map { $0 == OCRTextRepair.alwaysALetter ? "ơ" : $0 }))))
        }
        return keys
    }

    /// The key with the bytes `isVowel` picks folded to the vowel class, runs collapsed.
    static func vowelised(_ key: [UInt8], isVowel: (Int, UInt8?) -> Bool) -> [UInt8] {
        var result: [UInt8] = []
        for (index, byte) in key.enumerated() {
            let folded = isVowel(index, result.last) ? vowelClass : byte
            if folded == vowelClass, result.last == vowelClass { continue }
            result.append(folded)
        }
        return result
    }

    /// A key for a token that spells no Vietnamese word because a marked vowel broke into
    /// letters: a "d" or "r" right after a vowel (Vietnamese writes them only at a syllable's
    /// start) is the stacked marks of "ộ", "ớ", "ề" read as one glyph ("nhidu" for "nhiều") or
    /// the horn of "ư" ("curong" for "cường", "chire" for "chức"). A "d" after a consonant
    /// stays: "trđ" is the abbreviation of "triệu đồng". Nil when the token has neither.
    static func vowelMarkKey(_ key: [UInt8]) -> [UInt8]? {
        let marks = vowelised(key) { index, previous in
            index > 0 && previous == vowelClass && (key[index] == 0x64 || key[index] == 0x72)
        }
        return marks == key ? nil : marks
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
