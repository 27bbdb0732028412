import Foundation

/// What the syllable checks need of each Latin and Vietnamese letter, worked out once with the
/// same Foundation calls the general paths make for every word (lowercase, decompose, drop the
/// tone mark, recompose), so that plain text reads the answers from an array instead.
struct LetterTable: Sendable {
    struct Entry: Sendable {
        var isLetter: Bool
        /// The lowercased letter without its tone mark ("Ế" → "ê"); nil where that is not one scalar.
        var bare: Unicode.Scalar?
        /// How many tone marks the letter carries.
        var tones: Int
    }

    static let shared = LetterTable()

    private static let ranges: [Range<UInt32>] = [0x00..<0x250, 0x1E00..<0x1F00]
    private let tables: [[Entry]]

    private init() {
        tables = Self.ranges.map { range in
            range.map { value in
                guard let scalar = Unicode.Scalar(value) else { return Entry(isLetter: false, bare: nil, tones: 0) }
                return Self.entry(for: scalar)
            }
        }
    }

    func entry(_ scalar: Unicode.Scalar) -> Entry? {
        let value = scalar.value
        if value < 0x250 { return tables[0][Int(value)] }
        if (0x1E00..<0x1F00).contains(value) { return tables[1][Int(value - 0x1E00)] }
        return nil
    }

    private static func entry(for scalar: Unicode.Scalar) -> Entry {
        let isLetter = Character(scalar).isLetter
        let lower = String(scalar).lowercased()
        guard isLetter, lower.unicodeScalars.count == 1 else { return Entry(isLetter: isLetter, bare: nil, tones: 0) }
        var tones = 0
        var bare = String.UnicodeScalarView()
        for part in lower.decomposedStringWithCanonicalMapping.unicodeScalars {
            if SyllableShape.toneMarks.contains(part) { tones += 1 } else { bare.append(part) }
        }
        let plain = String(bare).precomposedStringWithCanonicalMapping.unicodeScalars
        return Entry(isLetter: true, bare: plain.count == 1 ? plain.first : nil, tones: tones)
    }
}
