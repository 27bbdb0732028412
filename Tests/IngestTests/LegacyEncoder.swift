import Foundation
@testable import Ingest

/// Writes test sentences in the legacy encodings by running the decoder's tables backwards.
/// Hand-written byte fixtures check the tables themselves against the published charts.
enum LegacyEncoder {
    struct Unencodable: Error {
        let character: Character
    }

    static func tcvn3(_ text: String) throws -> [UInt8] {
        let codes = Dictionary(uniqueKeysWithValues: TCVN3Table.letters.map { ($0.value, $0.key) })
        return try text.precomposedStringWithCanonicalMapping.flatMap { character -> [UInt8] in
            if let ascii = character.asciiValue { return [ascii] }
            guard let code = codes[character] else { throw Unencodable(character: character) }
            return [code]
        }
    }

    static func vni(_ text: String) throws -> [UInt8] {
        let letterCodes = Dictionary(uniqueKeysWithValues: VNITable.letters.map { ($0.value, $0.key) })
        return try text.precomposedStringWithCanonicalMapping.flatMap { character -> [UInt8] in
            if let ascii = character.asciiValue { return [ascii] }
            let lower = Character(character.lowercased())
            let capitalShift: UInt8 = lower == character ? 0 : 0x20
            if let code = letterCodes[lower] { return [code - capitalShift] }
            var scalars = Array(String(lower).decomposedStringWithCanonicalMapping.unicodeScalars)
            guard !scalars.isEmpty else { throw Unencodable(character: character) }
            var base = [UInt8]()
            if scalars.count > 1, scalars[1] == "\u{31B}" {
                // ơ and ư are letters of their own in VNI; the horn is not a mark byte.
                let horned = Character(String(String.UnicodeScalarView(scalars[0...1])).precomposedStringWithCanonicalMapping)
                guard let code = letterCodes[horned] else { throw Unencodable(character: character) }
                base = [code - capitalShift]
                scalars.removeFirst(2)
            } else if scalars[0].isASCII {
                base = [UInt8(scalars[0].value) - capitalShift]
                scalars.removeFirst()
            } else {
                throw Unencodable(character: character)
            }
            guard !scalars.isEmpty else { return base }
            let marks = String(String.UnicodeScalarView(scalars))
            // String equality is canonical equivalence, so the order of the marks does not matter.
            guard let code = VNITable.marks.first(where: { $0.value.combining == marks })?.key else {
                throw Unencodable(character: character)
            }
            return base + [code - capitalShift]
        }
    }

    /// Windows-1258 as Windows writes it: a letter with a byte of its own is that byte,
    /// any other is its base letter's byte followed by its tone's.
    static func cp1258(_ text: String) throws -> [UInt8] {
        var codes = [Unicode.Scalar: UInt8]()
        for (value, scalar) in CP1258Table.scalars.enumerated() where codes[scalar] == nil { codes[scalar] = UInt8(value) }
        let tones: Set<Unicode.Scalar> = ["\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"]
        return try text.precomposedStringWithCanonicalMapping.flatMap { character -> [UInt8] in
            if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1, let code = codes[scalar] {
                return [code]
            }
            let scalars = Array(String(character).decomposedStringWithCanonicalMapping.unicodeScalars)
            let tone = scalars.filter(tones.contains)
            let base = String(String.UnicodeScalarView(scalars.filter { !tones.contains($0) })).precomposedStringWithCanonicalMapping
            let parts = Array(base.unicodeScalars) + tone
            return try parts.map { scalar in
                guard let code = codes[scalar] else { throw Unencodable(character: character) }
                return code
            }
        }
    }

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        let bom: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        return bom + text.utf16.flatMap { unit -> [UInt8] in
            let high = UInt8(unit >> 8)
            let low = UInt8(unit & 0xFF)
            return bigEndian ? [high, low] : [low, high]
        }
    }

    /// Every Vietnamese letter with each of its tones, lowercase and capital.
    static var allVietnameseLetters: [Character] {
        let vowels = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
        let tones = ["", "\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"]
        var lower: [Character] = ["đ"]
        for vowel in vowels {
            for tone in tones {
                lower.append(Character((vowel + tone).precomposedStringWithCanonicalMapping))
            }
        }
        return lower + lower.map { Character($0.uppercased()) }
    }
}
